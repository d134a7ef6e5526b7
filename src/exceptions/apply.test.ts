import { describe, expect, it } from "vitest";
import type { Finding } from "../evaluate/finding.js";
import { applyExceptions, parseExceptions } from "./index.js";

const finding = (controlId: string, status: Finding["status"], name = "fraud-xgb-v8"): Finding => ({
  controlId,
  title: "t",
  severity: "MEDIUM",
  status,
  reason: "r",
  resourceArn: `arn:aws:sagemaker:us-east-1:111122223333:model/${name}`,
  resourceType: "AWS::SageMaker::Model",
  resourceName: name,
  accountId: "111122223333",
  region: "us-east-1",
  remediation: { kind: "recreate", summary: "s" },
  observed: {},
});

const file = parseExceptions(
  `exceptions:
  - controls: [SageMaker.5]
    resources: { arn: "arn:aws:sagemaker:*:111122223333:model/fraud-*" }
    reason: Isolation breaks the feature lookup; tracked
    owner: fraud-ml
    expires: 2027-01-31
    ticket: 1423
  - controls: ["*"]
    resources: { tags: { team: fraud } }
    reason: second entry
    owner: fraud-ml
    expires: 2027-01-31
`,
  "template.exceptions.yaml",
);

describe("applyExceptions (shared by scan and the IaC scan)", () => {
  it("suppresses only FAILED findings, first matching entry wins, and never mutates its input", () => {
    const input = [
      finding("SageMaker.5", "FAILED"),
      finding("SageMaker.5", "NOT_ASSESSED"),
      finding("SageMaker.16", "FAILED"),
    ];
    const { findings, report } = applyExceptions(input, file, new Date("2026-12-01T00:00:00Z"), [
      { arn: input[0]?.resourceArn as string, tags: { team: "fraud" } },
    ]);
    expect(findings.map((f) => f.status)).toEqual(["SUPPRESSED", "NOT_ASSESSED", "SUPPRESSED"]);
    expect(findings[0]?.exception).toMatchObject({
      ticket: "1423",
      source: "template.exceptions.yaml:2 (exceptions[0])",
    });
    expect(findings[2]?.exception?.reason).toBe("second entry");
    expect(input[0]?.status).toBe("FAILED");
    expect(report).toMatchObject({ suppressed: 2, stale: [], expired: [] });
  });

  it("without resource tags (an IaC source that has none), tag entries match nothing and are stale", () => {
    const { findings, report } = applyExceptions(
      [finding("SageMaker.16", "FAILED")],
      file,
      new Date("2026-12-01T00:00:00Z"),
    );
    expect(findings[0]?.status).toBe("FAILED");
    expect(report.stale.map((s) => s.index)).toEqual([0, 1]);
  });

  it("a later entry that also covers a suppressed finding is in use, not stale", () => {
    const { report } = applyExceptions([finding("SageMaker.5", "FAILED")], file, new Date("2026-12-01T00:00:00Z"), [
      { arn: "arn:aws:sagemaker:us-east-1:111122223333:model/fraud-xgb-v8", tags: { team: "fraud" } },
    ]);
    expect(report).toMatchObject({ suppressed: 1, stale: [] });
    expect(report.active.map((s) => [s.index, s.matched])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it("entries only about controls that did not run (scan --control) are not judged stale", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const only16 = applyExceptions([finding("SageMaker.16", "PASSED")], file, now, [], ["SageMaker.16"]);
    expect(only16.report.stale.map((s) => s.index)).toEqual([1]);
    const all = applyExceptions([finding("SageMaker.16", "PASSED")], file, now, []);
    expect(all.report.stale.map((s) => s.index)).toEqual([0, 1]);
  });
});
