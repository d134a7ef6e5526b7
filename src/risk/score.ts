import type { Severity } from "../controls/control.js";
import { SEVERITY_WEIGHT } from "../evaluate/finding.js";

/** The facts a score is made of, gathered by triage.ts; nothing here reads AWS shapes. */
export interface RiskFacts {
  /** Severities of the resource's FAILED findings. */
  failures: Severity[];
  /** `direct` = reachable internet path of its own (DirectInternetAccess, no VPC); `nat` = egress through NAT. */
  internet: "direct" | "nat" | "none" | "unknown";
  noVpc: boolean;
  root: boolean;
  imdsV1: boolean;
  /** Distinct buckets its execution roles can read (allowed), and those readable only under a condition. */
  readable: number;
  conditionalReadable: number;
  writable: number;
  /** Readable buckets judged sensitive, by label: a tag value (`restricted`) or `named` for a name pattern. */
  sensitive: Record<string, number>;
  /** iam:PassRole, sts:AssumeRole on another role, secretsmanager:GetSecretValue. */
  escalation: string[];
  /** The execution role is not in the snapshot: data reach unknown. */
  roleUnknown: boolean;
  prod: boolean;
}

export interface RiskWeights {
  severity: Record<Severity, number>;
  /** Failures add at most this much: exposure and data decide the order, failures break ties. */
  failureCap: number;
  internet: number;
  /** Share of `internet` that NAT egress (outbound only) counts for. */
  natShare: number;
  noVpc: number;
  root: number;
  imdsV1: number;
  readableBucket: number;
  readableCap: number;
  sensitiveBucket: number;
  sensitiveCap: number;
  writableBucket: number;
  writableCap: number;
  /** A conditional read counts as this share of a read. */
  conditionalShare: number;
  escalation: number;
  /** Data reach is worth more the more exposed the resource is: data × (1 + exposure × amplifier). */
  exposureAmplifier: number;
  prodMultiplier: number;
}

export const DEFAULT_WEIGHTS: RiskWeights = {
  severity: { LOW: 1, MEDIUM: 2, HIGH: 4, CRITICAL: 6 },
  failureCap: 20,
  internet: 30,
  natShare: 1 / 3,
  noVpc: 10,
  root: 15,
  imdsV1: 10,
  readableBucket: 2,
  readableCap: 20,
  sensitiveBucket: 8,
  sensitiveCap: 40,
  writableBucket: 1,
  writableCap: 10,
  conditionalShare: 0.5,
  escalation: 5,
  exposureAmplifier: 0.02,
  prodMultiplier: 1.25,
};

export interface Risk {
  score: number;
  /** One line: `internet + no VPC + root + IMDSv1 + role reads 14 buckets, 3 tagged restricted`. */
  explanation: string;
}

/** A score from exposure, data reach, failures and environment. Pure; the weights are configurable. */
export function scoreRisk(facts: RiskFacts, weights: RiskWeights = DEFAULT_WEIGHTS): Risk {
  const parts: string[] = [];
  let exposure = 0;
  if (facts.internet === "direct") {
    exposure += weights.internet;
    parts.push("internet");
  } else if (facts.internet === "nat") {
    exposure += weights.internet * weights.natShare;
    parts.push("internet via NAT");
  }
  if (facts.noVpc) {
    exposure += weights.noVpc;
    parts.push("no VPC");
  }
  if (facts.root) {
    exposure += weights.root;
    parts.push("root");
  }
  if (facts.imdsV1) {
    exposure += weights.imdsV1;
    parts.push("IMDSv1");
  }

  const sensitiveCount = Object.values(facts.sensitive).reduce((a, b) => a + b, 0);
  let data =
    Math.min(
      weights.readableCap,
      (facts.readable + facts.conditionalReadable * weights.conditionalShare) * weights.readableBucket,
    ) +
    Math.min(weights.sensitiveCap, sensitiveCount * weights.sensitiveBucket) +
    Math.min(weights.writableCap, facts.writable * weights.writableBucket) +
    facts.escalation.length * weights.escalation;
  data *= 1 + exposure * weights.exposureAmplifier;
  const dataText = describeData(facts, sensitiveCount);
  if (dataText) parts.push(dataText);
  if (facts.escalation.length) parts.push(`role can ${facts.escalation.join(", ")}`);

  const failureScore = Math.min(
    weights.failureCap,
    facts.failures.reduce((sum, s) => sum + weights.severity[s], 0),
  );
  if (facts.failures.length) parts.push(describeFailures(facts.failures));

  let score = exposure + data + failureScore;
  if (facts.prod) {
    score *= weights.prodMultiplier;
    parts.push("prod");
  }
  return { score: Math.round(score), explanation: parts.length ? parts.join(" + ") : "no exposure, no data reach" };
}

function describeData(facts: RiskFacts, sensitiveCount: number): string | undefined {
  if (facts.roleUnknown) return "role not in snapshot (data reach unknown)";
  if (facts.readable === 0 && facts.conditionalReadable === 0 && facts.writable === 0) return undefined;
  const pieces: string[] = [];
  if (facts.readable || facts.conditionalReadable) {
    let text = `role reads ${plural(facts.readable, "bucket")}`;
    if (facts.conditionalReadable) text += ` (+${facts.conditionalReadable} conditionally)`;
    pieces.push(text);
  }
  if (sensitiveCount) {
    const { named = 0, ...tagged } = facts.sensitive;
    const labels = Object.keys(tagged).sort();
    const taggedCount = sensitiveCount - named;
    if (taggedCount) pieces.push(`${taggedCount} tagged ${labels.join("/")}`);
    if (named) pieces.push(`${named} named sensitive`);
  }
  if (facts.writable) pieces.push(`writes ${facts.writable}`);
  return pieces.join(", ");
}

function describeFailures(failures: readonly Severity[]): string {
  const worst = failures.reduce((a, b) => (SEVERITY_WEIGHT[b] > SEVERITY_WEIGHT[a] ? b : a));
  return `${plural(failures.length, "failed control")} (worst ${worst.toLowerCase()})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
