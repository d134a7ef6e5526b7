import Table from "cli-table3";
import pc from "picocolors";
import { controlOrder, STATUS_ORDER } from "../evaluate/rank.js";
import { FIX_LABEL, typeLabel } from "../report/labels.js";
import { type Colors, severityText, statusCounts, statusText } from "../report/table.js";
import type { IacFileError, IacFinding } from "./model.js";
import type { IacReport, IacSummary } from "./scan.js";

export interface IacTableOptions {
  /** Also list NOT_APPLICABLE findings row by row (PASSED ones are always summarised per resource). */
  all?: boolean;
  color?: boolean;
}

const RESOURCE_WIDTH = 34;

/**
 * The IaC report, like `scan`'s table but in source order: one block per resource (file, then line), each failure
 * with the line to change, its severity and what the change costs once deployed (in place or a rebuild).
 */
export function renderIacTable(report: IacReport, options: IacTableOptions = {}): string {
  const paint = pc.createColors(Boolean(options.color));
  const table = new Table({
    head: ["Resource", "Status", "Control", "Severity", "Line", "Fix", "Why"],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [RESOURCE_WIDTH + 2, 14, 14, 10, 7, 18, 52],
  });
  let rows = 0;
  for (const findings of groupByResource(report.findings)) rows += addResource(table, findings, options, paint);
  const lines = rows ? [table.toString()] : ["No SageMaker resources found."];
  lines.push(summaryLine(report.summary, paint));
  return `${lines.join("\n")}\n`;
}

function groupByResource(findings: readonly IacFinding[]): IacFinding[][] {
  const groups = new Map<string, IacFinding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.resourceArn);
    if (list) list.push(finding);
    else groups.set(finding.resourceArn, [finding]);
  }
  return [...groups.values()];
}

function addResource(table: Table.Table, findings: IacFinding[], options: IacTableOptions, paint: Colors): number {
  const [first] = findings;
  if (!first) return 0;
  const shown = findings
    .filter((f) => f.status !== "PASSED" && (options.all || f.status !== "NOT_APPLICABLE"))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || controlOrder(a.controlId) - controlOrder(b.controlId),
    );
  const passed = findings
    .filter((f) => f.status === "PASSED")
    .map((f) => f.controlId)
    .sort((a, b) => controlOrder(a) - controlOrder(b));
  const rows: Table.HorizontalTableRow[] = shown.map((f) => [
    statusText(f.status, paint),
    f.controlId,
    severityText(f.severity, paint),
    f.location.line === undefined ? "" : String(f.location.line),
    f.status === "FAILED" ? FIX_LABEL[f.remediation.kind] : "",
    f.suppression ? `${f.reason} — suppressed: ${f.suppression.reason} (${f.suppression.source})` : f.reason,
  ]);
  if (passed.length) rows.push([paint.green("PASSED"), { colSpan: 5, content: passed.join(", ") }]);
  const origin = first.origin && "line" in first.origin && first.origin.line ? `:${first.origin.line}` : "";
  const resourceCell = {
    rowSpan: rows.length,
    content: [first.location.address, typeLabel(first.resourceType), `${first.location.file}${origin}`]
      .map((text) => fold(text, RESOURCE_WIDTH))
      .join("\n"),
  };
  const [head, ...rest] = rows;
  if (!head) return 0;
  table.push([resourceCell, ...(head as Table.Cell[])], ...rest);
  return rows.length;
}

/**
 * Breaks a long path or address after its separators so the table wraps it instead of cutting it off
 * (cli-table3 wraps on spaces only).
 */
function fold(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const piece of text.split(/(?<=[/._-])/)) {
    if (line && line.length + piece.length > width) {
      lines.push(line);
      line = "";
    }
    line += piece;
  }
  lines.push(line);
  return lines.join("\n");
}

function summaryLine(summary: IacSummary, paint: Colors): string {
  return [
    `${summary.files} files, ${summary.resources} resources, ${summary.findings} findings:`,
    `${statusCounts(summary, paint)},`,
    `${summary.byStatus.SUPPRESSED} suppressed.`,
    `${summary.failing} failing at or above ${summary.failOn.toLowerCase()}.`,
    summary.errors ? paint.red(`${summary.errors} input errors (on stderr).`) : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** `{ findings, summary, errors }`, findings in source order. */
export function renderIacJson(report: IacReport): string {
  const { findings, summary, errors } = report;
  return `${JSON.stringify({ findings, summary, errors }, null, 2)}\n`;
}

/** One line per unreadable file, `file:line:column: message`, for stderr. */
export function errorLine(error: IacFileError): string {
  const position = [error.line, error.column].filter((n) => n !== undefined).join(":");
  return `${error.file}${position ? `:${position}` : ""}: ${error.message}`;
}
