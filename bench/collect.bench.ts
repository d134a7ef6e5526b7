// Benchmark of the live collector: an emulated organization — the emulator in its own process, with latency and
// per-operation rate limits injected — scanned through the real collector, SDK clients and HTTP.
// Run: node --expose-gc --import tsx bench/collect.bench.ts [--accounts 200] [--busy 4] [--latency 20] [--tps 10]
//      [--concurrency 64] [--region-concurrency 8]
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { type CollectOptions, collectSnapshot } from "../src/collect/collect.js";
import { COLLECTOR_OPERATIONS } from "../src/collect/operations.js";
import { accountIdOf, generateEstate } from "../src/collect/test-helpers/estate.js";
import { accessKeyIdFor } from "../src/emulator/index.js";
import { SAGEMAKER_COLLECTIONS, type SageMakerCollection } from "../src/model/resource-types.js";
import type { Snapshot } from "../src/snapshot/schema.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const { values: args } = parseArgs({
  options: {
    accounts: { type: "string", default: "200" },
    busy: { type: "string", default: "4" },
    latency: { type: "string", default: "20" },
    tps: { type: "string", default: "10" },
    concurrency: { type: "string", default: "64" },
    "region-concurrency": { type: "string", default: "8" },
  },
});
const ACCOUNTS = Number(args.accounts);
const BUSY = Number(args.busy);
const LATENCY_MS = Number(args.latency);
const TPS = Number(args.tps);
const BURST = Math.max(1, Math.floor(TPS)); // a second's worth, as the emulator's buckets default to
const CONCURRENCY = Number(args.concurrency);
const REGIONS = ["us-east-1", "eu-west-1"];
const NOW = new Date();

/** The busy accounts sit spread over the organization (25, 75, 125, 175 of 200), not first in line. */
const spacing = Math.floor(ACCOUNTS / BUSY);
const isBusy = (account: number) => account % spacing === Math.floor(spacing / 2) && account < spacing * BUSY;

/**
 * A realistic spread: most accounts run a little SageMaker (a handful of each kind, within one burst); a few ML
 * platform accounts run a lot (hundreds of jobs and models) and set the pace under the rate limits.
 */
function perRegion(account: number, region: string): Partial<Record<SageMakerCollection, number>> {
  if (isBusy(account)) {
    const scale = region === REGIONS[0] ? 1 : 0.5;
    return {
      trainingJobs: 400 * scale,
      models: 300 * scale,
      endpointConfigs: 250 * scale,
      processingJobs: 200 * scale,
      notebookInstances: 120 * scale,
      endpoints: 100 * scale,
      monitoringSchedules: 20,
      dataQualityJobDefinitions: 12,
      featureGroups: 30,
      domains: 2,
    };
  }
  const n = (k: number) => (account * 7 + k * 3 + region.length) % 6;
  return {
    notebookInstances: n(1),
    models: n(2) + 2,
    endpointConfigs: n(3),
    endpoints: n(3),
    trainingJobs: n(4) + 3,
    processingJobs: n(5),
    featureGroups: n(6) % 3,
    domains: account % 3 === 0 ? 1 : 0,
  };
}

/**
 * Every regional service is rate-limited per operation and account-region. STS and Organizations, called from the
 * management account once per member, are not: their real quotas are far above what a scan needs.
 */
const RATE_LIMITED = ["sagemaker", "ec2", "tagging", "ecr", "iam", "s3"];
const UNLIMITED_OPERATIONS = new Set(["GetCallerIdentity", "AssumeRole", ...COLLECTOR_OPERATIONS.organizations]);

const pages = (items: number, size: number) => Math.max(1, Math.ceil(items / size));

/**
 * The calls a perfect collector needs — one call per list page at the largest page size AWS allows, one Describe
 * per item — by account-region and operation.
 */
function minimumCalls(snapshot: Snapshot): { total: number; byScope: Map<string, Map<string, number>> } {
  const byScope = new Map<string, Map<string, number>>();
  let total = 0;
  const add = (scope: string, operation: string, n: number) => {
    const operations = byScope.get(scope) ?? new Map<string, number>();
    operations.set(operation, (operations.get(operation) ?? 0) + n);
    byScope.set(scope, operations);
    total += n;
  };
  const management = `${snapshot.accounts[0]?.accountId}|us-east-1`;
  add(management, "GetCallerIdentity", 1);
  add(management, "ListAccounts", pages(snapshot.accounts.length, 20));
  add(management, "AssumeRole", snapshot.accounts.length - 1);
  // The organization's tree and SCPs, read from the management account.
  const org = snapshot.organizations;
  const under = (items: { Parents: { Id: string }[] }[] | undefined, id: string) =>
    (items ?? []).filter((item) => item.Parents[0]?.Id === id).length;
  add(management, "DescribeOrganization", 1);
  add(management, "ListRoots", pages(org?.roots?.length ?? 0, 20));
  for (const { Id } of [...(org?.roots ?? []), ...(org?.organizationalUnits ?? [])]) {
    add(management, "ListOrganizationalUnitsForParent", pages(under(org?.organizationalUnits, Id), 20));
    add(management, "ListAccountsForParent", pages(under(org?.accounts, Id), 20));
  }
  add(management, "ListPolicies", pages(org?.policies?.length ?? 0, 20));
  for (const policy of org?.policies ?? []) {
    add(management, "DescribePolicy", 1);
    add(management, "ListTargetsForPolicy", pages(policy.Targets.length, 20));
  }
  for (const account of snapshot.accounts) {
    const home = `${account.accountId}|us-east-1`;
    const iamItems = (account.iam?.roles?.length ?? 0) + (account.iam?.policies?.length ?? 0);
    add(home, "DescribeRegions", 1);
    add(home, "GetAccountAuthorizationDetails", pages(iamItems, 1000));
    add(home, "ListBuckets", 1);
    for (const bucket of account.s3?.buckets ?? []) {
      for (const operation of ["GetBucketPolicy", "GetBucketTagging", "GetPublicAccessBlock"]) {
        add(`${account.accountId}|${bucket.Region}`, operation, 1);
      }
    }
    for (const region of account.regions) {
      const scope = `${account.accountId}|${region.region}`;
      for (const collection of SAGEMAKER_COLLECTIONS) {
        const items = (region.sagemaker?.[collection] ?? []).length;
        add(scope, `List ${collection}`, pages(items, 100));
        add(scope, `Describe ${collection}`, items);
      }
      add(scope, "GetResources", pages(Object.keys(region.tags ?? {}).length, 100));
      for (const [collection, items] of Object.entries(region.ec2 ?? {})) {
        add(scope, `ec2 ${collection}`, pages((items as unknown[]).length, collection === "routeTables" ? 100 : 1000));
      }
      add(scope, "DescribeRepositories", pages(region.ecr?.repositories?.length ?? 0, 1000));
    }
  }
  return { total, byScope };
}

/**
 * No collector can finish sooner: the busiest rate-limited operation of an account-region waits for its token
 * bucket ((calls − burst) / rate) behind the chain of round trips that must come first (caller identity → list
 * accounts → assume role → describe regions → list → the last describe).
 */
function rateBoundSeconds(byScope: Map<string, Map<string, number>>): number {
  let busiest = 0;
  for (const operations of byScope.values()) {
    for (const [operation, calls] of operations) {
      if (!UNLIMITED_OPERATIONS.has(operation)) busiest = Math.max(busiest, calls);
    }
  }
  return Math.max(0, (busiest - BURST) / TPS) + (6 * LATENCY_MS) / 1000;
}

async function startEmulatorProcess(dir: string, estate: Snapshot): Promise<{ url: string; child: ChildProcess }> {
  const snapshotFile = join(dir, "estate.json");
  const faultsFile = join(dir, "faults.json");
  writeFileSync(snapshotFile, JSON.stringify(estate));
  const rateLimits = RATE_LIMITED.map((service) => ({ service, tps: TPS, burst: BURST }));
  writeFileSync(faultsFile, JSON.stringify({ latencyMs: LATENCY_MS, rateLimits }));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "emulator", "--snapshot", snapshotFile, "--faults", faultsFile],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /AWS_ENDPOINT_URL=(\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { url, child };
}

/** When each (account-region, operation) ran, to show what set the wall time. */
class Timeline {
  private readonly started = performance.now();
  readonly entries = new Map<string, { first: number; last: number; calls: number; throttles: number }>();

  record(scope: string, service: string, operation: string, outcome: string): void {
    const key = `${scope} ${service}:${operation}`;
    const now = (performance.now() - this.started) / 1000;
    const entry = this.entries.get(key) ?? { first: now, last: now, calls: 0, throttles: 0 };
    entry.last = now;
    entry.calls++;
    if (outcome === "throttled") entry.throttles++;
    this.entries.set(key, entry);
  }

  slowest(n: number): string[] {
    return [...this.entries]
      .sort(([, a], [, b]) => b.last - a.last)
      .slice(0, n)
      .map(([key, t]) => {
        const rate = (t.calls - t.throttles - BURST) / (t.last - t.first);
        return `  ${key.padEnd(56)} ${t.first.toFixed(2)} → ${t.last.toFixed(2)} s, ${t.calls} calls (${t.throttles} throttled), ${rate.toFixed(2)}/s after the burst`;
      });
  }
}

const estate = generateEstate({ accounts: ACCOUNTS, regions: REGIONS, perRegion, now: NOW, buckets: 3, roles: 4 });
const dir = mkdtempSync(join(tmpdir(), "mlharden-bench-"));
const { url, child } = await startEmulatorProcess(dir, estate);
const options: CollectOptions = {
  region: "us-east-1",
  regions: "all",
  org: true,
  roleName: "mlharden-scanner",
  concurrency: CONCURRENCY,
  regionConcurrency: Number(args["region-concurrency"]),
  jobsSinceDays: 90,
  endpoint: url,
  credentials: async () => ({ accessKeyId: accessKeyIdFor(accountIdOf(0)), secretAccessKey: "emulated" }),
  now: () => NOW,
};
try {
  // The emulator loads each service's models on first use: keep its cold start out of the measurement, then let
  // the warm-up's token buckets refill.
  await collectSnapshot({ ...options, org: false, regions: ["us-east-1"] });
  await new Promise((resolve) => setTimeout(resolve, 2000));

  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const cpu = process.cpuUsage();
  const timeline = new Timeline();
  const result = await collectSnapshot({ ...options, observer: { onAttempt: (...a) => timeline.record(...a) } });
  const cpuSeconds = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6;
  lag.disable();
  (globalThis as { gc?: () => void }).gc?.();
  const liveHeap = process.memoryUsage().heapUsed;

  const complete = isDeepStrictEqual({ ...result.snapshot, collectedAt: "" }, { ...estate, collectedAt: "" });
  const minimum = minimumCalls(estate);
  const rateBound = rateBoundSeconds(minimum.byScope);
  const latencyBound = (minimum.total * LATENCY_MS) / 1000 / CONCURRENCY;
  const bound = Math.max(rateBound, latencyBound);
  const resources = estate.accounts
    .flatMap((a) => a.regions)
    .flatMap((r) => Object.values(r.sagemaker ?? {}))
    .flat();
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const rows: [string, string][] = [
    ["estate", `${ACCOUNTS} accounts × ${REGIONS.length} regions, ${resources.length} SageMaker resources`],
    ["", `(${BUSY} busy accounts spread over the organization, the rest small)`],
    ["faults", `${LATENCY_MS} ms latency; ${TPS} TPS, burst ${BURST}, per operation per account-region`],
    ["collected everything", complete ? "yes (the snapshot equals the estate)" : "NO"],
    ["wall time", `${result.seconds.toFixed(2)} s`],
    ["bound: rate limits", `${rateBound.toFixed(2)} s`],
    ["bound: latency × calls / concurrency", `${latencyBound.toFixed(2)} s (concurrency ${CONCURRENCY})`],
    ["wall time / bound", `${(result.seconds / bound).toFixed(3)}×`],
    ["calls", `${result.stats.calls}; minimum ${minimum.total}; ${(result.stats.calls / minimum.total).toFixed(3)}×`],
    ["throttles seen", String(result.stats.throttles)],
    ["peak RSS (collector process)", mb(process.resourceUsage().maxRSS * 1024)],
    [
      "live heap after the scan (after GC)",
      (globalThis as { gc?: unknown }).gc ? mb(liveHeap) : "(run with --expose-gc)",
    ],
    ["collector CPU", `${cpuSeconds.toFixed(1)} s`],
    [
      "emulator CPU",
      `${execFileSync("ps", ["-o", "times=", "-p", String(child.pid)])
        .toString()
        .trim()} s`,
    ],
    [
      "event-loop delay p50 / p99",
      `${(lag.percentile(50) / 1e6).toFixed(0)} / ${(lag.percentile(99) / 1e6).toFixed(0)} ms`,
    ],
    ["learned rates (calls/s)", JSON.stringify(result.learnedRates)],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(38)} ${value}`);
  console.log("what ended last:");
  for (const line of timeline.slowest(4)) console.log(line);
  if (!complete) process.exitCode = 1;
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}
