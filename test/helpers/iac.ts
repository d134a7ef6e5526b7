import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { CONTROLS } from "../../src/controls/catalog.js";
import type { Status } from "../../src/controls/control.js";
import type { IacFinding } from "../../src/iac/model.js";
import { type IacReport, type IacScanOptions, scanIac } from "../../src/iac/scan.js";

export const IAC_FIXTURES = "test/fixtures/iac";

/** Scans fixture paths with every control, paths relative to the repository root (vitest's working directory). */
export function scanFixtures(paths: string[], options: Partial<IacScanOptions> = {}): Promise<IacReport> {
  return scanIac(
    paths.map((p) => `${IAC_FIXTURES}/${p}`),
    { controls: CONTROLS, ...options },
  );
}

export function findingOf(report: IacReport, address: string, controlId: string): IacFinding {
  const found = report.findings.filter((f) => f.location.address === address && f.controlId === controlId);
  expect(found, `${controlId} on ${address}`).toHaveLength(1);
  return found[0] as IacFinding;
}

/** One row of an IaC verdict table: the resource, the control, the verdict, and where it must point. */
export interface Expected {
  address: string;
  control: string;
  status: Status;
  /** The line the finding must name (the offending property, or the resource when the property is omitted). */
  line?: number;
  /** Text the reason must contain, e.g. the unresolved expression. */
  reason?: string;
}

export function expectVerdicts(report: IacReport, expected: readonly Expected[]): void {
  for (const row of expected) {
    const finding = findingOf(report, row.address, row.control);
    const label = `${row.control} on ${row.address}: ${finding.reason}`;
    expect(finding.status, label).toBe(row.status);
    if (row.line !== undefined) expect(finding.location.line, label).toBe(row.line);
    if (row.reason !== undefined) expect(finding.reason, label).toContain(row.reason);
  }
}

/** The 1-based line of the first line of a fixture containing `text`, at or after line `after`. */
export function lineOf(file: string, text: string, after = 1): number {
  const lines = readFileSync(`${IAC_FIXTURES}/${file}`, "utf8").split("\n");
  const index = lines.findIndex((line, i) => i + 1 >= after && line.includes(text));
  if (index < 0) throw new Error(`${text} not in ${file}`);
  return index + 1;
}
