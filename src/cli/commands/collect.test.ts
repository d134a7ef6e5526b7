import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { accessKeyIdFor, type Emulator, startEmulator } from "../../emulator/index.js";
import { loadSnapshotFile, parseSnapshot } from "../../snapshot/load.js";
import type { Snapshot } from "../../snapshot/schema.js";
import { runCli } from "../program.js";

const LESSON = "examples/estates/lesson.json";

function capture(tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: { write: (text: string) => out.push(text), isTTY: tty },
    stderr: { write: (text: string) => err.push(text), isTTY: tty },
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

/** The environment of a shell with only the AWS settings given: no profile files, no instance metadata. */
function awsEnvironment(settings: Record<string, string | undefined>) {
  const env: Record<string, string | undefined> = {
    AWS_CONFIG_FILE: "/nonexistent/mlharden-test-config",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/mlharden-test-credentials",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_PROFILE: undefined,
    AWS_SESSION_TOKEN: undefined,
    AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
    AWS_ENDPOINT_URL: undefined,
    AWS_REGION: undefined,
    AWS_DEFAULT_REGION: undefined,
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    ...settings,
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

let lesson: Snapshot;
let emulator: Emulator;
let dir: string;

beforeAll(async () => {
  lesson = await loadSnapshotFile(LESSON);
  emulator = await startEmulator({ snapshot: lesson });
  dir = await mkdtemp(join(tmpdir(), "mlharden-collect-"));
});
afterAll(async () => {
  await emulator.stop();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function pointAtEmulator() {
  awsEnvironment({
    AWS_ENDPOINT_URL: emulator.url,
    AWS_ACCESS_KEY_ID: accessKeyIdFor(lesson.accounts[0]?.accountId ?? ""),
    AWS_SECRET_ACCESS_KEY: "emulated",
    AWS_REGION: "us-east-1",
  });
}

const ORG = ["--org", "--role-name", "mlharden-scanner", "--regions", "all", "--jobs-since-days", "36500"];

describe("mlharden collect", () => {
  it("writes the organization's snapshot, honouring AWS_ENDPOINT_URL, with --stats json on stderr", async () => {
    pointAtEmulator();
    const out = join(dir, "snapshot.json");
    const { io, stdout, stderr } = capture();
    expect(await runCli(["collect", "--out", out, ...ORG, "--stats", "json"], io)).toBe(0);
    expect(stdout()).toBe("");
    const snapshot = parseSnapshot(await readFile(out, "utf8"));
    expect({ ...snapshot, collectedAt: "" }).toEqual({ ...lesson, collectedAt: "" });
    const stats = JSON.parse(stderr().slice(0, stderr().lastIndexOf("}") + 1)) as {
      calls: number;
      operations: Record<string, { calls: number }>;
    };
    expect(stats.operations["sagemaker:DescribeNotebookInstance"]?.calls).toBe(5);
    expect(stats.calls).toBe(Object.values(stats.operations).reduce((n, op) => n + op.calls, 0));
    expect(stderr()).toMatch(/collected \d+ SageMaker resources from 2 accounts, 4 regions/);
  });

  it("writes the snapshot to stdout with --out -, and nothing else there", async () => {
    pointAtEmulator();
    const { io, stdout } = capture();
    expect(await runCli(["collect", "--out", "-", "--regions", "us-east-1", "--quiet"], io)).toBe(0);
    const snapshot = parseSnapshot(stdout());
    expect(snapshot.accounts.map((a) => a.accountId)).toEqual([lesson.accounts[0]?.accountId]);
    expect(snapshot.accounts[0]?.regions[0]?.sagemaker?.notebookInstances).toHaveLength(3);
  });

  it.each([
    [["--regions", "mars-1"], /--regions.*expected all or region names/],
    [["--accounts", "1234"], /--accounts.*12-digit/],
    [["--external-id", "x"], /--external-id needs --role-name/],
    [["--accounts", "999988887777"], /pass --role-name/],
  ])("rejects %j with exit 2", async (args, message) => {
    pointAtEmulator();
    const { io, stderr } = capture();
    expect(await runCli(["collect", "--out", join(dir, "x.json"), ...args], io)).toBe(2);
    expect(stderr()).toMatch(message);
  });

  it("honours per-service endpoint settings: an unreachable SageMaker endpoint becomes gaps, the rest is read", async () => {
    pointAtEmulator();
    vi.stubEnv("AWS_ENDPOINT_URL_SAGEMAKER", "http://127.0.0.1:9");
    const out = join(dir, "no-sagemaker.json");
    const { io } = capture();
    expect(
      await runCli(["collect", "--out", out, "--regions", "us-east-1", "--max-attempts", "1", "--quiet"], io),
    ).toBe(0);
    const [region] = parseSnapshot(await readFile(out, "utf8")).accounts[0]?.regions ?? [];
    expect(region?.sagemaker).toEqual({});
    expect(region?.errors).toHaveLength(17);
    expect(region?.errors?.[0]).toMatchObject({ service: "sagemaker", code: "ECONNREFUSED" });
    expect(region?.ec2?.vpcs?.length).toBeGreaterThan(0);
  });

  it("says so, with exit 2, when there are no AWS credentials at all", async () => {
    awsEnvironment({ AWS_ENDPOINT_URL: emulator.url, AWS_REGION: "us-east-1" });
    const { io, stderr } = capture();
    expect(await runCli(["collect", "--out", join(dir, "none.json")], io)).toBe(2);
    expect(stderr()).toMatch(/^mlharden: cannot use the AWS credentials \(CredentialsProviderError/);
  });
});

describe("mlharden scan without --snapshot", () => {
  it("collects live through the emulator and reports the lesson's notebooks, exit 1", async () => {
    pointAtEmulator();
    const { io, stdout } = capture();
    expect(await runCli(["scan", ...ORG, "--quiet"], io)).toBe(1);
    for (const notebook of ["ml-feature-exploration", "shared-training-box", "fraud-model-prod"]) {
      expect(stdout()).toContain(notebook);
    }
  });

  it("gives the same findings as scanning the snapshot file", async () => {
    pointAtEmulator();
    const live = capture();
    const file = capture();
    await runCli(["scan", ...ORG, "--quiet", "--format", "json"], live.io);
    await runCli(["scan", "--snapshot", LESSON, "--format", "json"], file.io);
    const findings = (text: string) =>
      (JSON.parse(text) as { findings: { controlId: string; resourceArn: string; status: string }[] }).findings
        .map((f) => `${f.controlId} ${f.resourceArn} ${f.status}`)
        .sort();
    expect(findings(live.stdout())).toEqual(findings(file.stdout()));
  });
});

describe("mlharden demo", () => {
  it("scans the lesson estate through its own emulator, prints the report and exits 1", async () => {
    awsEnvironment({});
    const { io, stdout, stderr } = capture();
    expect(await runCli(["demo"], io)).toBe(1);
    for (const notebook of ["ml-feature-exploration", "shared-training-box", "fraud-model-prod"]) {
      expect(stdout()).toContain(notebook);
    }
    expect(stdout()).toMatch(/SageMaker\.1/);
    expect(stderr()).toMatch(/collected \d+ SageMaker resources from 2 accounts, 4 regions/);
  });
});
