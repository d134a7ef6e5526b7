import Table from "cli-table3";
import pc from "picocolors";

export type Colors = ReturnType<typeof pc.createColors>;

import type { Severity, Status } from "../controls/control.js";
import type { Finding } from "../evaluate/finding.js";
import { groupByResource, type ResourceGroup } from "../evaluate/rank.js";
import type { Summary } from "../evaluate/summary.js";
import type { AppliedException } from "../exceptions/types.js";
import { FIX_LABEL, typeLabel } from "./labels.js";

export interface TableOptions {
  /** Also list NOT_APPLICABLE findings row by row (PASSED ones are always summarised per resource). */
  all?: boolean;
  color?: boolean;
}

/**
 * The scan report: one block per resource, worst first; each failure with its severity and whether the fix is
 * in place or a rebuild; the controls the resource passes on one line; a summary at the end.
 */
export function renderTable(findings: readonly Finding[], summary: Summary, options: TableOptions = {}): string {
  const paint = pc.createColors(Boolean(options.color));
  const table = new Table({
    head: ["Resource", "Status", "Control", "Severity", "Fix", "Why"],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [34, 14, 14, 10, 18, 60],
  });
  const groups = groupByResource(findings);
  for (const group of groups) addGroup(table, group, options, paint);

  const lines = groups.length ? [table.toString()] : ["No SageMaker resources found."];
  lines.push(summaryLine(summary, paint));
  return `${lines.join("\n")}\n`;
}

function addGroup(table: Table.Table, group: ResourceGroup, options: TableOptions, paint: Colors): void {
  const shown = group.findings.filter(
    (f) =>
      f.status === "FAILED" ||
      f.status === "NOT_ASSESSED" ||
      f.status === "SUPPRESSED" ||
      (options.all && f.status === "NOT_APPLICABLE"),
  );
  const passedIds = group.findings.filter((f) => f.status === "PASSED").map((f) => f.controlId);
  const rows: Table.HorizontalTableRow[] = shown.map((f) => [
    statusText(f.status, paint),
    f.controlId,
    severityText(f.severity, paint),
    f.status === "FAILED" ? FIX_LABEL[f.remediation.kind] : "",
    f.exception ? `${f.reason}\n${exceptionText(f.exception)}` : f.reason,
  ]);
  if (passedIds.length) rows.push([paint.green("PASSED"), { colSpan: 4, content: passedIds.join(", ") }]);
  if (!rows.length) return;
  const resourceCell = {
    rowSpan: rows.length,
    content: `${group.resourceName}\n${typeLabel(group.resourceType)}\n${group.accountId} ${group.region}`,
  };
  const [first, ...rest] = rows;
  const risk = riskLine(group);
  if (risk) table.push([{ colSpan: 6, content: risk }]);
  table.push([resourceCell, ...(first as Table.Cell[])], ...rest);
}

/** `risk 212: internet + no VPC + root + … · preflight: private subnet without NAT/endpoints: pip install will fail` */
function riskLine(group: ResourceGroup): string | undefined {
  if (!group.risk) return undefined;
  const preflight = group.findings.find((f) => f.reach?.preflight)?.reach?.preflight ?? [];
  const line = `risk ${group.risk.score}: ${group.risk.explanation}`;
  return preflight.length ? `${line} · preflight: ${preflight.join("; ")}` : line;
}

function exceptionText(exception: AppliedException): string {
  const ticket = exception.ticket ? `, ${exception.ticket}` : "";
  return `exception: ${exception.reason} (${exception.owner}, until ${exception.expires}${ticket})`;
}

/** A Status cell, coloured by how much it asks of the reader (also the IaC report's). */
export function statusText(status: Status, paint: Colors): string {
  if (status === "FAILED") return paint.red(status);
  if (status === "NOT_ASSESSED") return paint.yellow(status);
  if (status === "SUPPRESSED") return paint.cyan(status);
  return paint.dim(status);
}

export function severityText(severity: Severity, paint: Colors): string {
  return severity === "CRITICAL" || severity === "HIGH" ? paint.bold(severity) : severity;
}

/**
 * `3 failed (1 high, 2 low), 40 passed, 5 not applicable, 0 not assessed`: the counts both the scan and the IaC
 * summary line give, each followed by what only it reports.
 */
export function statusCounts({ byStatus, failedBySeverity }: Summary, paint: Colors): string {
  const bySeverity = (["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const)
    .filter((s) => failedBySeverity[s] > 0)
    .map((s) => `${failedBySeverity[s]} ${s.toLowerCase()}`)
    .join(", ");
  return (
    `${paint.red(`${byStatus.FAILED} failed`)}${bySeverity ? ` (${bySeverity})` : ""}, ` +
    `${byStatus.PASSED} passed, ${byStatus.NOT_APPLICABLE} not applicable, ${byStatus.NOT_ASSESSED} not assessed`
  );
}

function summaryLine(summary: Summary, paint: Colors): string {
  return [
    `${summary.resources} resources, ${summary.controls} controls, ${summary.findings} findings:`,
    `${statusCounts(summary, paint)}.`,
    `${summary.failing} failing at or above ${summary.failOn.toLowerCase()}.`,
    ...exceptionsSummary(summary),
  ].join(" ");
}

function exceptionsSummary({ byStatus, exceptions }: Summary): string[] {
  if (!exceptions) return [];
  const active = exceptions.active.length;
  const parts = [`${byStatus.SUPPRESSED} suppressed by ${active} exception${active === 1 ? "" : "s"}`];
  if (exceptions.expired.length) parts.push(`${exceptions.expired.length} expired`);
  if (exceptions.stale.length) parts.push(`${exceptions.stale.length} stale`);
  return [`${parts.join(", ")} (${exceptions.file}).`];
}
