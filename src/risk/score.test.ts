import { describe, expect, it } from "vitest";
import { bucketSensitivity, DEFAULT_RISK_CONFIG, isProd } from "./config.js";
import { DEFAULT_WEIGHTS, type RiskFacts, scoreRisk } from "./score.js";

const quiet: RiskFacts = {
  failures: [],
  internet: "none",
  noVpc: false,
  root: false,
  imdsV1: false,
  readable: 0,
  conditionalReadable: 0,
  writable: 0,
  sensitive: {},
  escalation: [],
  roleUnknown: false,
  prod: false,
};

/** The lesson's worst case: internet Enabled, no subnet, root Enabled, IMDSv1, a role that reads the data lake. */
const exposedReader: RiskFacts = {
  ...quiet,
  failures: ["HIGH", "HIGH", "HIGH", "HIGH", "MEDIUM"],
  internet: "direct",
  noVpc: true,
  root: true,
  imdsV1: true,
  readable: 14,
  writable: 7,
  sensitive: { restricted: 3 },
};
/** Same exposure, but its role reads nothing: a sandbox. */
const exposedSandbox: RiskFacts = { ...exposedReader, readable: 0, writable: 0, sensitive: {} };
/** Private, hardened, prod, reading restricted data. */
const privateProd: RiskFacts = { ...quiet, readable: 3, writable: 2, sensitive: { restricted: 3 }, prod: true };

describe("risk score", () => {
  it("explains itself in one line", () => {
    expect(scoreRisk(exposedReader).explanation).toBe(
      "internet + no VPC + root + IMDSv1 + role reads 14 buckets, 3 tagged restricted, writes 7 + 5 failed controls (worst high)",
    );
    expect(scoreRisk(quiet)).toEqual({ score: 0, explanation: "no exposure, no data reach" });
    expect(scoreRisk({ ...quiet, internet: "nat", sensitive: { named: 1, pii: 2 }, readable: 3 }).explanation).toBe(
      "internet via NAT + role reads 3 buckets, 2 tagged pii, 1 named sensitive",
    );
    expect(scoreRisk({ ...quiet, roleUnknown: true, escalation: ["pass roles"] }).explanation).toBe(
      "role not in snapshot (data reach unknown) + role can pass roles",
    );
  });

  it("ranks the lesson's worst case first: exposure that reaches data beats either alone", () => {
    const ranked = [privateProd, exposedSandbox, quiet, exposedReader]
      .map((facts) => ({ facts, score: scoreRisk(facts).score }))
      .sort((a, b) => b.score - a.score)
      .map((r) => r.facts);
    expect(ranked).toEqual([exposedReader, exposedSandbox, privateProd, quiet]);
  });

  it("data reach counts more the more exposed the resource is", () => {
    const dataGain = (facts: RiskFacts) => scoreRisk({ ...facts, readable: 5 }).score - scoreRisk(facts).score;
    expect(dataGain(exposedSandbox)).toBeGreaterThan(dataGain(quiet));
  });

  it("sensitive buckets weigh more than ordinary ones; conditional reads count half", () => {
    expect(scoreRisk({ ...quiet, readable: 2, sensitive: { restricted: 2 } }).score).toBeGreaterThan(
      scoreRisk({ ...quiet, readable: 4 }).score,
    );
    expect(scoreRisk({ ...quiet, conditionalReadable: 4 }).score).toBe(scoreRisk({ ...quiet, readable: 2 }).score);
  });

  it("failures break ties but are capped, so they cannot outweigh exposure", () => {
    const manyFailures = { ...quiet, failures: Array(40).fill("CRITICAL") } as RiskFacts;
    expect(scoreRisk(manyFailures).score).toBe(DEFAULT_WEIGHTS.failureCap);
    expect(scoreRisk(manyFailures).score).toBeLessThan(scoreRisk(exposedSandbox).score);
  });

  it("a prod tag multiplies the score", () => {
    const dev = { ...privateProd, prod: false };
    expect(scoreRisk(privateProd).score).toBe(Math.round(scoreRisk(dev).score * DEFAULT_WEIGHTS.prodMultiplier));
    expect(scoreRisk(privateProd).explanation.endsWith(" + prod")).toBe(true);
  });

  it("weights are configurable", () => {
    const dataFirst = {
      ...DEFAULT_WEIGHTS,
      internet: 0,
      noVpc: 0,
      root: 0,
      imdsV1: 0,
      sensitiveBucket: 50,
      sensitiveCap: 500,
    };
    expect(scoreRisk(privateProd, dataFirst).score).toBeGreaterThan(scoreRisk(exposedSandbox, dataFirst).score);
  });
});

describe("bucket sensitivity and environment", () => {
  const config = DEFAULT_RISK_CONFIG;
  it("reads the classification tag, case-insensitively", () => {
    expect(bucketSensitivity("lake", { "Data-Classification": "Restricted" }, config.sensitivity)).toBe("restricted");
    expect(bucketSensitivity("lake", { classification: "pii" }, config.sensitivity)).toBe("pii");
  });

  it("falls back to name patterns only when no classification tag exists", () => {
    expect(bucketSensitivity("acme-customer-exports", {}, config.sensitivity)).toBe("named");
    expect(bucketSensitivity("acme-customer-exports", { "data-classification": "internal" }, config.sensitivity)).toBe(
      undefined,
    );
    expect(bucketSensitivity("acme-model-artifacts", {}, config.sensitivity)).toBeUndefined();
  });

  it("uses the configured tags and values instead of the defaults", () => {
    const custom = { tags: { tier: ["gold"] }, namePatterns: [] };
    expect(bucketSensitivity("x", { tier: "gold" }, custom)).toBe("gold");
    expect(bucketSensitivity("x", { "data-classification": "restricted" }, custom)).toBeUndefined();
  });

  it("recognises prod by environment tags", () => {
    expect(isProd({ environment: "Production" }, config.environment)).toBe(true);
    expect(isProd({ env: "dev" }, config.environment)).toBe(false);
    expect(isProd(undefined, config.environment)).toBe(false);
  });
});
