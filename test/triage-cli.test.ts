import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Finding } from "../src/evaluate/finding.js";
import type { Summary } from "../src/evaluate/summary.js";
import { loadExceptions } from "../src/exceptions/index.js";
import { cli } from "./helpers/cli.js";

const LESSON = "examples/estates/lesson.json";
const NOTEBOOK = (account: string, name: string) => `arn:aws:sagemaker:us-east-1:${account}:notebook-instance/${name}`;
const SHARED_BOX = NOTEBOOK("111122223333", "shared-training-box");

const dir = mkdtempSync(join(tmpdir(), "mlharden-triage-"));
let fileCount = 0;
function exceptionsFile(yaml: string): string {
  const file = join(dir, `exceptions-${++fileCount}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

interface ScanJson {
  findings: Finding[];
  summary: Summary;
}

async function scanJson(...args: string[]) {
  const result = await cli("scan", "--snapshot", LESSON, "--format", "json", "--now", "2026-11-28", ...args);
  return { ...result, json: JSON.parse(result.stdout || "{}") as ScanJson };
}

const everyNotebookSm1 = (expires: string) => `# reviewed in SEC-1423
exceptions:
  - controls: [SageMaker.1]
    resources:
      arn: "arn:aws:sagemaker:*:*:notebook-instance/*"
    reason: Notebooks keep internet access until the CodeArtifact proxy lands
    owner: ml-platform@example.com
    expires: ${expires}
    ticket: SEC-1423
`;

describe("scan with exceptions, end to end", () => {
  it("an active exception suppresses matching failures: shown, counted apart, not failing the exit code", async () => {
    const file = exceptionsFile(everyNotebookSm1("2027-03-31"));
    const { code, json, stderr } = await scanJson("--control", "SageMaker.1", "--exceptions", file);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const suppressed = json.findings.filter((f) => f.status === "SUPPRESSED");
    expect(suppressed.map((f) => f.resourceName).sort()).toEqual([
      "intern-2025-churn",
      "ml-feature-exploration",
      "sandbox-llm-playground",
      "shared-training-box",
    ]);
    expect(suppressed[0]?.exception).toEqual({
      reason: "Notebooks keep internet access until the CodeArtifact proxy lands",
      owner: "ml-platform@example.com",
      expires: "2027-03-31",
      ticket: "SEC-1423",
      source: `${file}:3 (exceptions[0])`,
    });
    expect(json.summary.byStatus).toMatchObject({ FAILED: 0, SUPPRESSED: 4, PASSED: 1 });
    expect(json.summary.failing).toBe(0);
    expect(json.summary.exceptions).toMatchObject({
      suppressed: 4,
      expired: [],
      stale: [],
      active: [{ index: 0, matched: 4 }],
    });

    const table = await cli(
      "scan",
      "--snapshot",
      LESSON,
      "--control",
      "SageMaker.1",
      "--exceptions",
      file,
      "--now",
      "2026-11-28",
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("SUPPRESSED");
    expect(table.stdout).toContain("exception: Notebooks keep internet access until the");
    expect(table.stdout).toContain("(ml-platform@example.com, until");
    expect(table.stdout).toContain(`0 failing at or above low. 4 suppressed by 1 exception (${file}).`);
  });

  it("an exception lasts through its expiry day, then stops suppressing and is reported as expired", async () => {
    const file = exceptionsFile(everyNotebookSm1("2026-11-27"));
    const onTheDay = await scanJson("--control", "SageMaker.1", "--exceptions", file, "--now", "2026-11-27");
    expect(onTheDay.code).toBe(0);

    const after = await scanJson("--control", "SageMaker.1", "--exceptions", file);
    expect(after.code).toBe(1);
    expect(after.json.summary.byStatus).toMatchObject({ FAILED: 4, SUPPRESSED: 0 });
    expect(after.json.summary.exceptions?.expired).toEqual([
      expect.objectContaining({
        index: 0,
        line: 3,
        expires: "2026-11-27",
        owner: "ml-platform@example.com",
        matched: 4,
      }),
    ]);
    expect(after.stderr).toBe(
      `mlharden: warning: ${file}:3 exceptions[0] (owner ml-platform@example.com) expired on 2026-11-27; it no longer suppresses 4 failing findings\n`,
    );
  });

  it("the evaluation date can come from MLHARDEN_NOW", async () => {
    const file = exceptionsFile(everyNotebookSm1("2026-11-27"));
    vi.stubEnv("MLHARDEN_NOW", "2026-11-20");
    const { code } = await cli("scan", "--snapshot", LESSON, "--control", "SageMaker.1", "--exceptions", file);
    expect(code).toBe(0);
  });

  it("exceptions that match nothing are reported as stale; tag matching works", async () => {
    const file = exceptionsFile(`exceptions:
  - controls: ["*"]
    resources: { tags: { owner: genai-lab } }
    reason: Sandbox account, no data access
    owner: genai-lab@example.com
    expires: 2027-01-31
  - controls: [SageMaker.3]
    resources: { arn: "${NOTEBOOK("111122223333", "decommissioned-notebook")}" }
    reason: Legacy notebook being migrated
    owner: data-science@example.com
    expires: 2027-01-31
  - controls: [SageMaker.3]
    resources: { arn: "${SHARED_BOX}", tags: { owner: someone-else } }
    reason: Tags must match too
    owner: ml-platform@example.com
    expires: 2027-01-31
`);
    const { json, stderr } = await scanJson("--exceptions", file);
    const sandbox = json.findings.filter((f) => f.resourceName === "sandbox-llm-playground");
    expect(sandbox.filter((f) => f.status === "FAILED")).toEqual([]);
    expect(sandbox.filter((f) => f.status === "SUPPRESSED").map((f) => f.controlId)).toEqual(
      expect.arrayContaining(["SageMaker.1", "SageMaker.2", "SageMaker.3"]),
    );
    expect(json.findings.find((f) => f.resourceArn === SHARED_BOX && f.controlId === "SageMaker.3")?.status).toBe(
      "FAILED",
    );
    expect(json.summary.exceptions?.stale.map((s) => s.index)).toEqual([1, 2]);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      `mlharden: warning: ${file}:7 exceptions[1] (owner data-science@example.com) matches no failing finding; remove it if the resource is gone or fixed`,
      `mlharden: warning: ${file}:12 exceptions[2] (owner ml-platform@example.com) matches no failing finding; remove it if the resource is gone or fixed`,
    ]);
  });

  it.each([
    [
      "a date that is not YYYY-MM-DD",
      `exceptions:
  - controls: [SageMaker.1]
    resources: { arn: "${SHARED_BOX}" }
    reason: ok
    owner: me
    expires: 2027-01-31
  - controls: [SageMaker.3]
    resources: { arn: "${SHARED_BOX}" }
    reason: ok
    owner: me
    expires: 31/01/2027
`,
      "exceptions[1] (line 11): expires: expected a date YYYY-MM-DD",
    ],
    [
      "an impossible date",
      `exceptions:\n  - controls: SageMaker.1\n    resources: { arn: x }\n    reason: ok\n    owner: me\n    expires: 2027-02-30\n`,
      "exceptions[0] (line 6): expires: expected a date YYYY-MM-DD",
    ],
    [
      "a missing owner",
      `exceptions:\n  - controls: [SageMaker.1]\n    resources: { arn: x }\n    reason: ok\n    expires: 2027-01-31\n`,
      "exceptions[0] (line 2): owner: required",
    ],
    [
      "a misspelt field",
      `exceptions:\n  - controls: [SageMaker.1]\n    resources: { arn: x }\n    reason: ok\n    owner: me\n    expiry: 2027-01-31\n    expires: 2027-01-31\n`,
      "exceptions[0] (line 2): unknown field expiry",
    ],
    [
      "resources that match nothing by construction",
      `exceptions:\n  - controls: [SageMaker.1]\n    resources: {}\n    reason: ok\n    owner: me\n    expires: 2027-01-31\n`,
      "exceptions[0] (line 3): resources: expected arn or tags to match resources",
    ],
    [
      "an unknown control id",
      `exceptions:\n  - controls: [SageMaker.1, SageMaker.99]\n    resources: { arn: x }\n    reason: ok\n    owner: me\n    expires: 2027-01-31\n`,
      "exceptions[0] (line 2): controls: unknown control SageMaker.99 (see mlharden controls)",
    ],
    ["a list at the top level", `- controls: [SageMaker.1]\n`, 'expected a mapping with an "exceptions" list'],
    ["invalid YAML", `exceptions:\n  - controls: [SageMaker.1\n    reason: ok\n`, "line 3 column 5: invalid YAML:"],
  ])("a malformed file (%s) is a one-line error with the entry's position, exit 2", async (_, yaml, message) => {
    const file = exceptionsFile(yaml);
    const { code, stdout, stderr } = await cli("scan", "--snapshot", LESSON, "--exceptions", file);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).toContain(`mlharden: ${file}: ${message}`);
  });

  it("a missing --exceptions file is an error; a missing default file is not", async () => {
    const missing = join(dir, "nope.yaml");
    const { code, stderr } = await cli("scan", "--snapshot", LESSON, "--exceptions", missing);
    expect(code).toBe(2);
    expect(stderr).toBe(`mlharden: ${missing}: cannot read exceptions file: ENOENT\n`);
    expect(await loadExceptions(undefined, { cwd: dir })).toBeUndefined();
    writeFileSync(join(dir, "mlharden.exceptions.yaml"), everyNotebookSm1("2027-03-31"));
    expect((await loadExceptions(undefined, { cwd: dir }))?.entries).toHaveLength(1);
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("scan ranks by risk and carries reach", () => {
  it("JSON findings carry risk and reach; the lesson's exposed notebooks come first", async () => {
    const { json } = await scanJson();
    const order = [...new Set(json.findings.map((f) => f.resourceName))];
    expect(order.slice(0, 2)).toEqual(["ml-feature-exploration", "shared-training-box"]);
    const first = json.findings[0] as Finding;
    expect(first.risk?.explanation).toBe(
      "internet + no VPC + root + IMDSv1 + role reads 8 buckets, 4 tagged restricted, writes 7 + 6 failed controls (worst high)",
    );
    expect(first.reach).toEqual({
      roles: ["arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000"],
      bucketsReadable: 8,
      bucketsWritable: 7,
      sensitiveReadable: 4,
      internet: "direct",
      outbound: "internet",
    });
    const scores = order.map((name) => json.findings.find((f) => f.resourceName === name)?.risk?.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("the table opens each resource with its risk line", async () => {
    const { stdout } = await cli("scan", "--snapshot", LESSON, "--now", "2026-11-28");
    const firstRisk = stdout.split("\n").find((line) => line.includes("risk "));
    expect(firstRisk).toContain(
      "risk 212: internet + no VPC + root + IMDSv1 + role reads 8 buckets, 4 tagged restricted",
    );
  });
});

describe("inventory", () => {
  it("--type notebook shows the lesson's columns, exposed notebooks first", async () => {
    const { code, stdout } = await cli("inventory", "--snapshot", LESSON, "--type", "notebook", "--format", "json");
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    const lesson = rows
      .filter((r) => ["ml-feature-exploration", "shared-training-box", "fraud-model-prod"].includes(r.name as string))
      .map((r) => [r.name, r.internet, r.subnet, r.root]);
    expect(lesson).toEqual([
      ["ml-feature-exploration", "Enabled", "None", "Enabled"],
      ["shared-training-box", "Enabled", "None", "Enabled"],
      ["fraud-model-prod", "Disabled", "subnet-0ab12cd34", "Disabled"],
    ]);
    expect(rows.slice(0, 2).map((r) => r.name)).toEqual(["ml-feature-exploration", "shared-training-box"]);
    const fraud = rows.find((r) => r.name === "fraud-model-prod") as {
      roles: string[];
      imds: string;
      bucketsReadable: number;
      reach: { roles: { buckets: { bucket: string; read?: { scopes: string[]; reason: string } }[] }[] };
    };
    expect(fraud).toMatchObject({ roles: ["ml/fraud-model-prod-execution"], imds: "v2", bucketsReadable: 3 });
    const lake = fraud.reach.roles[0]?.buckets.find((b) => b.bucket === "fintech-ml-prod-datalake-us-east-1");
    expect(lake?.read).toMatchObject({
      scopes: ["curated/fraud/*"],
      reason:
        "allowed by inline policy fraud-model-data statement 0 (Sid ReadFraudTrainingData) + permissions boundary ml-workload-boundary statement 0 (Sid MlServices)",
    });
    const sandbox = rows.find((r) => r.name === "sandbox-llm-playground");
    expect(sandbox).toMatchObject({ roles: ["sandbox-notebook-no-s3"], bucketsReadable: 0 });
  });

  it("the table prints Internet/Subnet/Root as describe-notebook-instance does", async () => {
    const { stdout } = await cli("inventory", "--snapshot", LESSON, "--type", "notebook");
    const header = stdout.split("\n")[1] ?? "";
    expect(
      header
        .split("│")
        .map((c) => c.trim())
        .filter(Boolean),
    ).toEqual(["Name", "Internet", "Subnet", "Root", "IMDS", "Role", "Buckets readable", "Risk"]);
    expect(stdout).toMatch(
      /│ ml-feature-exploration\s+│ Enabled\s+│ None\s+│ Enabled\s+│ v1\s+│ AmazonSageMaker-ExecutionRole-20240311T120000/,
    );
    expect(stdout).toMatch(
      /│ fraud-model-prod\s+│ Disabled\s+│ subnet-0ab12cd34\s+│ Disabled\s+│ v2\s+│ fraud-model-prod-execution/,
    );
  });

  it("--sort name and --format csv, with formula-looking cells made inert", async () => {
    const { stdout } = await cli(
      "inventory",
      "--snapshot",
      LESSON,
      "--type",
      "notebook",
      "--format",
      "csv",
      "--sort",
      "name",
    );
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "name,type,internet,subnet,root,imds,network,roles,bucketsReadable,sensitiveReadable,bucketsWritable,risk,riskExplanation,accountId,region,arn",
    );
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([
      "fraud-model-prod",
      "intern-2025-churn",
      "ml-feature-exploration",
      "sandbox-llm-playground",
      "shared-training-box",
    ]);
  });
});

describe("inventory CSV", () => {
  it("prefixes cells that a spreadsheet would run as formulas", async () => {
    const role = "=1+1@calc";
    const snapshot = {
      format: "mlharden/snapshot@1",
      collectedAt: "2026-11-28T00:00:00.000Z",
      accounts: [
        {
          accountId: "111122223333",
          regions: [
            {
              region: "us-east-1",
              sagemaker: {
                notebookInstances: [
                  {
                    NotebookInstanceArn: NOTEBOOK("111122223333", "csv-probe"),
                    NotebookInstanceName: "csv-probe",
                    RoleArn: `arn:aws:iam::111122223333:role/${role}`,
                  },
                ],
              },
            },
          ],
        },
      ],
    };
    const file = join(dir, "csv-probe.json");
    writeFileSync(file, JSON.stringify(snapshot));
    const { stdout } = await cli("inventory", "--snapshot", file, "--format", "csv");
    expect(stdout.split("\n")[1]).toContain(`,'${role},`);
  });

  it.each([
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM", "'@SUM"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["fraud-model-prod", "fraud-model-prod"],
  ])("guardFormula(%j) = %j", async (input, output) => {
    const { guardFormula } = await import("../src/report/inventory.js");
    expect(guardFormula(input)).toBe(output);
  });
});
