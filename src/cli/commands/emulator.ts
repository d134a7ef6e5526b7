import { type Command, InvalidArgumentError } from "commander";
import { parseDenyRule } from "../../emulator/faults.js";
import type { FaultConfig } from "../../emulator/index.js";
import { InputError } from "../../errors.js";
import { loadSnapshotFile } from "../../snapshot/load.js";
import type { CliIO } from "../io.js";

interface EmulatorOptions {
  snapshot: string;
  port?: number;
  faults?: string;
  latencyMs?: number;
  rateLimit?: number;
  deny?: NonNullable<FaultConfig["deny"]>;
  errorRate?: number;
  seed?: number;
}

export function registerEmulator(program: Command, io: CliIO): void {
  program
    .command("emulator")
    .description("serve a snapshot through the AWS APIs on 127.0.0.1, for the AWS CLI and SDKs (see docs/emulator.md)")
    .requiredOption("--snapshot <file>", "snapshot file (mlharden/snapshot@1)")
    .option("--port <n>", "port to listen on (default: a free one)", integer(0, 65535))
    .option("--faults <file>", "fault injection config (JSON)")
    .option("--latency-ms <n>", "add this many milliseconds to every response", integer(0))
    .option("--rate-limit <tps>", "calls a second allowed per operation, account and region (then throttled)", positive)
    .option(
      "--deny <Service:Operation[@account[/region]]>",
      "answer this operation with AccessDenied (repeatable)",
      collectDeny,
    )
    .option("--error-rate <r>", "share of calls (0..1) answered with a 5xx error", rate)
    .option("--seed <n>", "seed of the 5xx error draw", integer(0))
    .action(async (options: EmulatorOptions) => {
      const snapshot = await loadSnapshotFile(options.snapshot);
      const [first] = snapshot.accounts;
      if (!first) throw new InputError(`${options.snapshot}: the snapshot holds no account to serve`);
      // The emulator pulls in every SDK client; load it only when this command runs.
      const { accessKeyIdFor, loadFaultConfig, startEmulator } = await import("../../emulator/index.js");
      const fromFile = options.faults ? await loadFaultConfig(options.faults) : {};
      const faults: FaultConfig = {
        ...fromFile,
        latencyMs: options.latencyMs ?? fromFile.latencyMs,
        errorRate: options.errorRate ?? fromFile.errorRate,
        seed: options.seed ?? fromFile.seed,
        rateLimits: [...(fromFile.rateLimits ?? []), ...(options.rateLimit ? [{ tps: options.rateLimit }] : [])],
        deny: [...(fromFile.deny ?? []), ...(options.deny ?? [])],
      };
      const emulator = await startEmulator({ snapshot, port: options.port, faults });

      const region = first.regions[0]?.region ?? "us-east-1";
      io.stderr.write(
        `mlharden emulator: serving ${options.snapshot} (${snapshot.accounts.length} account(s)) at ${emulator.url}\n` +
          "Use these settings (AWS CLI before 2.13: pass --endpoint-url instead); stop with Ctrl-C.\n",
      );
      io.stdout.write(
        [
          `export AWS_ENDPOINT_URL=${emulator.url}`,
          `export AWS_ACCESS_KEY_ID=${accessKeyIdFor(first.accountId)}`,
          "export AWS_SECRET_ACCESS_KEY=anything",
          `export AWS_REGION=${region}`,
          `export AWS_DEFAULT_REGION=${region}`,
          "",
        ].join("\n"),
      );
      await untilSignalled();
      await emulator.stop();
    });
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected an integer ${range}`);
    return n;
  };
}

function positive(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError("expected a positive number");
  return n;
}

function rate(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError("expected a number from 0 to 1");
  return n;
}

function collectDeny(value: string, previous: EmulatorOptions["deny"] = []): EmulatorOptions["deny"] {
  try {
    return [...previous, parseDenyRule(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
