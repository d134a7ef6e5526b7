import { describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";

const LESSON = "examples/estates/lesson.json";

describe("the bundled examples, as the README uses them", () => {
  it("scan puts the two exposed lesson notebooks on top and fraud-model-prod passing, exit 1", async () => {
    const { code, stdout, stderr } = await cli("scan", "--snapshot", LESSON);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    // The first two resource blocks of the table, i.e. everything before the third risk line.
    const riskLines = [...stdout.matchAll(/│ risk \d+:/g)].map((m) => m.index);
    const firstTwo = stdout.slice(0, riskLines[2]);
    for (const notebook of ["ml-feature-exploration", "shared-training-box"]) {
      expect(firstTwo).toContain(notebook);
    }
    for (const id of ["SageMaker.1", "SageMaker.2", "SageMaker.3"]) {
      expect(firstTwo.match(new RegExp(`FAILED\\s+│ ${id.replace(".", "\\.")}\\s`, "g"))).toHaveLength(2);
    }

    const json = JSON.parse((await cli("scan", "--snapshot", LESSON, "--format", "json")).stdout);
    const verdicts = (name: string) =>
      Object.fromEntries(
        json.findings
          .filter((f: { resourceName: string; controlId: string }) => f.resourceName === name)
          .filter((f: { controlId: string }) => ["SageMaker.1", "SageMaker.2", "SageMaker.3"].includes(f.controlId))
          .map((f: { controlId: string; status: string }) => [f.controlId, f.status]),
      );
    expect(verdicts("fraud-model-prod")).toEqual({
      "SageMaker.1": "PASSED",
      "SageMaker.2": "PASSED",
      "SageMaker.3": "PASSED",
    });
    expect(json.findings[0].resourceName).toBe("ml-feature-exploration");
  });

  it("the example exceptions file applies to the lesson estate with nothing stale or expired", async () => {
    const { stdout, stderr } = await cli(
      "scan",
      "--snapshot",
      LESSON,
      "--exceptions",
      "examples/mlharden.exceptions.yaml",
      "--now",
      "2026-12-01",
      "--format",
      "json",
    );
    expect(stderr).toBe("");
    const { summary, findings } = JSON.parse(stdout);
    expect(summary.exceptions).toMatchObject({ suppressed: 3, expired: [], stale: [] });
    const suppressed = findings.filter((f: { status: string }) => f.status === "SUPPRESSED");
    expect(
      suppressed.map((f: { controlId: string; resourceName: string }) => `${f.controlId} ${f.resourceName}`).sort(),
    ).toEqual([
      "SageMaker.1 sandbox-llm-playground",
      "SageMaker.2 sandbox-llm-playground",
      "SageMaker.4 sentiment-distilbert-config",
    ]);
  });
});
