import { findControl } from "../../controls/catalog.js";
import { collectionOf, type ResourceType, SAGEMAKER_KINDS } from "../../model/resource-types.js";
import { isPlainObject } from "../field-types.js";
import { IacParseError, type IacResource, type IacUnit, type InlineSuppression } from "../model.js";
import { enumerateVariants } from "../resolution.js";
import { iacResource, tagRecord } from "../resource.js";
import { type DeployTarget, pseudoParameters } from "../target.js";
import { IntrinsicResolver, type TemplateContext } from "./intrinsics.js";
import type { ParsedTemplate, ResourceLines } from "./parse.js";

/**
 * CloudFormation property names that differ from the Describe* output's; every other property of these types has
 * the Describe* name and shape (checked against the CloudFormation resource schemas and the SDK's models).
 * A dotted target nests the value.
 */
const RENAMES: Partial<Record<ResourceType, Record<string, string>>> = {
  "AWS::SageMaker::NotebookInstance": {
    SecurityGroupIds: "SecurityGroups",
    LifecycleConfigName: "NotebookInstanceLifecycleConfigName",
  },
  "AWS::SageMaker::Image": {
    ImageDescription: "Description",
    ImageDisplayName: "DisplayName",
    ImageRoleArn: "RoleArn",
  },
  "AWS::SageMaker::InferenceExperiment": { EndpointName: "EndpointMetadata.EndpointName" },
};

/** The SageMaker resource types CloudFormation has (it has no training or transform job). */
const SUPPORTED = new Set<string>(
  Object.values(SAGEMAKER_KINDS)
    .map((k) => k.type)
    .filter((t) => t !== "AWS::SageMaker::TrainingJob" && t !== "AWS::SageMaker::TransformJob"),
);

/** The CloudFormation adapter: every SageMaker resource of a template becomes the one resource model. */
export function cloudFormationUnit(parsed: ParsedTemplate, file: string, target: DeployTarget = {}): IacUnit {
  const { template, lines } = parsed;
  const resources = objectOr(template.Resources);
  const context: TemplateContext = {
    parameters: objectOr(template.Parameters) as TemplateContext["parameters"],
    conditions: objectOr(template.Conditions),
    mappings: objectOr(template.Mappings),
    resourceTypes: Object.fromEntries(Object.entries(resources).map(([id, r]) => [id, String(objectOr(r).Type ?? "")])),
    names: {},
    pseudoParameters: pseudoParameters(target),
  };
  const sagemaker = Object.entries(resources).filter(([, r]) => SUPPORTED.has(String(objectOr(r).Type)));
  for (const [logicalId, raw] of sagemaker) {
    const type = objectOr(raw).Type as ResourceType;
    const attribute = SAGEMAKER_KINDS[collectionOf(type)].nameField;
    const declared = new IntrinsicResolver(context, () => undefined).resolve(
      objectOr(objectOr(raw).Properties)[attribute],
    );
    context.names[logicalId] = { attribute, name: typeof declared === "string" ? declared : logicalId };
  }

  const out: IacResource[] = sagemaker.map(([logicalId, raw]) => {
    const resource = objectOr(raw);
    const type = resource.Type as ResourceType;
    const resourceLines = lines[logicalId] ?? { line: 1, properties: {}, metadata: {} };
    const variants = enumerateVariants((choose) =>
      new IntrinsicResolver(context, choose).resolve(resource.Properties ?? {}),
    );
    return {
      variants: variants.map(({ value, choices }) => {
        if (!isPlainObject(value)) {
          throw new IacParseError(file, `${logicalId}: Properties cannot be resolved`, resourceLines.line);
        }
        const { Tags, ...properties } = value;
        return {
          resource: iacResource({
            type,
            format: "cloudformation",
            file,
            address: logicalId,
            name: context.names[logicalId]?.name ?? logicalId,
            line: resourceLines.line,
            properties: rename(properties, RENAMES[type]),
            tags: tagRecord(Tags),
            lines: renameLines(resourceLines.properties, RENAMES[type]),
            target,
          }),
          assumptions: choices.map(({ key, branch }) => `condition ${key} is ${branch}`),
        };
      }),
      suppressions: metadataSuppressions(resource.Metadata, resourceLines, file, logicalId),
    };
  });
  return { format: "cloudformation", files: [file], resources: out };
}

/**
 * Suppressions in the resource's `Metadata`: `mlharden.suppress: [{id, reason}]`. Entries in cfn-nag's and
 * cdk-nag's `rules_to_suppress` lists are honoured too when their id is an mlharden control id.
 */
function metadataSuppressions(
  metadata: unknown,
  lines: ResourceLines,
  file: string,
  logicalId: string,
): InlineSuppression[] {
  const sections: [string, unknown, boolean][] = [
    ["mlharden.suppress", objectOr(objectOr(metadata).mlharden).suppress, true],
    ["cfn_nag.rules_to_suppress", objectOr(objectOr(metadata).cfn_nag).rules_to_suppress, false],
    ["cdk_nag.rules_to_suppress", objectOr(objectOr(metadata).cdk_nag).rules_to_suppress, false],
  ];
  const out: InlineSuppression[] = [];
  for (const [path, entries, ours] of sections) {
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      throw new IacParseError(file, `${logicalId}: Metadata ${path} must be a list of {id, reason}`, lines.line);
    }
    entries.forEach((entry, i) => {
      const line = lines.metadata[`${path}.${i}`] ?? lines.line;
      const id = objectOr(entry).id;
      const control = typeof id === "string" ? findControl(id) : undefined;
      if (!control) {
        if (ours) throw new IacParseError(file, `${logicalId}: suppression of unknown control ${String(id)}`, line);
        return;
      }
      const reason = objectOr(entry).reason;
      if (typeof reason !== "string" || reason.trim() === "") {
        throw new IacParseError(file, `${logicalId}: suppression of ${control.id} needs a reason`, line);
      }
      out.push({ controlId: control.id, reason: reason.trim(), file, line });
    });
  }
  return out;
}

function rename(properties: Record<string, unknown>, renames: Record<string, string> | undefined) {
  if (!renames) return properties;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    const [first, second] = (renames[key] ?? key).split(".") as [string, string?];
    if (second === undefined) out[first] = value;
    else out[first] = { ...objectOr(out[first]), [second]: value };
  }
  return out;
}

function renameLines(lines: Record<string, number>, renames: Record<string, string> | undefined) {
  if (!renames) return lines;
  const out: Record<string, number> = {};
  for (const [path, line] of Object.entries(lines)) {
    const [head = "", ...rest] = path.split(".");
    out[[renames[head] ?? head, ...rest].join(".")] = line;
  }
  return out;
}

function objectOr(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}
