import { memberTraitsOf, shapeOf } from "./shape.js";
import { formatTimestamp } from "./timestamps.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
};

/** Escapes text for element content or attribute values; line breaks survive XML's newline normalization. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r\n]/g, (char) => ESCAPES[char] ?? char);
}

export function element(name: string, content: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return content === "" ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

/** Text content as the value's own element: `<VpcId>vpc-1</VpcId>`. */
export function textElement(name: string, text: string): string {
  return element(name, escapeXml(text));
}

/**
 * The child elements of a structure value, named and nested the way the SDK's XML deserializer reads them:
 * a member's element is its `xmlName` (EC2: `vpcSet`), list items are the list member's `xmlName` or `member`
 * (EC2: `item`), flattened lists repeat the member element, timestamps are ISO-8601.
 */
export function xmlMembers(structureRef: unknown, value: Record<string, unknown>): string {
  const shape = shapeOf(structureRef);
  if (shape.kind !== "structure") return "";
  let out = "";
  for (const [memberName, ref] of shape.members) {
    const member = value[memberName];
    if (member === undefined || member === null) continue;
    out += xmlValue(String(memberTraitsOf(ref).xmlName ?? memberName), ref, member);
  }
  return out;
}

function xmlValue(name: string, ref: unknown, value: unknown): string {
  const shape = shapeOf(ref);
  switch (shape.kind) {
    case "structure":
      return element(name, isRecord(value) ? xmlMembers(ref, value) : "");
    case "list": {
      const items = Array.isArray(value) ? value : [];
      if (shape.traits.xmlFlattened) return items.map((item) => xmlValue(name, shape.member, item)).join("");
      const itemName = String(shapeOf(shape.member).traits.xmlName ?? "member");
      return element(name, items.map((item) => xmlValue(itemName, shape.member, item)).join(""));
    }
    case "map": {
      const entries = isRecord(value) ? Object.entries(value) : [];
      const xml = entries.map(([key, item]) =>
        element("entry", textElement("key", key) + xmlValue("value", shape.value, item)),
      );
      return element(name, xml.join(""));
    }
    case "timestamp":
      return textElement(name, String(formatTimestamp(value, shape.format === "default" ? "date-time" : shape.format)));
    case "scalar":
      return textElement(name, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
