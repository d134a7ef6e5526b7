/**
 * Reads the static schemas the AWS SDK v3 clients export (`DescribeVpcs$`, `Vpc$`, ...), so the emulator puts every
 * field on the wire exactly where the SDK's own deserializer looks for it (EC2's `vpcSet`/`item` names, IAM's
 * `member` lists, JSON timestamps as epoch seconds), including fields a snapshot carries but mlharden never reads.
 *
 * Schema tuples (smithy static schemas): `[9, ns, name, traits, input, output]` operation, `[3|-3|4, ns, name,
 * traits, memberNames, memberSchemas]` structure/error/union, `[1, ns, name, traits, member]` list, `[2, ns, name,
 * traits, key, value]` map, `[0, ns, name, traits, simple]` a named simple type, `[target, traits]` a member, and
 * numbers for simple types (list = 64 | member, map = 128 | value). A function is a lazy reference.
 */
export type Shape =
  | { kind: "structure"; traits: Traits; members: ReadonlyMap<string, unknown> }
  | { kind: "list"; traits: Traits; member: unknown }
  | { kind: "map"; traits: Traits; value: unknown }
  | { kind: "timestamp"; traits: Traits; format: TimestampFormat }
  | { kind: "scalar"; traits: Traits };

export type TimestampFormat = "default" | "date-time" | "http-date" | "epoch-seconds";
export type Traits = Record<string, unknown>;

const TIMESTAMP_FORMATS: Record<number, TimestampFormat> = {
  4: "default",
  5: "date-time",
  6: "http-date",
  7: "epoch-seconds",
};
const LIST_MODIFIER = 64;
const MAP_MODIFIER = 128;
/** Bit 4 of a numeric trait set: the member is the HTTP payload (REST protocols). */
const HTTP_PAYLOAD_BIT = 16;

/** The input and output schemas of an operation schema (`ListModels$`). */
export function operationShapes(operation: unknown): { input: unknown; output: unknown } {
  const schema = deref(operation);
  if (!Array.isArray(schema) || schema[0] !== 9) throw new Error("not an operation schema");
  return { input: schema[4], output: schema[5] };
}

/** Resolves a schema reference (member wrappers included) to its shape; member traits override the target's. */
export function shapeOf(ref: unknown): Shape {
  let schema = deref(ref);
  let memberTraits: Traits = {};
  while (isMember(schema)) {
    memberTraits = { ...traitsOf(schema[1]), ...memberTraits };
    schema = deref(schema[0]);
  }
  const shape = describeCached(schema);
  return Object.keys(memberTraits).length === 0 ? shape : { ...shape, traits: { ...shape.traits, ...memberTraits } };
}

/** The traits written on the member reference itself (where XML element names live). */
export function memberTraitsOf(ref: unknown): Traits {
  let schema = deref(ref);
  let traits: Traits = {};
  while (isMember(schema)) {
    traits = { ...traitsOf(schema[1]), ...traits };
    schema = deref(schema[0]);
  }
  return traits;
}

/** Whether a structure member is bound to the HTTP payload (S3's `Policy`, `PublicAccessBlockConfiguration`). */
export function isHttpPayload(ref: unknown): boolean {
  let schema = deref(ref);
  while (isMember(schema)) {
    const traits = schema[1];
    if (typeof traits === "number" && (traits & HTTP_PAYLOAD_BIT) !== 0) return true;
    if (typeof traits === "object" && traits !== null && "httpPayload" in traits) return true;
    schema = deref(schema[0]);
  }
  return false;
}

/** The name a structure schema was modelled with (`PublicAccessBlockConfiguration`). */
export function shapeName(ref: unknown): string | undefined {
  let schema = deref(ref);
  while (isMember(schema)) schema = deref(schema[0]);
  return Array.isArray(schema) && typeof schema[2] === "string" ? schema[2] : undefined;
}

/** Schemas are static: each is read once (the emulator serializes the same shapes on every call). */
const described = new WeakMap<object, Shape>();

function describeCached(schema: unknown): Shape {
  if (!Array.isArray(schema)) return describe(schema);
  let shape = described.get(schema);
  if (!shape) {
    shape = describe(schema);
    described.set(schema, shape);
  }
  return shape;
}

function describe(schema: unknown): Shape {
  if (typeof schema === "number") return describeSimple(schema, {});
  if (!Array.isArray(schema)) return { kind: "scalar", traits: {} };
  const traits = traitsOf(schema[3]);
  switch (schema[0]) {
    case 0:
      return describeSimple(Number(schema[4]), traits);
    case 1:
      return { kind: "list", traits, member: schema[4] };
    case 2:
      return { kind: "map", traits, value: schema[5] };
    case 3:
    case -3:
    case 4: {
      const names = schema[4] as string[];
      const refs = schema[5] as unknown[];
      return { kind: "structure", traits, members: new Map(names.map((name, i) => [name, refs[i]])) };
    }
    default:
      return { kind: "scalar", traits };
  }
}

function describeSimple(code: number, traits: Traits): Shape {
  if (code >= MAP_MODIFIER) return { kind: "map", traits, value: code & 0b0011_1111 };
  if (code >= LIST_MODIFIER) return { kind: "list", traits, member: code & 0b0011_1111 };
  const format = TIMESTAMP_FORMATS[code];
  return format ? { kind: "timestamp", traits, format } : { kind: "scalar", traits };
}

function isMember(schema: unknown): schema is [unknown, unknown] {
  return Array.isArray(schema) && schema.length === 2;
}

function traitsOf(traits: unknown): Traits {
  return typeof traits === "object" && traits !== null ? (traits as Traits) : {};
}

function deref(ref: unknown): unknown {
  return typeof ref === "function" ? ref() : ref;
}
