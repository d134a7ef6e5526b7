import type { AnyResource, GapCollection, Resource } from "../model/resource.js";
import type { ResourceType } from "../model/resource-types.js";

/** `SUPPRESSED`: a FAILED finding a reviewed, unexpired exception covers (src/exceptions); never a control's verdict. */
export type Status = "PASSED" | "FAILED" | "NOT_APPLICABLE" | "NOT_ASSESSED" | "SUPPRESSED";
/** ASFF severity labels. */
export type Severity = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
export const SEVERITIES: readonly Severity[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

/**
 * How a failing resource is fixed:
 * - `in-place`: an Update* call on the existing resource (possibly stop → update → start);
 * - `recreate`: the setting is fixed at creation; build a replacement and move data/users to it;
 * - `new-version-and-cutover`: create a new immutable version and shift live traffic to it (blue/green);
 * - `re-point`: create a new definition and point the referencing resource (a schedule) at it;
 * - `tag`: add tags.
 */
export type RemediationKind = "in-place" | "recreate" | "new-version-and-cutover" | "re-point" | "tag";

export interface Remediation {
  kind: RemediationKind;
  /** One line, shown in tables. */
  summary: string;
  /** The exact steps, in order, with the AWS API calls involved. */
  steps: string[];
}

export interface ParameterSpec<V> {
  description: string;
  default: V;
  /** Security Hub fixes some parameters; mlharden still lets a user override them, and says so. */
  securityHubValue?: V;
  parse(raw: string): V;
}

/** What an evaluation decided, with the observed values that decided it. */
export interface Verdict {
  status: Exclude<Status, "NOT_ASSESSED" | "SUPPRESSED">;
  reason: string;
  observed: Record<string, unknown>;
}

export interface EvaluationContext<P> {
  params: P;
  /** Account ids the inventory covers (an ECR registry in one of them is under your control). */
  accountIds: readonly string[];
  /** Another resource of the estate in the same account and region, by type and name. */
  find<T extends ResourceType>(type: T, name: string): Resource<T> | undefined;
}

export interface ControlMeta {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  resourceType: ResourceType;
  /** Who defines the control: AWS Security Hub (SageMaker.N) or mlharden (MLH.N), for checks Security Hub lacks. */
  source: "securityhub" | "mlharden";
  /** The AWS Config managed rule behind the control, when there is one. */
  configRule?: string;
  schedule?: "periodic" | "change-triggered";
  category: string;
  /** Related requirements as AWS lists them, e.g. `NIST.800-53.r5 AC-21`, `PCI DSS v4.0.1/1.4.4`. */
  requirements: string[];
  /** Collections besides the resource's own that the control needs (e.g. `tags`): a gap there → NOT_ASSESSED. */
  needs?: GapCollection[];
  remediation: Remediation;
  /** Decisions mlharden made where AWS's wording is ambiguous; printed by `explain` and in the control's README. */
  decisions?: string[];
}

export interface Control<T extends ResourceType = ResourceType, P = Record<string, unknown>> extends ControlMeta {
  resourceType: T;
  parameters: { [K in keyof P]: ParameterSpec<P[K]> };
  evaluate(resource: Resource<T>, context: EvaluationContext<P>): Verdict;
}

/** A control of any resource type, as the catalog holds them. */
export type AnyControl = Control<ResourceType, Record<string, unknown>>;

/** Typed factory: ties `evaluate`'s resource type to `resourceType`. */
export function defineControl<T extends ResourceType, P = Record<string, never>>(control: Control<T, P>): AnyControl {
  return control as unknown as AnyControl;
}

export function passed(reason: string, observed: Record<string, unknown>): Verdict {
  return { status: "PASSED", reason, observed };
}
export function failed(reason: string, observed: Record<string, unknown>): Verdict {
  return { status: "FAILED", reason, observed };
}
export function notApplicable(reason: string, observed: Record<string, unknown> = {}): Verdict {
  return { status: "NOT_APPLICABLE", reason, observed };
}

export type { AnyResource };
