import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ListModelsCommand, ListNotebookInstancesCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";
import { failure } from "./helpers/emulator.js";

const LESSON = "examples/estates/lesson.json";
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

/** Starts `mlharden emulator` as a user would and collects the settings it prints. */
async function startCommand(...args: string[]): Promise<{ process: ChildProcess; env: Record<string, string> }> {
  const process_ = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "emulator", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = process_;
  let stdout = "";
  let stderr = "";
  process_.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    process_.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("AWS_DEFAULT_REGION=")) resolve();
    });
    process_.once("exit", (code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
  });
  const env = Object.fromEntries([...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
  return { process: process_, env: env as Record<string, string> };
}

describe("mlharden emulator", () => {
  it("prints the settings to reach it, serves the snapshot with the faults asked for, and stops on SIGTERM", async () => {
    const { process: emulator, env } = await startCommand(
      "--snapshot",
      LESSON,
      "--deny",
      "sagemaker:ListModels@111122223333",
    );
    expect(env).toEqual({
      AWS_ENDPOINT_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      AWS_ACCESS_KEY_ID: "AKIA1111222233330000",
      AWS_SECRET_ACCESS_KEY: "anything",
      AWS_REGION: "us-east-1",
      AWS_DEFAULT_REGION: "us-east-1",
    });
    const client = new SageMakerClient({
      endpoint: env.AWS_ENDPOINT_URL,
      region: env.AWS_REGION,
      credentials: { accessKeyId: String(env.AWS_ACCESS_KEY_ID), secretAccessKey: String(env.AWS_SECRET_ACCESS_KEY) },
    });
    const { NotebookInstances = [] } = await client.send(new ListNotebookInstancesCommand({}));
    expect(NotebookInstances.map((n) => n.NotebookInstanceName)).toEqual([
      "ml-feature-exploration",
      "shared-training-box",
      "fraud-model-prod",
    ]);
    expect((await failure(client.send(new ListModelsCommand({})))).name).toBe("AccessDeniedException");

    const exited = new Promise<number | null>((resolve) => emulator.once("exit", resolve));
    emulator.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("rejects bad options and fault files before serving (exit 2)", async () => {
    const deny = await cli("emulator", "--snapshot", LESSON, "--deny", "ListModels");
    expect([deny.code, deny.stderr]).toEqual([2, expect.stringContaining("expected Service:Operation")]);
    const rate = await cli("emulator", "--snapshot", LESSON, "--error-rate", "2");
    expect(rate.code).toBe(2);

    const dir = mkdtempSync(join(tmpdir(), "mlharden-emulator-"));
    const faults = join(dir, "faults.json");
    writeFileSync(faults, JSON.stringify({ errorRate: 1.5 }));
    const badFaults = await cli("emulator", "--snapshot", LESSON, "--faults", faults);
    expect([badFaults.code, badFaults.stderr]).toEqual([2, expect.stringContaining(`${faults}: errorRate:`)]);

    const empty = join(dir, "empty.json");
    writeFileSync(
      empty,
      JSON.stringify({ format: "mlharden/snapshot@1", collectedAt: "2026-01-01T00:00:00Z", accounts: [] }),
    );
    const noAccount = await cli("emulator", "--snapshot", empty);
    expect([noAccount.code, noAccount.stderr]).toEqual([2, expect.stringContaining("holds no account")]);
  });
});
