import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { IacParseError } from "../model.js";

/** Every short-form intrinsic function tag CloudFormation accepts in YAML. */
const INTRINSICS = [
  "And",
  "Base64",
  "Cidr",
  "Condition",
  "Equals",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "If",
  "ImportValue",
  "Join",
  "Length",
  "Not",
  "Or",
  "Ref",
  "Select",
  "Split",
  "Sub",
  "ToJsonString",
  "Transform",
];

// Identity tags: the parser keeps each node's tag and source range; `toValue` turns a tag into the long form.
const CUSTOM_TAGS = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: "seq" as const, resolve: (value: unknown) => value },
  { tag: `!${name}`, collection: "map" as const, resolve: (value: unknown) => value },
]);

/** Source lines of one resource: its logical id, its properties (by dot path) and its metadata. */
export interface ResourceLines {
  line: number;
  properties: Record<string, number>;
  metadata: Record<string, number>;
}

export interface ParsedTemplate {
  template: Record<string, unknown>;
  lines: Record<string, ResourceLines>;
}

/**
 * Parses a CloudFormation template, YAML (with short-form intrinsics) or JSON, into long-form JSON values, keeping
 * the line of every resource and of every property inside it. A syntax error is an IacParseError with its line.
 */
export function parseTemplate(text: string, file: string): ParsedTemplate {
  // YAML accepts what JSON does not (trailing commas, comments): a `.json` template must be JSON.
  if (file.endsWith(".json")) checkJson(text, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: CUSTOM_TAGS, lineCounter, merge: true });
  const [error] = doc.errors;
  if (error) {
    const position = error.linePos?.[0];
    const message = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.code;
    const format = file.endsWith(".json") ? "JSON" : "YAML";
    throw new IacParseError(file, `invalid ${format}: ${message}`, position?.line, position?.col);
  }
  const lines: Record<string, ResourceLines> = {};
  const walker = new Walker(lineCounter, lines, (node) =>
    isAlias(node) ? (node.resolve(doc) as Node | undefined) : node,
  );
  const template = walker.toValue(doc.contents as Node | null, []);
  if (!isTemplate(template))
    throw new IacParseError(file, "not a CloudFormation template (no Resources with a Type)", 1);
  return { template, lines };
}

function checkJson(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const before = Number.isNaN(offset) ? undefined : text.slice(0, offset);
    const line = before?.split("\n").length;
    const column = before === undefined ? undefined : offset - before.lastIndexOf("\n");
    const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    throw new IacParseError(file, `invalid JSON: ${reason}`, line, column);
  }
}

/** A CloudFormation template: an `AWSTemplateFormatVersion`, or `Resources` whose entries carry a `Type`. */
export function isTemplate(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const resources = (value as Record<string, unknown>).Resources;
  if (!resources || typeof resources !== "object" || Array.isArray(resources)) return false;
  if ("AWSTemplateFormatVersion" in value) return true;
  return Object.values(resources).some(
    (r) => r && typeof r === "object" && typeof (r as Record<string, unknown>).Type === "string",
  );
}

/** Cheap pre-check before parsing a YAML/JSON file found while walking a folder: could it be a template? */
export function looksLikeTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?(AWS|Custom|Alexa)::/.test(text);
}

class Walker {
  constructor(
    private readonly lineCounter: LineCounter,
    private readonly lines: Record<string, ResourceLines>,
    private readonly deref: (node: Node) => Node | undefined,
  ) {}

  /**
   * Converts a node into a JSON value. `path` is the node's place in the template. The arguments of an intrinsic
   * function (`args`) do not extend the path, so a property chosen through `!If` keeps its own property path.
   */
  toValue(input: Node | null | undefined, path: readonly (string | number)[], args = false): unknown {
    const node = input ? this.deref(input) : input;
    if (!node) return null;
    const tag = node.tag?.startsWith("!") ? node.tag.slice(1) : undefined;
    const frozen = args || tag !== undefined;
    let value: unknown;
    if (isScalar(node)) value = node.value;
    else if (isSeq(node)) {
      value = node.items.map((item, i) => {
        if (frozen) return this.toValue(item as Node, path);
        this.record([...path, i], item as Node);
        return this.toValue(item as Node, [...path, i]);
      });
    } else if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const intrinsic = node.items.length === 1 && isIntrinsicKey(keyOf(node.items[0]?.key));
      for (const pair of node.items) {
        const key = keyOf(pair.key);
        if (key === "<<") {
          const merged = this.toValue(pair.value as Node, path);
          if (merged && typeof merged === "object") for (const [k, v] of Object.entries(merged)) out[k] ??= v;
        } else if (frozen || intrinsic) {
          out[key] = this.toValue(pair.value as Node, path, intrinsic);
        } else {
          this.record([...path, key], pair.key as Node);
          out[key] = this.toValue(pair.value as Node, [...path, key]);
        }
      }
      value = out;
    }
    return tag ? longForm(tag, value) : value;
  }

  private record(path: readonly (string | number)[], node: Node | null | undefined): void {
    if (path[0] !== "Resources" || !node?.range) return;
    const [, logicalId, section, ...rest] = path;
    if (typeof logicalId !== "string") return;
    const line = this.lineCounter.linePos(node.range[0]).line;
    const entry = this.lines[logicalId] ?? { line, properties: {}, metadata: {} };
    this.lines[logicalId] = entry;
    if (section === undefined) entry.line = line;
    const target = section === "Properties" ? entry.properties : section === "Metadata" ? entry.metadata : undefined;
    const key = rest.join(".");
    if (target && key && target[key] === undefined) target[key] = line;
  }
}

function keyOf(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

function isIntrinsicKey(key: string): boolean {
  return key === "Ref" || key.startsWith("Fn::");
}

/** `!GetAtt A.B.C` → `{"Fn::GetAtt": ["A", "B.C"]}`, `!Ref X` → `{"Ref": "X"}`, `!Sub s` → `{"Fn::Sub": s}`. */
function longForm(tag: string, value: unknown): Record<string, unknown> {
  if (tag === "Ref" || tag === "Condition") return { [tag]: value };
  if (tag === "GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${tag}`]: value };
}
