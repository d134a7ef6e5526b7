import { findControl } from "../../controls/catalog.js";
import { Unresolved } from "../../model/unresolved.js";
import { isPlainObject } from "../field-types.js";
import { IacParseError, type IacResource, type IacUnit, type InlineSuppression } from "../model.js";
import { brief, type Chooser, enumerateVariants } from "../resolution.js";
import { iacResource, tagRecord } from "../resource.js";
import type { Stopwatch } from "../stopwatch.js";
import { type DeployTarget, urlSuffix } from "../target.js";
import { evaluateValue, type TerraformScope } from "./expressions.js";
import { type HclIndex, type ResourceBlock, scanHcl } from "./hcl-scan.js";
import { dynamicBlocks, TERRAFORM_TYPES, toDescribeShape } from "./mapping.js";

export interface SourceFile {
  path: string;
  text: string;
}

interface ParsedFile {
  path: string;
  json: Record<string, unknown>;
  index: HclIndex;
}

type Hcl2Json = typeof import("@cdktf/hcl2json");
let hcl2json: Promise<Hcl2Json> | undefined;

/** hcl2json loads a wasm build of HashiCorp's parser when imported (~200 ms): only when a `.tf` file is scanned. */
async function parseHcl(file: SourceFile): Promise<Record<string, unknown>> {
  hcl2json ??= import("@cdktf/hcl2json");
  const { parse } = await hcl2json;
  try {
    return await parse(file.path, file.text);
  } catch (error) {
    // "parse config: [main.tf:12,3-9: Invalid expression; Expected the start of an expression, ...]"
    const message = String((error as Error).message ?? error);
    const match = /:(\d+),(\d+)(?:-[\d,]+)?: ([^\]]*)/.exec(message);
    if (!match) throw new IacParseError(file.path, `invalid HCL: ${message}`);
    const [, line, column, reason = ""] = match;
    throw new IacParseError(file.path, `invalid HCL: ${reason.trim()}`, Number(line), Number(column));
  }
}

/**
 * The Terraform adapter: the `.tf` files of one directory (one module) with its `terraform.tfvars` and
 * `*.auto.tfvars`, every `aws_sagemaker_*` resource mapped onto the one resource model. A file that fails to
 * parse is reported and the module is read without it.
 */
export async function terraformUnit(
  tfFiles: readonly SourceFile[],
  varFiles: readonly SourceFile[],
  stopwatch: Stopwatch,
  target: DeployTarget = {},
): Promise<{ unit: IacUnit; errors: IacParseError[] }> {
  const errors: IacParseError[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of tfFiles) {
    try {
      const json = await stopwatch.time(() => parseHcl(file));
      parsed.push({ path: file.path, json, index: stopwatch.timeSync(() => scanHcl(file.text)) });
    } catch (error) {
      if (!(error instanceof IacParseError)) throw error;
      errors.push(error);
    }
  }
  const tfvars: Record<string, unknown> = {};
  for (const file of varFiles) {
    try {
      Object.assign(tfvars, await stopwatch.time(() => parseVarFile(file)));
    } catch (error) {
      if (!(error instanceof IacParseError)) throw error;
      errors.push(error);
    }
  }

  const module = new Module(parsed, tfvars, target);
  const resources: IacResource[] = [];
  for (const file of parsed) {
    for (const [type, byName] of Object.entries(objectOr(file.json.resource))) {
      if (!TERRAFORM_TYPES[type]) continue;
      for (const [name, blocks] of Object.entries(objectOr(byName))) {
        const block = file.index.resources.find((r) => r.type === type && r.name === name);
        try {
          resources.push(
            module.resource(file, type, name, objectOr(Array.isArray(blocks) ? blocks[0] : blocks), block),
          );
        } catch (error) {
          if (!(error instanceof IacParseError)) throw error;
          errors.push(error);
        }
      }
    }
  }
  return { unit: { format: "terraform", files: parsed.map((f) => f.path), resources }, errors };
}

async function parseVarFile(file: SourceFile): Promise<Record<string, unknown>> {
  if (!file.path.endsWith(".json")) return parseHcl(file);
  try {
    return objectOr(JSON.parse(file.text));
  } catch (error) {
    throw new IacParseError(file.path, `invalid JSON: ${(error as Error).message}`);
  }
}

/** What one module declares: variables, locals, provider default tags, and the names of its SageMaker resources. */
class Module {
  private readonly variables = new Map<string, unknown>();
  private readonly locals = new Map<string, unknown>();
  private readonly defaultTags = new Map<string, unknown>();
  private readonly bodies = new Map<string, Record<string, unknown>>();
  private readonly dataBodies = new Map<string, Record<string, unknown>>();
  private readonly names = new Map<string, string>();

  constructor(
    files: readonly ParsedFile[],
    tfvars: Record<string, unknown>,
    private readonly target: DeployTarget,
  ) {
    for (const { json } of files) {
      for (const [name, blocks] of Object.entries(objectOr(json.variable))) {
        const declared = objectOr(Array.isArray(blocks) ? blocks[0] : blocks);
        if ("default" in declared && declared.default !== null) this.variables.set(name, declared.default);
      }
      for (const block of asList(json.locals)) {
        for (const [name, value] of Object.entries(objectOr(block))) this.locals.set(name, value);
      }
      for (const provider of asList(objectOr(json.provider).aws)) {
        const config = objectOr(provider);
        const alias = typeof config.alias === "string" ? config.alias : "";
        const tags = objectOr(asList(config.default_tags)[0]).tags;
        if (tags !== undefined) this.defaultTags.set(alias, tags);
      }
      for (const [type, byName] of Object.entries(objectOr(json.resource))) {
        for (const [name, blocks] of Object.entries(objectOr(byName))) {
          this.bodies.set(`${type}.${name}`, objectOr(asList(blocks)[0]));
        }
      }
      for (const [type, byName] of Object.entries(objectOr(json.data))) {
        for (const [name, blocks] of Object.entries(objectOr(byName))) {
          this.dataBodies.set(`${type}.${name}`, objectOr(asList(blocks)[0]));
        }
      }
    }
    for (const [name, value] of Object.entries(tfvars)) this.variables.set(name, value);
  }

  scope(choose: Chooser): TerraformScope {
    return {
      variable: (name) => this.variables.get(name),
      local: (name) => this.locals.get(name),
      resourceName: (type, name) => this.nameOf(type, name),
      dataSource: (type, name, attribute) => this.dataSource(type, name, attribute),
      choose,
    };
  }

  /**
   * What the deploy target tells about a declared data source of the default provider: the account of
   * `aws_caller_identity`, the region of `aws_region`, the partition of `aws_partition`. One read through another
   * provider, or an `aws_region` that names its region, may describe another account or region: left unresolved.
   */
  private dataSource(type: string, name: string, attribute: string): string | undefined {
    const body = this.dataBodies.get(`${type}.${name}`);
    if (!body || "provider" in body) return undefined;
    const { accountId, region, partition } = this.target;
    switch (`${type}.${attribute}`) {
      case "aws_caller_identity.account_id":
        return accountId;
      case "aws_region.name":
      case "aws_region.region":
        return "name" in body || "region" in body ? undefined : region;
      case "aws_partition.partition":
        return partition;
      case "aws_partition.dns_suffix":
        return partition && urlSuffix(partition);
      default:
        return undefined;
    }
  }

  /** The name a SageMaker resource gets: its name attribute when the configuration fixes it, else its address. */
  nameOf(type: string, name: string): string | undefined {
    const mapping = TERRAFORM_TYPES[type];
    const body = this.bodies.get(`${type}.${name}`);
    if (!mapping || !body) return undefined;
    const address = `${type}.${name}`;
    let resolved = this.names.get(address);
    if (resolved === undefined) {
      this.names.set(address, address); // guards a name that refers to itself
      const value = evaluateValue(
        body[mapping.nameAttribute],
        this.scope(() => undefined),
      );
      resolved = typeof value === "string" ? value : address;
      this.names.set(address, resolved);
    }
    return resolved;
  }

  resource(
    file: ParsedFile,
    type: string,
    name: string,
    body: Record<string, unknown>,
    block: ResourceBlock | undefined,
  ): IacResource {
    const mapping = TERRAFORM_TYPES[type];
    if (!mapping) throw new Error(`unmapped Terraform type ${type}`);
    const address = `${type}.${name}`;
    const providerAlias = /^\$\{aws\.([A-Za-z0-9_-]+)\}$/.exec(String(body.provider ?? ""))?.[1] ?? "";
    const variants = enumerateVariants((choose) => {
      const scope = this.scope(choose);
      const attributes = objectOr(evaluateValue(withoutMetaArguments(body), scope));
      const defaults = this.defaultTags.get(providerAlias);
      const tags =
        defaults === undefined ? attributes.tags : mergeTags(evaluateValue(defaults, scope), attributes.tags);
      return { attributes: { ...attributes, ...dynamicBlocks(body) }, tags };
    });
    return {
      variants: variants.map(({ value, choices }) => {
        const { properties, lines } = toDescribeShape(mapping, value.attributes, block?.lines);
        return {
          resource: iacResource({
            type: mapping.type,
            format: "terraform",
            file: file.path,
            address,
            name: this.nameOf(type, name) ?? address,
            line: block?.line,
            properties,
            tags: tagRecord(value.tags),
            lines,
            target: this.target,
          }),
          assumptions: choices.map(({ key, branch }) => `\`${brief(key)}\` is ${branch}`),
        };
      }),
      suppressions: block ? commentSuppressions(file, block) : [],
    };
  }
}

const META_ARGUMENTS = [
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "provisioner",
  "connection",
  "dynamic",
];

function withoutMetaArguments(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !META_ARGUMENTS.includes(key)));
}

/** Provider `default_tags` under the resource's own `tags`, as the provider merges them into `tags_all`. */
function mergeTags(defaults: unknown, tags: unknown): unknown {
  if (defaults instanceof Unresolved || tags instanceof Unresolved) return new Unresolved("tags with default_tags");
  return { ...objectOr(defaults), ...objectOr(tags) };
}

const IGNORE = /mlharden:ignore\s+([^\s]+)(?:\s+reason:\s*(.*?))?\s*(?:\*\/)?\s*$/;

/**
 * `# mlharden:ignore SageMaker.3 reason: ...` (or a `//` or block comment) inside the resource block or in the
 * comment lines directly above it. A suppression without a reason is an error: reasons are what reviewers read.
 */
function commentSuppressions(file: ParsedFile, block: ResourceBlock): InlineSuppression[] {
  const commentLines = new Set(file.index.comments.map((c) => c.line));
  let firstAbove = block.line;
  while (commentLines.has(firstAbove - 1)) firstAbove--;
  const out: InlineSuppression[] = [];
  for (const comment of file.index.comments) {
    if (comment.line < firstAbove || comment.line > block.endLine) continue;
    const match = IGNORE.exec(comment.text);
    if (!match) continue;
    const [, ids = "", reason] = match;
    for (const id of ids.split(",").filter(Boolean)) {
      const control = findControl(id);
      if (!control) throw new IacParseError(file.path, `suppression of unknown control ${id}`, comment.line);
      if (!reason) {
        throw new IacParseError(file.path, `suppression of ${control.id} needs a reason ("reason: ...")`, comment.line);
      }
      out.push({ controlId: control.id, reason, file: file.path, line: comment.line });
    }
  }
  return out;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function objectOr(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}
