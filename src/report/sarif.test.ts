import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsModule, { type FormatsPlugin } from "ajv-formats";
import type { Log, Result } from "sarif";
import { describe, expect, it } from "vitest";
import { scanFixtures } from "../../test/helpers/iac.js";
import { CONTROLS } from "../controls/catalog.js";
import { parseExceptions } from "../exceptions/index.js";
import { renderSarif } from "./sarif.js";

/**
 * The official SARIF 2.1.0 schema (oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json). Two quirks of the
 * published file: `region` lists its `anyOf` under `properties`, which the 2020-12 meta-schema rejects (so the
 * schema itself is not meta-validated), and `language` uses the inline flag `(?i)`, which JavaScript regular
 * expressions lack (so it becomes the `i` flag).
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync("test/fixtures/sarif-schema-2.1.0.json", "utf8"));
  const regExp = Object.assign(
    (pattern: string, flags: string) =>
      pattern.includes("(?i)") ? new RegExp(pattern.replace("(?i)", ""), `${flags}i`) : new RegExp(pattern, flags),
    { code: "new RegExp" },
  );
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false, code: { regExp } });
  // ajv-formats is CommonJS: depending on the loader, its default import is the plugin or the module holding it.
  const module = formatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
  const addFormats = module.default ?? module;
  addFormats(ajv);
  return ajv.compile(schema);
}

const EXCEPTIONS = parseExceptions(
  `exceptions:
  - controls: MLH.15
    resources: { arn: "*#aws_sagemaker_model.legacy" }
    reason: AWS Deep Learning Container, vetted by the platform team
    owner: ml-platform@example.com
    expires: 2027-06-30
`,
  "mlharden.exceptions.yaml",
);

describe("SARIF output", async () => {
  const report = await scanFixtures(
    ["cloudformation", "cdk", "terraform", "terraform-plan/plan.json", "malformed/bad-hcl"],
    { exceptions: EXCEPTIONS, now: new Date("2026-11-28T00:00:00Z") },
  );
  const text = renderSarif(report.findings, {
    controls: CONTROLS,
    version: "0.1.0",
    root: "/work/repo",
    errors: report.errors,
  });
  const log = JSON.parse(text) as Log;
  const run = log.runs[0];
  const results = run?.results ?? [];
  const resultFor = (file: string, address: string, ruleId: string): Result => {
    const found = results.filter(
      (r) =>
        r.ruleId === ruleId &&
        r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === file &&
        r.locations?.[0]?.logicalLocations?.[0]?.name === address,
    );
    expect(found, `${ruleId} on ${address}`).toHaveLength(1);
    return found[0] as Result;
  };

  it("validates against the official SARIF 2.1.0 schema", () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("can fail: the validator rejects what the schema forbids", () => {
    const validate = sarifValidator();
    const broken = structuredClone(log) as unknown as { runs: { results: { locations: unknown[] }[] }[] };
    const first = broken.runs[0]?.results[0];
    if (first) first.locations = [{ physicalLocation: { artifactLocation: { uri: "a b" }, region: { startLine: 0 } } }];
    expect(validate(broken)).toBe(false);
  });

  it("describes every control as a rule, with help text and GitHub's security-severity", () => {
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(CONTROLS.map((c) => c.id));
    const one = rules.find((r) => r.id === "SageMaker.1");
    expect(one).toMatchObject({
      name: "AmazonSageMakerNotebookInstancesShouldNotHaveDirectInternetAccess",
      shortDescription: { text: "Amazon SageMaker notebook instances should not have direct internet access" },
      helpUri: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-1",
      defaultConfiguration: { level: "error" },
      properties: { "security-severity": "8.0" },
    });
    expect(one?.help?.markdown).toContain("## Remediation");
    expect(rules.find((r) => r.id === "SageMaker.7")?.properties?.["security-severity"]).toBe("3.0");
  });

  it("reports each failure once, at the line to change, with a level from its severity", () => {
    const failed = report.findings.filter((f) => f.status === "FAILED");
    expect(results.filter((r) => r.kind === "fail" && !r.suppressions)).toHaveLength(failed.length);
    const yaml = resultFor(
      "test/fixtures/iac/cloudformation/ml-platform.yaml",
      "SharedTrainingNotebook",
      "SageMaker.1",
    );
    expect(yaml).toMatchObject({ kind: "fail", level: "error", ruleIndex: 0 });
    expect(yaml.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "test/fixtures/iac/cloudformation/ml-platform.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 71 },
    });
    expect(yaml.message.text).toContain("(when condition IsProd is false)");
    const medium = resultFor(
      "test/fixtures/iac/terraform/ml-platform/main.tf",
      "aws_sagemaker_model.legacy",
      "SageMaker.5",
    );
    expect(medium).toMatchObject({
      level: "warning",
      locations: [{ physicalLocation: { region: { startLine: 101 } } }],
    });
    expect(run?.originalUriBaseIds?.["%SRCROOT%"]?.uri).toBe("file:///work/repo/");
  });

  it("gives plan findings the plan file without a region, and a stable fingerprint", () => {
    const plan = resultFor(
      "test/fixtures/iac/terraform-plan/plan.json",
      "aws_sagemaker_notebook_instance.exploration",
      "SageMaker.1",
    );
    expect(plan.locations?.[0]?.physicalLocation?.region).toBeUndefined();
    expect(plan.partialFingerprints?.["mlharden/v1"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("marks suppressed findings with their justification, in source or external", () => {
    const inline = resultFor("test/fixtures/iac/cloudformation/ml-platform.yaml", "SandboxNotebook", "SageMaker.3");
    expect(inline.suppressions).toEqual([
      {
        kind: "inSource",
        status: "accepted",
        justification:
          "Sandbox for pip experiments; no data access (SEC-2231) (test/fixtures/iac/cloudformation/ml-platform.yaml:81)",
      },
    ]);
    const excepted = resultFor(
      "test/fixtures/iac/terraform/ml-platform/main.tf",
      "aws_sagemaker_model.legacy",
      "MLH.15",
    );
    expect(excepted.suppressions?.[0]).toMatchObject({ kind: "external", status: "accepted" });
    expect(excepted.suppressions?.[0]?.justification).toContain("mlharden.exceptions.yaml");
  });

  it("reports findings that could not be assessed for review, naming the expression", () => {
    const review = resultFor(
      "test/fixtures/iac/cloudformation/ml-platform.yaml",
      "SharedTrainingNotebook",
      "SageMaker.3",
    );
    expect(review).toMatchObject({ kind: "review", level: "none" });
    expect(review.message.text).toContain("!Ref RootAccessSetting");
  });

  it("reports unreadable files as tool notifications, with their line", () => {
    expect(run?.invocations?.[0]?.executionSuccessful).toBe(false);
    expect(run?.invocations?.[0]?.toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: {
          text: "invalid HCL: Invalid expression; Expected the start of an expression, but found an invalid expression token.",
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "test/fixtures/iac/malformed/bad-hcl/main.tf", uriBaseId: "%SRCROOT%" },
              region: { startLine: 4, startColumn: 18 },
            },
          },
        ],
      },
    ]);
  });
});
