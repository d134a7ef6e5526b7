import { applyDefaults } from "../model/defaults.js";
import type { AnyResource } from "../model/resource.js";
import type { ResourceType } from "../model/resource-types.js";
import { Unresolved } from "../model/unresolved.js";
import { coerceFieldTypes, isPlainObject } from "./field-types.js";
import type { IacFormat } from "./model.js";
import type { DeployTarget } from "./target.js";

export interface ResourceInput {
  type: ResourceType;
  format: IacFormat;
  file: string;
  /** The logical id (CloudFormation) or address (Terraform). */
  address: string;
  name: string;
  line?: number;
  /** Describe*-shaped properties, values possibly unresolved. */
  properties: Record<string, unknown>;
  tags: Record<string, string> | undefined;
  lines: Record<string, number>;
  /** Where the template is deployed, as far as the user tells (`--account`, `--region`, `--partition`). */
  target?: DeployTarget;
}

/**
 * The one resource model, from a template: AWS's defaults come from `applyDefaults`, as for live resources.
 * A template has no account, region or ARN: the account and region are the deploy target's, empty when not given;
 * the ARN is `<file>#<address>`, stable across runs.
 */
export function iacResource(input: ResourceInput): AnyResource {
  return {
    type: input.type,
    arn: `${input.file}#${input.address}`,
    name: input.name,
    accountId: input.target?.accountId ?? "",
    region: input.target?.region ?? "",
    partition: input.target?.partition ?? "aws",
    tags: input.tags,
    properties: applyDefaults(input.type, coerceFieldTypes(input.properties) as Record<string, unknown>),
    origin: { source: input.format, file: input.file, address: input.address, line: input.line },
    lines: input.lines,
  } as AnyResource;
}

/**
 * Tags as a key → value record. Only keys matter to the tagging controls, so an unresolved value is kept as its
 * expression; `undefined` when the set of keys itself is unknown (the whole tag list comes from a parameter).
 */
export function tagRecord(tags: unknown): Record<string, string> | undefined {
  if (tags === undefined || tags === null) return {};
  if (tags instanceof Unresolved) return undefined;
  const entries: [unknown, unknown][] = Array.isArray(tags)
    ? tags.map((t) => (isPlainObject(t) ? [t.Key, t.Value] : [undefined, undefined]))
    : isPlainObject(tags)
      ? Object.entries(tags)
      : [];
  const record: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof key !== "string") return undefined;
    record[key] = value instanceof Unresolved ? value.toJSON() : String(value ?? "");
  }
  return record;
}
