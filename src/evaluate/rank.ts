import type { Severity, Status } from "../controls/control.js";
import { type Finding, SEVERITY_WEIGHT } from "./finding.js";

/** All findings about one resource, with the score that orders resources worst first. */
export interface ResourceGroup {
  resourceArn: string;
  resourceName: string;
  resourceType: Finding["resourceType"];
  accountId: string;
  region: string;
  findings: Finding[];
  /** Highest severity among FAILED findings, if any. */
  worst?: Severity;
  score: number;
}

const STATUS_ORDER: Record<Status, number> = { FAILED: 0, NOT_ASSESSED: 1, NOT_APPLICABLE: 2, PASSED: 3 };

/**
 * Groups findings by resource, worst first: by the highest failing severity, then by the sum of failing
 * severities (each HIGH outweighs any number of MEDIUMs below it only through the first key), then by name.
 */
export function groupByResource(findings: readonly Finding[]): ResourceGroup[] {
  const groups = new Map<string, ResourceGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.resourceArn);
    if (!group) {
      group = {
        resourceArn: finding.resourceArn,
        resourceName: finding.resourceName,
        resourceType: finding.resourceType,
        accountId: finding.accountId,
        region: finding.region,
        findings: [],
        score: 0,
      };
      groups.set(finding.resourceArn, group);
    }
    group.findings.push(finding);
    if (finding.status === "FAILED") {
      group.score += SEVERITY_WEIGHT[finding.severity];
      if (!group.worst || SEVERITY_WEIGHT[finding.severity] > SEVERITY_WEIGHT[group.worst]) {
        group.worst = finding.severity;
      }
    }
  }
  for (const group of groups.values()) group.findings.sort(compareFindings);
  return [...groups.values()].sort(
    (a, b) =>
      (b.worst ? SEVERITY_WEIGHT[b.worst] : 0) - (a.worst ? SEVERITY_WEIGHT[a.worst] : 0) ||
      b.score - a.score ||
      a.resourceName.localeCompare(b.resourceName) ||
      a.resourceArn.localeCompare(b.resourceArn),
  );
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity] ||
    controlOrder(a.controlId) - controlOrder(b.controlId)
  );
}

/** SageMaker.2 before SageMaker.10, Security Hub controls before MLH ones. */
export function controlOrder(id: string): number {
  const [prefix, number] = id.split(".");
  return (prefix === "SageMaker" ? 0 : 1000) + Number(number ?? 0);
}
