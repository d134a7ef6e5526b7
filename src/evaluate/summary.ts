import type { Severity, Status } from "../controls/control.js";
import type { ExceptionsReport } from "../exceptions/types.js";
import { atOrAbove, type Finding } from "./finding.js";

export interface Summary {
  resources: number;
  controls: number;
  findings: number;
  byStatus: Record<Status, number>;
  failedBySeverity: Record<Severity, number>;
  failOn: Severity;
  /** FAILED findings at or above `failOn`: what makes the exit code 1. */
  failing: number;
  /** Set when an exceptions file was applied: what it suppressed, which entries expired or match nothing. */
  exceptions?: ExceptionsReport;
}

export function summarize(findings: readonly Finding[], failOn: Severity): Summary {
  const byStatus: Record<Status, number> = { PASSED: 0, FAILED: 0, NOT_APPLICABLE: 0, NOT_ASSESSED: 0, SUPPRESSED: 0 };
  const failedBySeverity: Record<Severity, number> = { LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
  const resources = new Set<string>();
  const controls = new Set<string>();
  let failing = 0;
  for (const finding of findings) {
    byStatus[finding.status] += 1;
    if (finding.resourceName !== "*") resources.add(finding.resourceArn);
    controls.add(finding.controlId);
    if (finding.status === "FAILED") {
      failedBySeverity[finding.severity] += 1;
      if (atOrAbove(finding.severity, failOn)) failing += 1;
    }
  }
  return {
    resources: resources.size,
    controls: controls.size,
    findings: findings.length,
    byStatus,
    failedBySeverity,
    failOn,
    failing,
  };
}
