import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/program.js";

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const F = "test/fixtures/iac";

describe("mlharden iac", () => {
  it("prints the table with file, line and fix, and exits 1 on failures", async () => {
    const { code, stdout, stderr } = await cli("iac", `${F}/cloudformation/ml-platform.yaml`);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/ExplorationNotebook\s+│ FAILED\s+│ SageMaker\.1\s+│ HIGH\s+│ 39\s+│ rebuild/);
    expect(stdout).toContain("ml-platform.yaml:39");
    expect(stdout).toMatch(/SUPPRESSED\s+│ SageMaker\.3/);
    expect(stdout).toMatch(
      /1 files, 20 resources, \d+ findings: 28 failed .* 1 suppressed\. 28 failing at or above low\./,
    );
  });

  it("exits 0 when nothing fails at or above --fail-on", async () => {
    const { code } = await cli("iac", `${F}/cloudformation/churn-inference.json`, "--fail-on", "high");
    expect(code).toBe(0);
  });

  it("prints JSON with locations, the summary and no errors", async () => {
    const { code, stdout } = await cli("iac", `${F}/terraform`, "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.errors).toEqual([]);
    expect(json.summary).toMatchObject({ files: 2, errors: 0, failOn: "LOW" });
    const finding = json.findings.find(
      (f: { controlId: string; location: { address: string } }) =>
        f.controlId === "SageMaker.3" && f.location.address === "aws_sagemaker_notebook_instance.shared_training",
    );
    expect(finding).toMatchObject({
      status: "NOT_ASSESSED",
      location: { file: `${F}/terraform/ml-platform/main.tf`, line: 58, property: "RootAccess" },
      observed: { RootAccess: "<unresolved: var.root_access>" },
    });
  });

  it("prints SARIF for GitHub code scanning", async () => {
    const { code, stdout } = await cli("iac", `${F}/cdk`, "--format", "sarif");
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Log;
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]?.results?.some((r) => r.ruleId === "MLH.3" && r.kind === "fail")).toBe(true);
  });

  it("evaluates only the chosen controls, with parameters", async () => {
    const { stdout } = await cli(
      "iac",
      `${F}/terraform`,
      "--format",
      "json",
      "--control",
      "MLH.15",
      "--param",
      "MLH.15:trustedRegistryAccounts=111122223333,763104351884",
    );
    const findings = JSON.parse(stdout).findings as { controlId: string; status: string }[];
    expect(new Set(findings.map((f) => f.controlId))).toEqual(new Set(["MLH.15"]));
    expect(findings.filter((f) => f.status === "FAILED")).toHaveLength(1); // the registry.internal.example.com pipeline
  });

  it("applies the exceptions file, and warns about expired entries", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mlharden-iac-"));
    const file = join(dir, "exceptions.yaml");
    writeFileSync(
      file,
      `exceptions:
  - controls: [SageMaker.21]
    resources: { arn: "*#ExplorationNotebook" }
    reason: exploration data is public
    owner: fraud-ds@example.com
    expires: 2027-01-31
  - controls: [SageMaker.1]
    resources: { arn: "*#ExplorationNotebook" }
    reason: temporary, until the VPC lands
    owner: fraud-ds@example.com
    expires: 2026-10-01
  - controls: ["*"]
    resources: { arn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/live-only" }
    reason: a live resource this scan does not see
    owner: fraud-ds@example.com
    expires: 2027-01-31
`,
    );
    const { code, stdout, stderr } = await cli(
      "iac",
      `${F}/cloudformation/ml-platform.yaml`,
      "--format",
      "json",
      "--exceptions",
      file,
      "--now",
      "2026-11-28",
    );
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    const status = (control: string) =>
      json.findings.find(
        (f: { controlId: string; location: { address: string } }) =>
          f.controlId === control && f.location.address === "ExplorationNotebook",
      );
    expect(status("SageMaker.21")).toMatchObject({
      status: "SUPPRESSED",
      suppression: { reason: "exploration data is public", source: `${file}:2 (exceptions[0])` },
      exception: { owner: "fraud-ds@example.com", expires: "2027-01-31" },
    });
    expect(status("SageMaker.1").status).toBe("FAILED");
    // Only expiry is worth a warning: entries for live resources match no template resource.
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^mlharden: warning: .*exceptions\[1\] .*expired on 2026-10-01/),
    ]);
  });

  it("resolves pseudo parameters for --account and --region, trusting that account's ECR", async () => {
    const template = `${F}/cloudformation/churn-inference.json`;
    const mlh15 = async (...options: string[]) => {
      const { code, stdout, stderr } = await cli(
        "iac",
        template,
        "--format",
        "json",
        "--control",
        "MLH.15",
        ...options,
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      return JSON.parse(stdout).findings[0];
    };
    expect((await mlh15()).status).toBe("NOT_ASSESSED");
    expect(await mlh15("--account", "111122223333", "--region", "us-east-1")).toMatchObject({
      status: "PASSED",
      accountId: "111122223333",
      region: "us-east-1",
      observed: { "PrimaryContainer.Image": { account: "111122223333", trustedAs: "estate account" } },
    });
  });

  it("rejects a malformed --account on one line, with exit 2", async () => {
    const { code, stdout, stderr } = await cli("iac", `${F}/cloudformation`, "--account", "1111-2222-3333");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('mlharden: --account: expected a 12-digit AWS account id, got "1111-2222-3333"\n');
  });

  describe("malformed input: one line naming the file and line, exit 2", () => {
    it.each([
      ["YAML", `${F}/malformed/bad-yaml`, `${F}/malformed/bad-yaml/notebook.yaml:8:7: invalid YAML: `],
      ["HCL", `${F}/malformed/bad-hcl`, `${F}/malformed/bad-hcl/main.tf:4:18: invalid HCL: Invalid expression`],
      ["JSON", `${F}/malformed/bad-json`, `${F}/malformed/bad-json/stack.template.json:8:7: invalid JSON: `],
      [
        "not a template",
        `${F}/malformed/not-a-template/settings.yaml`,
        `${F}/malformed/not-a-template/settings.yaml:1: not a CloudFormation template, Terraform configuration or Terraform plan`,
      ],
      [
        "a suppression without a reason",
        `${F}/malformed/missing-reason`,
        `${F}/malformed/missing-reason/main.tf:1: suppression of SageMaker.1 needs a reason`,
      ],
      ["a missing path", `${F}/no-such-dir`, `${F}/no-such-dir: cannot read: ENOENT`],
    ])("%s", async (_kind, path, message) => {
      const { code, stdout, stderr } = await cli("iac", path);
      expect(code).toBe(2);
      expect(stderr.endsWith("\n")).toBe(true);
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(stderr.startsWith(`mlharden: ${message}`)).toBe(true);
      if (!path.includes("missing-reason")) expect(stdout).toBe("");
    });
  });

  it("still reports the other files of a folder with one bad file, then exits 2", async () => {
    const { code, stdout, stderr } = await cli("iac", `${F}/mixed`);
    expect(code).toBe(2);
    expect(stdout).toContain("TeamNotebook");
    expect(stdout).toMatch(/1 files, 1 resources, .* 1 input errors \(on stderr\)\./);
    expect(stderr).toBe(
      `mlharden: ${F}/mixed/broken.yaml:7:1: invalid YAML: All mapping items must start at the same column\n`,
    );
  });

  it("skips YAML and JSON that are not templates when walking a folder", async () => {
    const { code, stdout, stderr } = await cli("iac", `${F}/malformed/not-a-template`);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("No SageMaker resources found.");
  });

  it("is listed in the help", async () => {
    const { stdout } = await cli("--help");
    expect(stdout).toMatch(/iac \[options\] <paths\.\.\.>/);
  });
});
