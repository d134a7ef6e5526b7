import type { Finding } from "../evaluate/finding.js";
import type { AnyResource } from "../model/resource.js";
import { isPlainObject } from "./field-types.js";
import type { IacLocation } from "./model.js";

/** `ProductionVariants[0].InitialInstanceCount` → `ProductionVariants.0.InitialInstanceCount`; `Tags[].Key` → `Tags.Key`. */
export function dotPath(field: string): string {
  return field
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/\[\]/g, "")
    .replace(/^\./, "");
}

/**
 * The line a finding points at: the property that decided it, or the closest enclosing property the template sets,
 * or the resource itself when the template omits the property altogether (an AWS default decided).
 *
 * A control names its deciding fields in `observed`; when it names several, the ones its reason mentions come
 * first (`NetworkConfig.EnableInterContainerTrafficEncryption is not true: ...`), then the array elements the
 * reason names by one of their values (`production variant AllTraffic starts with 1 instance`), then, for a
 * failure, the fields it found missing (`OnlineStoreConfig.SecurityConfig.KmsKeyId: null`).
 */
export function locateFinding(finding: Finding, resource: AnyResource): IacLocation {
  const origin = resource.origin;
  const file = "file" in origin && origin.file ? origin.file : resource.arn;
  const address = "address" in origin ? origin.address : resource.name;
  const resourceLine = "line" in origin ? origin.line : undefined;
  const lines = resource.lines ?? {};

  const fields = Object.keys(finding.observed);
  const mentioned = fields.filter((f) => finding.reason.includes(f));
  const named = fields.filter((f) => elementNamedIn(resource.properties, dotPath(f), finding.reason));
  const missing = fields.filter((f) => finding.status === "FAILED" && finding.observed[f] == null);
  const candidates = [mentioned, named, missing].find((list) => list.length > 0) ?? fields;

  let best: { line: number; property: string; depth: number; exact: boolean } | undefined;
  for (const field of candidates) {
    const path = dotPath(field);
    const segments = path.split(".");
    for (let depth = segments.length; depth > 0; depth--) {
      const prefix = segments.slice(0, depth).join(".");
      const line = lines[prefix];
      if (line === undefined) continue;
      const exact = depth === segments.length;
      if (!best || (exact && !best.exact) || (exact === best.exact && depth > best.depth)) {
        best = { line, property: prefix, depth, exact };
      }
      break;
    }
  }
  return best
    ? { file, address, line: best.line, property: best.property }
    : { file, address, ...(resourceLine !== undefined && { line: resourceLine }) };
}

/** Whether the array element on `path` (e.g. `ProductionVariants.1....`) has a string field the reason quotes. */
function elementNamedIn(properties: unknown, path: string, reason: string): boolean {
  const segments = path.split(".");
  let node: unknown = properties;
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const element = node[Number(segment)];
      if (isPlainObject(element)) {
        const quoted = Object.values(element).some((v) => typeof v === "string" && v.length > 2 && reason.includes(v));
        if (quoted) return true;
      }
      node = element;
    } else node = isPlainObject(node) ? node[segment] : undefined;
  }
  return false;
}
