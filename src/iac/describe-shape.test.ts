import { readdirSync, readFileSync } from "node:fs";
import * as sagemaker from "@aws-sdk/client-sagemaker";
import { describe, expect, it } from "vitest";
import { IAC_FIXTURES } from "../../test/helpers/iac.js";
import { shapeIssues } from "../../test/helpers/sdk-shape.js";
import type { AnyResource } from "../model/resource.js";
import type { ResourceType } from "../model/resource-types.js";
import { Unresolved } from "../model/unresolved.js";
import { cloudFormationUnit } from "./cloudformation/adapter.js";
import { parseTemplate } from "./cloudformation/parse.js";
import { isPlainObject } from "./field-types.js";
import type { IacUnit } from "./model.js";
import { Stopwatch } from "./stopwatch.js";
import { terraformUnit } from "./terraform/adapter.js";
import { terraformPlanUnit } from "./terraform-plan/adapter.js";

/** The SDK schema of the Describe* output each resource type's properties must follow. */
const OUTPUT_SCHEMAS: Partial<Record<ResourceType, unknown>> = {
  "AWS::SageMaker::NotebookInstance": sagemaker.DescribeNotebookInstanceOutput$,
  "AWS::SageMaker::Model": sagemaker.DescribeModelOutput$,
  "AWS::SageMaker::EndpointConfig": sagemaker.DescribeEndpointConfigOutput$,
  "AWS::SageMaker::Endpoint": sagemaker.DescribeEndpointOutput$,
  "AWS::SageMaker::MonitoringSchedule": sagemaker.DescribeMonitoringScheduleResponse$,
  "AWS::SageMaker::DataQualityJobDefinition": sagemaker.DescribeDataQualityJobDefinitionResponse$,
  "AWS::SageMaker::ModelQualityJobDefinition": sagemaker.DescribeModelQualityJobDefinitionResponse$,
  "AWS::SageMaker::ModelBiasJobDefinition": sagemaker.DescribeModelBiasJobDefinitionResponse$,
  "AWS::SageMaker::ModelExplainabilityJobDefinition": sagemaker.DescribeModelExplainabilityJobDefinitionResponse$,
  "AWS::SageMaker::FeatureGroup": sagemaker.DescribeFeatureGroupResponse$,
  "AWS::SageMaker::AppImageConfig": sagemaker.DescribeAppImageConfigResponse$,
  "AWS::SageMaker::Image": sagemaker.DescribeImageResponse$,
  "AWS::SageMaker::InferenceExperiment": sagemaker.DescribeInferenceExperimentResponse$,
  "AWS::SageMaker::Domain": sagemaker.DescribeDomainResponse$,
  "AWS::SageMaker::ProcessingJob": sagemaker.DescribeProcessingJobResponse$,
};

/** Properties without their unresolved values, which have no SDK type. */
function resolvedPart(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !(v instanceof Unresolved)).map(resolvedPart);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => !(v instanceof Unresolved))
      .map(([key, v]) => [key, resolvedPart(v)]),
  );
}

async function fixtureUnits(): Promise<IacUnit[]> {
  const read = (path: string) => readFileSync(`${IAC_FIXTURES}/${path}`, "utf8");
  const cfn = [
    "cloudformation/ml-platform.yaml",
    "cloudformation/churn-inference.json",
    "cdk/cdk.out/FraudMlStack.template.json",
  ];
  const dir = "terraform/ml-platform";
  const tf = readdirSync(`${IAC_FIXTURES}/${dir}`)
    .filter((f) => f.endsWith(".tf"))
    .map((f) => ({ path: `${dir}/${f}`, text: read(`${dir}/${f}`) }));
  const vars = [{ path: `${dir}/terraform.tfvars`, text: read(`${dir}/terraform.tfvars`) }];
  return [
    ...cfn.map((path) => cloudFormationUnit(parseTemplate(read(path), path), path)),
    (await terraformUnit(tf, vars, new Stopwatch())).unit,
    terraformPlanUnit(read("terraform-plan/plan.json"), "plan.json"),
  ];
}

describe("adapter output follows the Describe* output shapes", async () => {
  const resources: AnyResource[] = (await fixtureUnits()).flatMap((u) =>
    u.resources.flatMap((r) => r.variants.map((v) => v.resource)),
  );

  it("would catch a field the Describe* output does not have", () => {
    expect(shapeIssues({ VolumeSizeInGb: 5 }, sagemaker.DescribeNotebookInstanceOutput$)).toEqual([
      "$.VolumeSizeInGb: not a member of DescribeNotebookInstanceOutput",
    ]);
  });

  it("covers resources of every format", () => {
    const sources = new Set(resources.map((r) => r.origin.source));
    expect([...sources].sort()).toEqual(["cloudformation", "terraform", "terraform-plan"]);
  });

  it.each(resources.map((r) => [r.arn, r] as const))("%s", (_arn, resource) => {
    const schema = OUTPUT_SCHEMAS[resource.type];
    expect(schema, resource.type).toBeDefined();
    expect(shapeIssues(resolvedPart(resource.properties), schema)).toEqual([]);
  });
});
