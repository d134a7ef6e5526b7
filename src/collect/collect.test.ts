import { describe, expect, it } from "vitest";
import { CONTROLS } from "../controls/catalog.js";
import { accessKeyIdFor, type FaultConfig, startEmulator } from "../emulator/index.js";
import { evaluate } from "../evaluate/evaluate.js";
import { roleReach } from "../reach/data-reach.js";
import { buildReachEstate } from "../reach/estate.js";
import { loadSnapshotFile } from "../snapshot/load.js";
import type { Snapshot } from "../snapshot/schema.js";
import { inventoryFromSnapshot } from "../snapshot/to-inventory.js";
import { type CollectOptions, collectSnapshot } from "./collect.js";
import { COLLECTOR_OPERATIONS } from "./operations.js";
import { accountIdOf, generateEstate, RESTRICTED_OU, restrictedBucket } from "./test-helpers/estate.js";

const NOW = new Date("2026-11-28T12:00:00.000Z");

/** A few accounts × regions × hundreds of resources, every collection populated. */
const estate = generateEstate({
  accounts: 3,
  regions: ["us-east-1", "eu-west-1"],
  perRegion: (account, region) => ({
    notebookInstances: 12,
    models: 10 + account,
    endpointConfigs: 8,
    endpoints: 7,
    monitoringSchedules: 4,
    dataQualityJobDefinitions: 3,
    modelQualityJobDefinitions: 2,
    modelBiasJobDefinitions: 2,
    modelExplainabilityJobDefinitions: 2,
    featureGroups: 5,
    appImageConfigs: 2,
    images: 2,
    inferenceExperiments: 2,
    domains: region === "us-east-1" ? 2 : 1,
    trainingJobs: 11,
    processingJobs: 6,
    transformJobs: 4,
  }),
  now: NOW,
});

interface Run {
  snapshot: Snapshot;
  faults?: FaultConfig;
  options?: Partial<CollectOptions>;
  /** The caller's account (default: the snapshot's first). */
  caller?: string;
}

async function collectFrom({ snapshot, faults, options, caller }: Run) {
  const emulator = await startEmulator({ snapshot, faults });
  try {
    const accessKeyId = accessKeyIdFor(caller ?? snapshot.accounts[0]?.accountId ?? "");
    const result = await collectSnapshot({
      region: "us-east-1",
      regions: "all",
      concurrency: 32,
      regionConcurrency: 8,
      jobsSinceDays: 90,
      maxAttempts: 2,
      endpoint: emulator.url,
      credentials: async () => ({ accessKeyId, secretAccessKey: "emulated" }),
      redriveDelayMs: () => 0,
      now: () => NOW,
      ...options,
    });
    return { ...result, served: emulator.stats() };
  } finally {
    await emulator.stop();
  }
}

const withoutTime = (snapshot: Snapshot) => ({ ...snapshot, collectedAt: "" });
const resourceCount = (snapshot: Snapshot) =>
  snapshot.accounts
    .flatMap((a) => a.regions)
    .flatMap((r) => Object.values(r.sagemaker ?? {}))
    .reduce((n: number, items) => n + (items as unknown[]).length, 0);

describe("collect against the emulator", () => {
  it("round-trips a generated organization: 3 accounts × 2 regions, hundreds of resources", async () => {
    const { snapshot, stats } = await collectFrom({ snapshot: estate, options: { org: true, roleName: "scanner" } });
    expect(resourceCount(estate)).toBeGreaterThan(500);
    expect(withoutTime(snapshot)).toEqual(withoutTime(estate));
    expect(snapshot.collectedAt).toBe(NOW.toISOString());
    // One Describe per item, and the org read from the management account, members entered through AssumeRole.
    expect(stats.operations["sagemaker:DescribeNotebookInstance"]?.calls).toBe(3 * 2 * 12);
    expect(stats.operations["organizations:ListAccounts"]?.calls).toBe(1);
    expect(stats.operations["sts:AssumeRole"]?.calls).toBe(2);
    // The organization's tree walked down from its root: one call of each kind per root and OU, not per account.
    expect(stats.operations["organizations:ListOrganizationalUnitsForParent"]?.calls).toBe(3);
    expect(stats.operations["organizations:ListAccountsForParent"]?.calls).toBe(3);
    expect(stats.operations["organizations:DescribePolicy"]?.calls).toBe(2);
    // The scan called every operation of COLLECTOR_OPERATIONS (which the scanner policy allows), and no other.
    const everyOperation = Object.entries(COLLECTOR_OPERATIONS).flatMap(([service, ops]) =>
      ops.map((op) => `${service}:${op}`),
    );
    expect(Object.keys(stats.operations).sort()).toEqual(everyOperation.sort());
  });

  it("round-trips the lesson estate exactly", async () => {
    const lesson = await loadSnapshotFile("examples/estates/lesson.json");
    const { snapshot } = await collectFrom({
      snapshot: lesson,
      options: { org: true, roleName: "mlharden-scanner", jobsSinceDays: 36_500 },
    });
    expect(withoutTime(snapshot)).toEqual(withoutTime(lesson));
    // The lesson's recorded AccessDenied (an SCP on ListFeatureGroups) comes back as a gap, not as "none".
    const sandboxEu = snapshot.accounts[1]?.regions.find((r) => r.region === "eu-west-1");
    expect(sandboxEu?.errors?.map((e) => e.collection)).toEqual(["sagemaker.featureGroups"]);
    expect(sandboxEu?.sagemaker?.featureGroups).toBeUndefined();
  });

  it("collects everything under 5 TPS rate limits per operation and account-region, and 5% server errors", async () => {
    const { snapshot, stats, served } = await collectFrom({
      snapshot: estate,
      faults: { rateLimits: [{ tps: 5 }], errorRate: 0.05, seed: 7 },
      options: { org: true, roleName: "scanner", maxAttempts: 4 },
    });
    expect(withoutTime(snapshot)).toEqual(withoutTime(estate));
    expect(served.totalThrottles).toBeGreaterThan(0);
    expect(Object.values(served.serverErrors).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // Every attempt the emulator saw was counted by the collector, throttles included.
    expect(stats.calls).toBe(served.totalCalls);
    expect(stats.throttles).toBe(served.totalThrottles);
  });

  it("records an AccessDenied operation as a gap, finishes, and the affected controls say NOT_ASSESSED", async () => {
    const { snapshot } = await collectFrom({
      snapshot: estate,
      faults: { deny: [{ service: "sagemaker", operation: "ListNotebookInstances", account: accountIdOf(1) }] },
      options: { org: true, roleName: "scanner" },
    });
    const denied = snapshot.accounts[1];
    for (const region of denied?.regions ?? []) {
      expect(region.sagemaker?.notebookInstances).toBeUndefined();
      expect(region.errors).toEqual([
        expect.objectContaining({
          service: "sagemaker",
          operation: "ListNotebookInstances",
          collection: "sagemaker.notebookInstances",
          code: "AccessDeniedException",
        }),
      ]);
      expect(region.sagemaker?.models).toHaveLength(11);
    }
    // Everything else was read.
    expect(snapshot.accounts[0]).toEqual(estate.accounts[0]);

    const findings = evaluate(inventoryFromSnapshot(snapshot), { controls: CONTROLS });
    const notebookControl = findings.filter(
      (f) => f.controlId === "SageMaker.1" && f.accountId === accountIdOf(1) && f.region === "us-east-1",
    );
    expect(notebookControl.map((f) => f.status)).toEqual(["NOT_ASSESSED"]);
    expect(notebookControl[0]?.reason).toContain("AccessDeniedException");
  });

  it("records a denied Describe once per collection and keeps the items it could read", async () => {
    const { snapshot } = await collectFrom({
      snapshot: estate,
      faults: { deny: [{ service: "sagemaker", operation: "DescribeModel", region: "eu-west-1" }] },
      options: { accounts: [accountIdOf(0)] },
    });
    const [us, eu] = snapshot.accounts[0]?.regions ?? [];
    expect(us?.sagemaker?.models).toHaveLength(10);
    expect(eu?.sagemaker?.models).toEqual([]);
    expect(eu?.errors).toEqual([
      expect.objectContaining({
        operation: "DescribeModel",
        collection: "sagemaker.models",
        code: "AccessDeniedException",
      }),
    ]);
  });

  it("enters member accounts with AssumeRole and turns a refused role into gaps for that account", async () => {
    const outsider = "999988887777";
    const { snapshot, stats } = await collectFrom({
      snapshot: estate,
      options: { accounts: [accountIdOf(0), accountIdOf(2), outsider], roleName: "scanner", regions: ["us-east-1"] },
    });
    expect(snapshot.accounts.map((a) => a.accountId)).toEqual([accountIdOf(0), accountIdOf(2), outsider]);
    expect(snapshot.accounts[1]?.regions[0]).toEqual(estate.accounts[2]?.regions[0]);
    const refused = snapshot.accounts[2];
    expect(refused?.errors?.map((e) => `${e.collection} ${e.operation} ${e.code}`)).toEqual([
      "iam AssumeRole AccessDenied",
      "s3 AssumeRole AccessDenied",
    ]);
    expect(refused?.regions[0]?.errors).toContainEqual(
      expect.objectContaining({ collection: "sagemaker.notebookInstances", service: "sts", code: "AccessDenied" }),
    );
    expect(stats.operations["sts:AssumeRole"]?.calls).toBe(2);
  });

  it("lists jobs of the recent window only (--jobs-since-days)", async () => {
    const { snapshot } = await collectFrom({
      snapshot: estate,
      options: { accounts: [accountIdOf(0)], jobsSinceDays: 10 },
    });
    const jobs = snapshot.accounts[0]?.regions[0]?.sagemaker?.trainingJobs ?? [];
    const cutoff = NOW.getTime() - 10 * 86_400_000;
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.length).toBeLessThan(11);
    for (const job of jobs) expect(Date.parse(String(job.CreationTime))).toBeGreaterThan(cutoff);
  });
});

describe("collect --org: the organization's service control policies", () => {
  const executionRole = (account: number) => `arn:aws:iam::${accountIdOf(account)}:role/service-role/ml-role-0`;
  const reachOf = (snapshot: Snapshot, account: number) =>
    roleReach(buildReachEstate(snapshot, NOW), executionRole(account)).buckets;
  const readable = (snapshot: Snapshot, account: number) =>
    reachOf(snapshot, account)
      .filter((b) => b.read)
      .map((b) => b.bucket);
  const ownBuckets = (account: number, indexes: number[]) => indexes.map((i) => `ml-data-${accountIdOf(account)}-${i}`);

  it("are collected live, and the SCP on an OU cuts the read of a role in an account under it", async () => {
    const { snapshot } = await collectFrom({ snapshot: estate, options: { org: true, roleName: "scanner" } });
    expect(snapshot.organizations?.accounts?.find((a) => a.Id === accountIdOf(1))?.Parents).toEqual([
      { Id: RESTRICTED_OU, Type: "ORGANIZATIONAL_UNIT" },
    ]);
    // Account 1 is in the restricted OU: its role's inline policy allows s3:GetObject on *, the OU's SCP denies
    // its restricted bucket.
    expect(readable(snapshot, 1)).toEqual(ownBuckets(1, [0, 2]));
    // Account 2 is in the other OU: FullAWSAccess allows the read at every level of its path.
    expect(readable(snapshot, 2)).toEqual(ownBuckets(2, [0, 1, 2]));
    const restricted = reachOf(snapshot, 2).find((b) => b.bucket === restrictedBucket(accountIdOf(2)));
    expect(restricted?.read?.reason).toContain("SCP FullAWSAccess on OU ou-a1b2-22222222 (ml-workloads)");

    // Without --org the snapshot holds no SCPs, and nothing cuts account 1's read.
    const { snapshot: withoutOrg } = await collectFrom({
      snapshot: estate,
      options: { accounts: [accountIdOf(0), accountIdOf(1)], roleName: "scanner", regions: ["us-east-1"] },
    });
    expect(withoutOrg.organizations).toBeUndefined();
    expect(readable(withoutOrg, 1)).toEqual(ownBuckets(1, [0, 1, 2]));
  });

  it.each([
    ["DescribeOrganization", undefined],
    ["ListPolicies", { organization: estate.organizations?.organization }],
  ])("a denied %s is a gap: SCPs unknown, not absent, and the scan goes on", async (operation, organizations) => {
    const { snapshot } = await collectFrom({
      snapshot: estate,
      faults: { deny: [{ service: "organizations", operation }] },
      options: { org: true, roleName: "scanner" },
    });
    expect(snapshot.accounts).toEqual(estate.accounts);
    expect(snapshot.organizations).toEqual(organizations);
    expect(snapshot.errors).toEqual([
      expect.objectContaining({
        service: "organizations",
        operation,
        collection: "organizations",
        code: "AccessDeniedException",
      }),
    ]);

    // Reach: the read the unknown SCPs could cut is conditional, and says why.
    const restricted = reachOf(snapshot, 1).find((b) => b.bucket === restrictedBucket(accountIdOf(1)));
    expect(restricted?.read).toMatchObject({
      decision: "conditional",
      reason: `allowed by inline policy inline statement 0; conditional: the organization's SCPs could not be read (organizations:${operation} answered AccessDeniedException)`,
    });
    // The management account is known once DescribeOrganization answered: SCPs never bind it.
    const management = reachOf(snapshot, 0).map((b) => b.read?.decision);
    expect(new Set(management)).toEqual(new Set([organizations ? "allowed" : "conditional"]));

    // Collected again from this snapshot, the emulator replays the gap.
    const again = await collectFrom({ snapshot, options: { org: true, roleName: "scanner" } });
    expect(withoutTime(again.snapshot)).toEqual(withoutTime(snapshot));
  });
});
