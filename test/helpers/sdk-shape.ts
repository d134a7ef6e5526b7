/**
 * Checks a JSON value against an AWS SDK v3 shape, using the static schemas every client exports (e.g.
 * `DescribeNotebookInstanceOutput$` from @aws-sdk/client-sagemaker): every field must be a member of its structure,
 * with the JSON type that member has after `JSON.stringify` of the SDK's output (timestamps as ISO strings).
 * Enum values and required members are not checked; the schemas do not carry them.
 */

/** Simple schema ids; a list of simple values adds 64, a map of them 128 (e.g. 64 | 0 = string list). */
const STRING = 0;
const NUMBER = 1;
const BOOLEAN = 2;
const TIMESTAMPS = new Set([4, 5, 6, 7]);
const DOCUMENT = 15;
const BLOB = 21;
const LIST_BIT = 64;
const MAP_BIT = 128;
/** Aggregate schema kinds: [kind, namespace, name, traits, ...]. */
const SIMPLE = 0;
const LIST = 1;
const MAP = 2;
const STRUCTURE = 3;
const UNION = 4;

const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Every mismatch as `path: problem`; empty when the value fits the shape. */
export function shapeIssues(value: unknown, schema: unknown, path = "$"): string[] {
  const resolved = resolve(schema);
  if (typeof resolved === "number") return simpleIssues(value, resolved, path);
  if (!Array.isArray(resolved)) return [`${path}: unsupported schema ${String(resolved)}`];
  const [kind] = resolved as [number];
  switch (kind) {
    case SIMPLE:
      return shapeIssues(value, resolved[4], path);
    case LIST:
      return Array.isArray(value)
        ? value.flatMap((item, i) => shapeIssues(item, resolved[4], `${path}[${i}]`))
        : [`${path}: expected a list`];
    case MAP:
      return isObject(value)
        ? Object.entries(value).flatMap(([key, item]) => shapeIssues(item, resolved[5], `${path}.${key}`))
        : [`${path}: expected a map`];
    case STRUCTURE:
    case UNION: {
      if (!isObject(value)) return [`${path}: expected a ${resolved[2]} object`];
      const names = resolved[4] as string[];
      const members = resolved[5] as unknown[];
      return Object.entries(value).flatMap(([key, child]) => {
        const index = names.indexOf(key);
        return index < 0
          ? [`${path}.${key}: not a member of ${resolved[2]}`]
          : shapeIssues(child, members[index], `${path}.${key}`);
      });
    }
    default:
      return [`${path}: unsupported schema kind ${kind}`];
  }
}

/** Lazy references are functions; a member that carries traits is `[schema, traits]`. */
function resolve(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    if (typeof current === "function") current = current();
    else if (Array.isArray(current) && current.length === 2) current = current[0];
    else return current;
  }
}

function simpleIssues(value: unknown, id: number, path: string): string[] {
  if (id & LIST_BIT) {
    return Array.isArray(value)
      ? value.flatMap((item, i) => simpleIssues(item, id & ~LIST_BIT, `${path}[${i}]`))
      : [`${path}: expected a list`];
  }
  if (id & MAP_BIT) {
    return isObject(value)
      ? Object.entries(value).flatMap(([key, item]) => simpleIssues(item, id & ~MAP_BIT, `${path}.${key}`))
      : [`${path}: expected a map`];
  }
  if (TIMESTAMPS.has(id)) {
    return typeof value === "string" && ISO_TIMESTAMP.test(value)
      ? []
      : [`${path}: expected an ISO timestamp with milliseconds and Z, got ${JSON.stringify(value)}`];
  }
  const expected =
    id === STRING || id === BLOB ? "string" : id === NUMBER ? "number" : id === BOOLEAN ? "boolean" : undefined;
  if (id === DOCUMENT) return [];
  if (!expected) return [`${path}: unsupported simple schema ${id}`];
  return typeof value === expected ? [] : [`${path}: expected a ${expected}, got ${JSON.stringify(value)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
