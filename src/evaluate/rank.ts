import type { Severity, Status } from "../controls/control.js";
import type { Risk } from "../risk/score.js";
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
  /** The resource's risk, when triage attached one to its findings: it orders groups before anything else. */
  risk?: Risk;
}

/** The order a resource's findings are listed in: what needs action first. */
export const STATUS_ORDER: Record<Status, number> = {
  FAILED: 0,
  NOT_ASSESSED: 1,
  SUPPRESSED: 2,
  NOT_APPLICABLE: 3,
  PASSED: 4,
};

/**
 * Groups findings by resource, worst first: by risk score when triage attached one, then by the highest failing
 * severity, then by the sum of failing severities (each HIGH outweighs any number of MEDIUMs below it only through
 * the second key), then by name.
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
        risk: finding.risk,
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
      (b.risk?.score ?? -1) - (a.risk?.score ?? -1) ||
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
