import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "mlharden-cli-"));
const ARN = "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance";

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const estate = write("estate.json", {
  format: "mlharden/snapshot@1",
  collectedAt: "2026-11-28T09:00:00.000Z",
  accounts: [
    {
      accountId: "111122223333",
      partition: "aws",
      regions: [
        {
          region: "us-east-1",
          sagemaker: {
            notebookInstances: [
              {
                NotebookInstanceArn: `${ARN}/fraud-model-prod`,
                NotebookInstanceName: "fraud-model-prod",
                DirectInternetAccess: "Disabled",
                SubnetId: "subnet-0ab12cd34",
                RootAccess: "Disabled",
              },
              { NotebookInstanceArn: `${ARN}/ml-feature-exploration`, NotebookInstanceName: "ml-feature-exploration" },
            ],
          },
          errors: [
            {
              service: "sagemaker",
              operation: "ListModels",
              collection: "sagemaker.models",
              code: "AccessDeniedException",
              message: "User is not authorized to perform: sagemaker:ListModels",
            },
          ],
        },
      ],
    },
  ],
});

describe("mlharden CLI", () => {
  it("prints help and exits 0", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/scan/);
    expect(stdout).toMatch(/explain/);
  });

  it("scans a snapshot: worst resource first, fix kind per failure, exit 1", async () => {
    const { code, stdout, stderr } = await cli("scan", "--snapshot", estate, "--control", "SageMaker.1,SageMaker.3");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const exposed = stdout.indexOf("ml-feature-exploration");
    const hardened = stdout.indexOf("fraud-model-prod");
    expect(exposed).toBeGreaterThan(-1);
    expect(hardened).toBeGreaterThan(exposed);
    expect(stdout).toMatch(/FAILED\s+│ SageMaker\.1\s+│ HIGH\s+│ rebuild/);
    expect(stdout).toMatch(/FAILED\s+│ SageMaker\.3\s+│ HIGH\s+│ in place/);
    expect(stdout).toMatch(/PASSED\s+│ SageMaker\.1, SageMaker\.3/);
  });

  it("writes JSON findings with the observed values that decided them", async () => {
    const { code, stdout } = await cli("scan", "--snapshot", estate, "--format", "json", "--control", "SageMaker.1");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ failOn: "LOW", failing: 1, byStatus: { FAILED: 1, PASSED: 1 } });
    expect(report.findings[0]).toEqual(
      expect.objectContaining({
        controlId: "SageMaker.1",
        title: "Amazon SageMaker notebook instances should not have direct internet access",
        severity: "HIGH",
        status: "FAILED",
        resourceArn: `${ARN}/ml-feature-exploration`,
        resourceType: "AWS::SageMaker::NotebookInstance",
        resourceName: "ml-feature-exploration",
        accountId: "111122223333",
        region: "us-east-1",
        remediation: expect.objectContaining({ kind: "recreate" }),
        observed: { DirectInternetAccess: "Enabled" },
      }),
    );
  });

  it("reports an unreadable collection as NOT_ASSESSED, never PASSED", async () => {
    const { stdout } = await cli("scan", "--snapshot", estate, "--format", "json", "--control", "SageMaker.5");
    const [finding, ...rest] = JSON.parse(stdout).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      status: "NOT_ASSESSED",
      resourceArn: "arn:aws:sagemaker:us-east-1:111122223333:model/*",
      observed: { collection: "sagemaker.models", errorCode: "AccessDeniedException" },
    });
  });

  it("exits 0 when nothing fails at or above --fail-on", async () => {
    const medium = await cli("scan", "--snapshot", estate, "--control", "SageMaker.1", "--fail-on", "critical");
    expect(medium.code).toBe(0);
  });

  it.each([
    ["a missing file", ["scan", "--snapshot", join(dir, "nope.json")], /nope\.json: cannot read snapshot: ENOENT/],
    ["invalid JSON", ["scan", "--snapshot", write("bad.json", '{"format": ')], /bad\.json: invalid JSON at line 1/],
    [
      "a wrong type",
      [
        "scan",
        "--snapshot",
        write("types.json", {
          format: "mlharden/snapshot@1",
          collectedAt: "x",
          accounts: [{ accountId: "111122223333", regions: [{ region: "us-east-1", sagemaker: { models: [{}] } }] }],
        }),
      ],
      /types\.json: accounts\[0\]\.regions\[0\]\.sagemaker\.models\[0\]\.ModelName: required string is missing/,
    ],
    [
      "an unknown format",
      ["scan", "--snapshot", write("fmt.json", { format: "mlharden/snapshot@9", accounts: [] })],
      /unknown snapshot format "mlharden\/snapshot@9"/,
    ],
    [
      "an unknown control",
      ["scan", "--snapshot", estate, "--control", "SageMaker.99"],
      /unknown control SageMaker\.99/,
    ],
    ["a bad parameter", ["scan", "--snapshot", estate, "--param", "SageMaker.1:x=1"], /SageMaker\.1 has no parameters/],
  ])("rejects %s with one line on stderr and exit 2", async (_name, argv, message) => {
    const { code, stdout, stderr } = await cli(...(argv as string[]));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message as RegExp);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rejects an unknown option with exit 2", async () => {
    const { code, stderr } = await cli("scan", "--snapshot", estate, "--fail-on", "extreme");
    expect(code).toBe(2);
    expect(stderr).toMatch(/expected one of low, medium, high, critical/);
  });

  it("lists controls as JSON", async () => {
    const { code, stdout } = await cli("controls", "--format", "json");
    expect(code).toBe(0);
    const controls = JSON.parse(stdout);
    expect(controls[0]).toMatchObject({
      id: "SageMaker.1",
      severity: "HIGH",
      resourceType: "AWS::SageMaker::NotebookInstance",
      configRule: "sagemaker-notebook-no-direct-internet-access",
      remediation: { kind: "recreate" },
    });
  });

  it("explains a control, case-insensitively, and rejects an unknown one", async () => {
    const { code, stdout } = await cli("explain", "sagemaker.3");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# SageMaker\.3 — Users should not have root access/);
    expect(stdout).toMatch(/UpdateNotebookInstance with RootAccess=Disabled/);
    expect((await cli("explain", "SageMaker.0")).code).toBe(2);
  });
});
