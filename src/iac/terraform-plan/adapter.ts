import { Unresolved } from "../../model/unresolved.js";
import { isPlainObject } from "../field-types.js";
import { IacParseError, type IacResource, type IacUnit } from "../model.js";
import { iacResource, tagRecord } from "../resource.js";
import type { DeployTarget } from "../target.js";
import { TERRAFORM_TYPES, toDescribeShape } from "../terraform/mapping.js";

/** Cheap pre-check for a JSON file found while walking a folder: is it `terraform show -json` output? */
export function looksLikePlan(text: string): boolean {
  return /"format_version"/.test(text) && /"(resource_changes|planned_values)"/.test(text);
}

interface ConfigResource {
  address: string;
  expressions: Record<string, unknown>;
}

/**
 * The Terraform plan adapter (`terraform show -json plan.out`): every `aws_sagemaker_*` resource the plan creates,
 * updates or keeps, as its planned `after` values. A value known only after apply is unresolved: a reference when
 * the configuration sets it from another resource (a KMS key created in the same plan counts as set), unknown
 * otherwise. One the configuration does not set at all is left out, so AWS's default applies.
 */
export function terraformPlanUnit(text: string, file: string, target: DeployTarget = {}): IacUnit {
  const plan = parsePlan(text, file);
  const config = configurationIndex(plan.configuration);
  const resources: IacResource[] = [];
  for (const change of plannedResources(plan)) {
    const mapping = TERRAFORM_TYPES[change.type];
    if (!mapping) continue;
    const expressions = config.get(withoutIndexes(change.address))?.expressions ?? {};
    const attributes = objectOr(withUnknowns(change.after, change.afterUnknown, expressions));
    const tags =
      attributes.tags_all instanceof Unresolved || attributes.tags_all === undefined
        ? attributes.tags
        : attributes.tags_all;
    const declaredName = attributes[mapping.nameAttribute];
    const { properties, lines } = toDescribeShape(mapping, attributes);
    resources.push({
      variants: [
        {
          resource: iacResource({
            type: mapping.type,
            format: "terraform-plan",
            file,
            address: change.address,
            name: typeof declaredName === "string" ? declaredName : change.address,
            properties,
            tags: tagRecord(tags),
            lines,
            target,
          }),
          assumptions: [],
        },
      ],
      suppressions: [],
    });
  }
  return { format: "terraform-plan", files: [file], resources };
}

interface Plan {
  resource_changes?: unknown;
  planned_values?: unknown;
  configuration?: unknown;
}

function parsePlan(text: string, file: string): Plan {
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : undefined;
    throw new IacParseError(file, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, line);
  }
  if (!isPlainObject(plan) || typeof plan.format_version !== "string") {
    throw new IacParseError(file, "not a Terraform plan (no format_version)", 1);
  }
  if (plan.resource_changes !== undefined && !Array.isArray(plan.resource_changes)) {
    throw new IacParseError(file, "not a Terraform plan: resource_changes is not a list", 1);
  }
  return plan;
}

interface PlannedResource {
  address: string;
  type: string;
  after: unknown;
  afterUnknown: unknown;
}

/** Managed resources that exist after the plan: `resource_changes` (with unknowns), else `planned_values`. */
function plannedResources(plan: Plan): PlannedResource[] {
  if (Array.isArray(plan.resource_changes)) {
    return plan.resource_changes.flatMap((raw) => {
      const rc = objectOr(raw);
      const change = objectOr(rc.change);
      if (rc.mode !== "managed" || !isPlainObject(change.after)) return []; // deleted, or a data source
      return [
        { address: String(rc.address), type: String(rc.type), after: change.after, afterUnknown: change.after_unknown },
      ];
    });
  }
  const out: PlannedResource[] = [];
  const visit = (module: unknown) => {
    for (const raw of asList(objectOr(module).resources)) {
      const r = objectOr(raw);
      if (r.mode === "managed")
        out.push({ address: String(r.address), type: String(r.type), after: r.values, afterUnknown: {} });
    }
    for (const child of asList(objectOr(module).child_modules)) visit(child);
  };
  visit(objectOr(plan.planned_values).root_module);
  return out;
}

/** Configuration resources by address without instance keys (`module.ml.aws_sagemaker_model.main`). */
function configurationIndex(configuration: unknown): Map<string, ConfigResource> {
  const index = new Map<string, ConfigResource>();
  const visit = (module: unknown, prefix: string) => {
    for (const raw of asList(objectOr(module).resources)) {
      const r = objectOr(raw);
      if (r.mode !== "managed") continue;
      index.set(`${prefix}${String(r.address)}`, { address: String(r.address), expressions: objectOr(r.expressions) });
    }
    for (const [name, call] of Object.entries(objectOr(objectOr(module).module_calls))) {
      visit(objectOr(call).module, `${prefix}module.${name}.`);
    }
  };
  visit(objectOr(configuration).root_module, "");
  return index;
}

function withoutIndexes(address: string): string {
  return address.replace(/\[[^\]]*\]/g, "");
}

/** Planned values with unknown-after-apply leaves replaced by `Unresolved` (or dropped when nothing sets them). */
function withUnknowns(after: unknown, unknown: unknown, expressions: unknown): unknown {
  if (unknown === true) return unresolvedFrom(expressions);
  if (Array.isArray(after) || Array.isArray(unknown)) {
    const values = asList(after);
    const unknowns = asList(unknown);
    const length = Math.max(values.length, unknowns.length);
    const blockExpressions = asList(expressions);
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const value = withUnknowns(values[i], unknowns[i], blockExpressions[i] ?? blockExpressions[0]);
      if (value !== undefined) out.push(value);
    }
    return out;
  }
  if (isPlainObject(after) || isPlainObject(unknown)) {
    const values = objectOr(after);
    const unknowns = objectOr(unknown);
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(values), ...Object.keys(unknowns)])) {
      // Inside an attribute (a map such as `tags`), unknown leaves share the attribute's own expression.
      const nested = isAttributeExpression(expressions) ? expressions : objectOr(expressions)[key];
      const value = withUnknowns(values[key], unknowns[key], nested);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return after;
}

/**
 * An unknown value's expression from the configuration: `{"references": ["aws_kms_key.main.arn", ...]}`.
 * No expression means the configuration leaves the attribute to AWS: it is omitted, and AWS's default applies.
 */
function unresolvedFrom(expression: unknown): Unresolved | undefined {
  if (!isPlainObject(expression)) return undefined;
  const references = asList(expression.references).map(String);
  const resource = references.find((r) => !/^(var|local|each|count|path|terraform)\./.test(r));
  if (resource) return new Unresolved(resource, "reference");
  const [first] = references;
  return new Unresolved(first ? `${first} (known after apply)` : "(known after apply)");
}

function isAttributeExpression(expression: unknown): boolean {
  return isPlainObject(expression) && ("references" in expression || "constant_value" in expression);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function objectOr(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}
