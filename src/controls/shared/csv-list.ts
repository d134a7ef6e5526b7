/**
 * Splits a comma-separated parameter value the way AWS Config's CSV and StringList parameters read it: items are
 * trimmed, empty items dropped, duplicates kept once.
 */
export function parseCsvList(raw: string): string[] {
  const items = raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return [...new Set(items)];
}
