// Benchmark of the live collector: an emulated organization (the emulator runs in its own process, with latency
// and per-operation rate limits injected) scanned through the real collector, SDK clients and HTTP.
// Run: npx tsx bench/collect.bench.ts [--accounts 200] [--hot 4] [--latency 20] [--tps 10] [--concurrency 64]
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { type CollectOptions, collectSnapshot } from "../src/collect/collect.js";
import { accountIdOf, generateEstate } from "../src/collect/test-helpers/estate.js";
import { accessKeyIdFor } from "../src/emulator/index.js";
import { SAGEMAKER_COLLECTIONS, type SageMakerCollection } from "../src/model/resource-types.js";
import type { Snapshot } from "../src/snapshot/schema.js";

const { values: args } = parseArgs({
  options: {
    accounts: { type: "string", default: "200" },
    hot: { type: "string", default: "4" },
    latency: { type: "string", default: "20" },
    tps: { type: "string", default: "10" },
    concurrency: { type: "string", default: "64" },
    "region-concurrency": { type: "string", default: "8" },
    "retry-mode": { type: "string" },
  },
});
const ACCOUNTS = Number(args.accounts);
const HOT = Number(args.hot);
const LATENCY_MS = Number(args.latency);
const TPS = Number(args.tps);
const BURST = Math.max(1, Math.floor(TPS)); // the emulator's default bucket: one second's worth
const CONCURRENCY = Number(args.concurrency);
const REGIONS = ["us-east-1", "eu-west-1"];
const NOW = new Date();

/**
 * A realistic spread: most accounts run a little SageMaker (a handful of each kind, within one burst), a few ML
 * platform accounts run a lot (hundreds of jobs and models) and set the pace under the rate limits.
 */
function perRegion(account: number, region: string): Partial<Record<SageMakerCollection, number>> {
  if (account >= 1 && account <= HOT) {
    const scale = region === REGIONS[0] ? 1 : 0.5;
    return {
      trainingJobs: Math.round(400 * scale),
      models: Math.round(300 * scale),
      endpointConfigs: Math.round(250 * scale),
      processingJobs: Math.round(200 * scale),
      notebookInstances: Math.round(120 * scale),
      endpoints: Math.round(100 * scale),
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

const estate = generateEstate({ accounts: ACCOUNTS, regions: REGIONS, perRegion, now: NOW, buckets: 3, roles: 4 });
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
console.log("after estate: rss", mb(process.memoryUsage().rss), "heap", mb(process.memoryUsage().heapUsed));

const UNLIMITED = new Set(["GetCallerIdentity", "ListAccounts", "AssumeRole"]);

/** The calls a perfect collector needs: one call per list page at the largest page size, one Describe per item. */
function minimumCalls(snapshot: Snapshot): { total: number; byScope: Map<string, Map<string, number>> } {
  const byScope = new Map<string, Map<string, number>>();
  let total = 0;
  const add = (scope: string, operation: string, n: number) => {
    const ops = byScope.get(scope) ?? new Map<string, number>();
    ops.set(operation, (ops.get(operation) ?? 0) + n);
    byScope.set(scope, ops);
    total += n;
  };
  const pages = (items: number, size: number) => Math.max(1, Math.ceil(items / size));
  const management = snapshot.accounts[0]?.accountId ?? "";
  add(`${management}|us-east-1`, "GetCallerIdentity", 1);
  add(`${management}|us-east-1`, "ListAccounts", pages(snapshot.accounts.length, 20));
  add(`${management}|us-east-1`, "AssumeRole", snapshot.accounts.length - 1);
  for (const account of snapshot.accounts) {
    const home = `${account.accountId}|us-east-1`;
    add(home, "DescribeRegions", 1);
    add(home, "GetAccountAuthorizationDetails", pages((account.iam?.roles?.length ?? 0) + (account.iam?.policies?.length ?? 0), 1000));
    add(home, "ListBuckets", 1);
    for (const bucket of account.s3?.buckets ?? []) {
      for (const op of ["GetBucketPolicy", "GetBucketTagging", "GetPublicAccessBlock"]) add(`${account.accountId}|${bucket.Region}`, op, 1);
    }
    for (const region of account.regions) {
      const scope = `${account.accountId}|${region.region}`;
      for (const collection of SAGEMAKER_COLLECTIONS) {
        const items = (region.sagemaker?.[collection] ?? []).length;
        add(scope, `List:${collection}`, pages(items, 100));
        add(scope, `Describe:${collection}`, items);
      }
      add(scope, "GetResources", pages(Object.keys(region.tags ?? {}).length, 100));
      for (const [collection, items] of Object.entries(region.ec2 ?? {})) {
        add(scope, `ec2:${collection}`, pages((items as unknown[]).length, collection === "routeTables" ? 100 : 1000));
      }
      add(scope, "DescribeRepositories", pages(region.ecr?.repositories?.length ?? 0, 1000));
    }
  }
  return { total, byScope };
}

/**
 * No collector can finish sooner than this: the busiest rate-limited operation of one account-region must wait
 * for its token bucket ((calls − burst) / rate), behind the unavoidable chain of round trips (caller identity →
 * list accounts → assume role → describe regions → list → last describe).
 */
function rateBoundSeconds(byScope: Map<string, Map<string, number>>): number {
  let busiest = 0;
  for (const ops of byScope.values()) {
    for (const [operation, calls] of ops) if (!UNLIMITED.has(operation)) busiest = Math.max(busiest, calls);
  }
  return Math.max(0, (busiest - BURST) / TPS) + (6 * LATENCY_MS) / 1000;
}

/**
 * Every regional service is rate-limited per operation and account-region; STS and Organizations, called only
 * from the management account (once per member), are not: their real quotas are far above what a scan needs.
 */
const faults = {
  latencyMs: LATENCY_MS,
  rateLimits: ["sagemaker", "ec2", "tagging", "ecr", "iam", "s3"].map((service) => ({ service, tps: TPS, burst: BURST })),
};

async function startEmulatorProcess(file: string, faultsFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "emulator", "--snapshot", file, "--faults", faultsFile],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" } },
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

let started = performance.now();
const timeline = new Map<string, { first: number; last: number; calls: number; throttles: number }>();
function trace(scope: string, service: string, operation: string, outcome: string) {
  const key = `${scope} ${service}:${operation}`;
  const now = (performance.now() - started) / 1000;
  const t = timeline.get(key) ?? { first: now, last: now, calls: 0, throttles: 0 };
  t.last = now;
  t.calls++;
  if (outcome === "throttled") t.throttles++;
  timeline.set(key, t);
}
function options(url: string): CollectOptions {
  return {
    region: "us-east-1",
    regions: "all",
    org: true,
    roleName: "mlharden-scanner",
    concurrency: CONCURRENCY,
    regionConcurrency: Number(args["region-concurrency"]),
    jobsSinceDays: 90,
    retryMode: args["retry-mode"] as CollectOptions["retryMode"],
    endpoint: url,
    credentials: async () => ({ accessKeyId: accessKeyIdFor(accountIdOf(0)), secretAccessKey: "emulated" }),
    now: () => NOW,
  };
}

const dir = mkdtempSync(join(tmpdir(), "mlharden-bench-"));
const file = join(dir, "estate.json");
const faultsFile = join(dir, "faults.json");
writeFileSync(file, JSON.stringify(estate));
writeFileSync(faultsFile, JSON.stringify(faults));
const { url, child } = await startEmulatorProcess(file, faultsFile);
try {
  // The emulator loads each service's models on its first call; keep that cold start out of the measurement.
  await collectSnapshot({ ...options(url), org: false, regions: ["us-east-1"] });
  await new Promise((resolve) => setTimeout(resolve, 2000)); // let the warm-up's token buckets refill
  const minimum = minimumCalls(estate);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const cpuBefore = process.cpuUsage();
  started = performance.now();
  const result = await collectSnapshot({ ...options(url), observer: { onAttempt: trace } });
  for (const [key, t] of [...timeline].filter(([k]) => k.startsWith("100000003333|us-east-1") || k.startsWith("caller") ).sort(([, a], [, b]) => a.first - b.first).slice(0, 14)) console.log("DBG", key, t.first.toFixed(2), t.last.toFixed(2), t.calls);
  const slowest = [...timeline].sort(([, a], [, b]) => b.last - a.last).slice(0, 6);
  for (const [key, t] of slowest) {
    const rate = (t.calls - t.throttles - BURST) / (t.last - t.first);
    console.log(`${key.padEnd(58)} ${t.first.toFixed(2)}→${t.last.toFixed(2)} s, ${t.calls} calls (${t.throttles} throttled), ${rate.toFixed(2)}/s`);
  }
  console.log("after collect: rss", mb(process.memoryUsage().rss), "heap", mb(process.memoryUsage().heapUsed));
  (globalThis as { gc?: () => void }).gc?.();
  console.log("after gc: rss", mb(process.memoryUsage().rss), "heap", mb(process.memoryUsage().heapUsed), "external", mb(process.memoryUsage().external), "arrayBuffers", mb(process.memoryUsage().arrayBuffers));
  const complete = isDeepStrictEqual({ ...result.snapshot, collectedAt: "" }, { ...estate, collectedAt: "" });
  const rateBound = rateBoundSeconds(minimum.byScope);
  const latencyBound = (minimum.total * LATENCY_MS) / 1000 / CONCURRENCY;
  const bound = Math.max(rateBound, latencyBound);
  const resources = estate.accounts.flatMap((a) => a.regions).flatMap((r) => Object.values(r.sagemaker ?? {})).flat().length;
  const rows: [string, string][] = [
    ["estate", `${ACCOUNTS} accounts × ${REGIONS.length} regions, ${resources} SageMaker resources (${HOT} busy accounts)`],
    ["faults", `${LATENCY_MS} ms latency, ${TPS} TPS (burst ${BURST}) per operation per account-region`],
    ["collected everything", complete ? "yes (snapshot equal to the estate)" : "NO"],
    ["wall time", `${result.seconds.toFixed(2)} s`],
    ["bound: rate limits", `${rateBound.toFixed(2)} s`],
    ["bound: latency × calls / concurrency", `${latencyBound.toFixed(2)} s (concurrency ${CONCURRENCY})`],
    ["wall / bound", `${(result.seconds / bound).toFixed(3)}×`],
    ["calls", `${result.stats.calls} (minimum ${minimum.total}, ${(result.stats.calls / minimum.total).toFixed(3)}×)`],
    ["throttles seen", String(result.stats.throttles)],
    ["collector CPU", `${((process.cpuUsage(cpuBefore).user + process.cpuUsage(cpuBefore).system) / 1e6).toFixed(1)} s`],
    ["event loop delay p50/p99/max", `${(lag.percentile(50) / 1e6).toFixed(0)}/${(lag.percentile(99) / 1e6).toFixed(0)}/${(lag.max / 1e6).toFixed(0)} ms`],
    ["peak RSS (collector)", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
    ["learned rates", JSON.stringify(result.learnedRates)],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(38)} ${value}`);
  if (!complete) process.exitCode = 1;
  console.log("emulator CPU", execFileSync("ps", ["-o", "times=", "-p", String(child.pid)]).toString().trim(), "s");
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}
