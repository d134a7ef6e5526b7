import { AsyncLocalStorage } from "node:async_hooks";
import type { CollectOptions, CollectResult } from "../collect/collect.js";
import type { Snapshot } from "../snapshot/schema.js";
import { type CollectCliOptions, checkCollectOptions } from "./collect-options.js";
import type { CliIO } from "./io.js";

/**
 * Settings a caller can put around a live collection without command-line flags: `demo` points the SDK at its
 * emulator with the emulator's keys this way, then runs the ordinary `scan`.
 */
export const liveCollectionSettings = new AsyncLocalStorage<Pick<CollectOptions, "endpoint" | "credentials">>();

/** Collects live with the command's options: progress bars on a terminal, `--stats` and a summary on stderr. */
export async function collectLive(options: CollectCliOptions, io: CliIO): Promise<Snapshot> {
  checkCollectOptions(options);
  // The SDK clients take most of a second to load; only a live collection pays for them.
  const { collectSnapshot } = await import("../collect/collect.js");
  const { ProgressDisplay } = await import("../collect/progress.js");
  const progress =
    !options.quiet && io.stderr.isTTY ? new ProgressDisplay(io.stderr as NodeJS.WritableStream) : undefined;
  let result: CollectResult;
  try {
    result = await collectSnapshot({
      profile: options.profile,
      region: options.region,
      regions: options.regions,
      accounts: options.accounts,
      org: options.org,
      roleName: options.roleName,
      externalId: options.externalId,
      concurrency: options.concurrency,
      regionConcurrency: Math.min(options.concurrency, 8),
      jobsSinceDays: options.jobsSinceDays,
      maxAttempts: options.maxAttempts,
      observer: progress,
      ...liveCollectionSettings.getStore(),
    });
  } finally {
    progress?.stop();
  }
  if (options.stats) await writeStats(result, options.stats, io);
  if (!options.quiet) io.stderr.write(`${summary(result)}\n`);
  return result.snapshot;
}

async function writeStats(result: CollectResult, format: "text" | "json", io: CliIO): Promise<void> {
  if (format === "json") {
    const { stats, learnedRates, seconds } = result;
    io.stderr.write(`${JSON.stringify({ seconds: Number(seconds.toFixed(3)), ...stats, learnedRates }, null, 2)}\n`);
    return;
  }
  const { formatStats } = await import("../collect/stats.js");
  io.stderr.write(formatStats(result.stats, result.seconds));
}

/** `collected 42 resources from 2 accounts, 4 regions in 1.3 s (228 API calls); 1 collection could not be read` */
function summary({ snapshot, stats, seconds }: CollectResult): string {
  const regions = snapshot.accounts.reduce((n, a) => n + a.regions.length, 0);
  let resources = 0;
  let unreadable = 0;
  for (const account of snapshot.accounts) {
    unreadable += account.errors?.length ?? 0;
    for (const region of account.regions) {
      unreadable += region.errors?.length ?? 0;
      for (const items of Object.values(region.sagemaker ?? {})) resources += Array.isArray(items) ? items.length : 0;
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const gaps =
    unreadable > 0 ? `; ${plural(unreadable, "collection error")} recorded (see errors in the snapshot)` : "";
  return (
    `mlharden: collected ${plural(resources, "SageMaker resource")} from ${plural(snapshot.accounts.length, "account")}, ` +
    `${plural(regions, "region")} in ${seconds.toFixed(1)} s (${plural(stats.calls, "API call")})${gaps}`
  );
}
