import type { Finding } from "../evaluate/finding.js";
import { groupByResource } from "../evaluate/rank.js";
import type { Summary } from "../evaluate/summary.js";

/** `{ findings, summary }`, findings ordered like the table: worst resource first. */
export function renderJson(findings: readonly Finding[], summary: Summary): string {
  const ordered = groupByResource(findings).flatMap((g) => g.findings);
  return `${JSON.stringify({ findings: ordered, summary }, null, 2)}\n`;
}
