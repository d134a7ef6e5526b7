import type { RemediationKind, Severity, Status } from "../controls/control.js";
import type { AppliedException } from "../exceptions/types.js";
import type { Origin } from "../model/resource.js";
import type { ResourceType } from "../model/resource-types.js";
import type { Risk } from "../risk/score.js";
import type { ReachSummary } from "../risk/triage.js";

/** One control's verdict on one resource (or on a collection that could not be read). */
export interface Finding {
  controlId: string;
  title: string;
  severity: Severity;
  status: Status;
  /** Why: the observed value and the rule, in one sentence. */
  reason: string;
  resourceArn: string;
  resourceType: ResourceType;
  resourceName: string;
  accountId: string;
  region: string;
  remediation: { kind: RemediationKind; summary: string };
  /** The observed values that decided the verdict, by Describe* field path. */
  observed: Record<string, unknown>;
  origin?: Origin;
  /** Set by triage (src/risk): the resource's risk score and what its execution roles and network reach. */
  risk?: Risk;
  reach?: ReachSummary;
  /** The reviewed exception that turned this FAILED finding into SUPPRESSED (src/exceptions). */
  exception?: AppliedException;
}

export const SEVERITY_WEIGHT: Record<Severity, number> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_WEIGHT[severity] >= SEVERITY_WEIGHT[threshold];
}
