import * as sagemaker from "@aws-sdk/client-sagemaker";
import { describe, expect, it } from "vitest";
import { BOOLEAN_FIELDS, coerceFieldTypes, DIGIT_STRING_FIELDS, NUMBER_FIELDS } from "./field-types.js";

/** The Describe* outputs of every resource type the IaC adapters produce. */
const OUTPUTS = [
  sagemaker.DescribeNotebookInstanceOutput$,
  sagemaker.DescribeModelOutput$,
  sagemaker.DescribeEndpointConfigOutput$,
  sagemaker.DescribeEndpointOutput$,
  sagemaker.DescribeMonitoringScheduleResponse$,
  sagemaker.DescribeDataQualityJobDefinitionResponse$,
  sagemaker.DescribeModelQualityJobDefinitionResponse$,
  sagemaker.DescribeModelBiasJobDefinitionResponse$,
  sagemaker.DescribeModelExplainabilityJobDefinitionResponse$,
  sagemaker.DescribeFeatureGroupResponse$,
  sagemaker.DescribeAppImageConfigResponse$,
  sagemaker.DescribeImageResponse$,
  sagemaker.DescribeInferenceExperimentResponse$,
  sagemaker.DescribeDomainResponse$,
  sagemaker.DescribeProcessingJobResponse$,
];

// SDK schema ids: 1 number, 2 boolean; structures are [3, namespace, name, traits, memberNames, memberSchemas].
const NUMBER = 1;
const BOOLEAN = 2;

/** Member names by SDK type, walking the structures reachable from the outputs. */
function memberTypes(): Map<string, Set<string>> {
  const types = new Map<string, Set<string>>();
  const seen = new Set<unknown>();
  // Lazy references are functions; a member with traits is `[schema, traits]`.
  const deref = (schema: unknown): unknown => {
    if (typeof schema === "function") return deref(schema());
    return Array.isArray(schema) && schema.length === 2 ? deref(schema[0]) : schema;
  };
  const walk = (input: unknown) => {
    const schema = deref(input);
    if (!Array.isArray(schema) || seen.has(schema)) return;
    seen.add(schema);
    const [kind] = schema;
    if (kind === 3 || kind === 4) {
      const names = schema[4] as string[];
      const members = schema[5] as unknown[];
      names.forEach((name, i) => {
        const member = deref(members[i]);
        const type = member === NUMBER ? "number" : member === BOOLEAN ? "boolean" : "other";
        if (!types.has(name)) types.set(name, new Set());
        types.get(name)?.add(type);
        walk(member);
      });
    } else if (kind === 1) walk(schema[4]);
    else if (kind === 2) walk(schema[5]);
  };
  for (const output of OUTPUTS) walk(output);
  return types;
}

describe("field types", () => {
  const types = memberTypes();
  const named = (type: string) =>
    [...types]
      .filter(([, t]) => t.has(type))
      .map(([name]) => name)
      .sort();

  it("list exactly the SDK's boolean and number members of the Describe* outputs", () => {
    expect([...BOOLEAN_FIELDS].sort()).toEqual(named("boolean"));
    expect([...NUMBER_FIELDS].sort()).toEqual(named("number"));
  });

  it("never name a member that is a string or structure elsewhere, so coercion cannot misfire", () => {
    for (const name of [...BOOLEAN_FIELDS, ...NUMBER_FIELDS]) expect([...(types.get(name) ?? [])]).toHaveLength(1);
  });

  it("turn a number written in a digit-valued string field into the string AWS receives", () => {
    for (const name of DIGIT_STRING_FIELDS) expect([...(types.get(name) ?? [])]).toEqual(["other"]);
    expect(
      coerceFieldTypes({
        InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: 2 },
        PrimaryContainer: { Environment: { MinimumInstanceMetadataServiceVersion: 2 } },
      }),
    ).toEqual({
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" },
      PrimaryContainer: { Environment: { MinimumInstanceMetadataServiceVersion: 2 } },
    });
  });

  it("convert strings in those fields, and leave user maps and other strings alone", () => {
    expect(
      coerceFieldTypes({
        EnableNetworkIsolation: "TRUE",
        ProductionVariants: [{ InitialInstanceCount: "1", InitialVariantWeight: "0.5", VariantName: "1" }],
        PrimaryContainer: { Environment: { InstanceCount: "2" } },
        NetworkConfig: { EnableInterContainerTrafficEncryption: "yes" },
        JobResources: { ClusterConfig: { InstanceCount: "two" } },
      }),
    ).toEqual({
      EnableNetworkIsolation: true,
      ProductionVariants: [{ InitialInstanceCount: 1, InitialVariantWeight: 0.5, VariantName: "1" }],
      PrimaryContainer: { Environment: { InstanceCount: "2" } },
      NetworkConfig: { EnableInterContainerTrafficEncryption: "yes" },
      JobResources: { ClusterConfig: { InstanceCount: "two" } },
    });
  });
});
