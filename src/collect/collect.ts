import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { InputError } from "../errors.js";
import { SAGEMAKER_COLLECTIONS } from "../model/resource-types.js";
import type { CollectionError, Snapshot } from "../snapshot/schema.js";
import { CallGates, type CallObserver, defaultRedriveDelayMs } from "./call-layer.js";
import { ClientPool, type RequestHandler, resolveSdkSettings } from "./clients.js";
import { type PhaseReporter, ScopeContext } from "./context.js";
import { assumeRoleCredentials, type CredentialProvider, standardCredentials } from "./credentials.js";
import { collectVpcContext } from "./ec2.js";
import { collectRepositories } from "./ecr.js";
import { errorCode, isAwsError } from "./errors.js";
import { collectIam } from "./iam.js";
import { EC2_OPERATIONS, LISTING_ORDER } from "./operations.js";
import { organizationAccounts } from "./org.js";
import { collectOrganizations } from "./organizations-policies.js";
import { Pacing } from "./pacing.js";
import { enabledRegions, globalRegion, type Partition, partitionOf, type RegionSelection } from "./regions.js";
import { collectBuckets } from "./s3.js";
import { collectSageMakerCollection } from "./sagemaker.js";
import {
  buildSnapshot,
  type CollectedAccount,
  type CollectedOrganization,
  type CollectedRegion,
} from "./snapshot-writer.js";
import { CallStats, type CallStatsReport } from "./stats.js";
import { collectTags } from "./tags.js";

export interface CollectOptions {
  /** Named profile of the shared AWS config (`--profile`). */
  profile?: string;
  /** Home region: STS, DescribeRegions, S3 ListBuckets, and the scanned region when `regions` is not given. */
  region?: string;
  regions?: RegionSelection;
  /** Accounts to scan; without `org`, each other than the caller's own is entered through `roleName`. */
  accounts?: string[];
  /**
   * Scan every active account of the organization (ListAccounts from the management or delegated-admin account),
   * and read its structure and service control policies into the `organizations` section.
   */
  org?: boolean;
  roleName?: string;
  externalId?: string;
  /** Calls in flight at once, across the whole scan. */
  concurrency: number;
  /** Calls in flight at once per account-region (not counting paced calls). */
  regionConcurrency: number;
  /** Training, processing and transform jobs created within this many days. */
  jobsSinceDays: number;
  /**
   * Attempts per call on transient failures (default: the SDK's setting, `AWS_MAX_ATTEMPTS`, 3). Throttled calls
   * are paced and driven again until they succeed: they do not count.
   */
  maxAttempts?: number;
  /** An endpoint for every service (the emulator); otherwise the SDK honours `AWS_ENDPOINT_URL[_<SERVICE>]`. */
  endpoint?: string;
  /** Credentials to start from instead of the standard chain (the demo's emulator keys). */
  credentials?: CredentialProvider;
  requestHandler?: RequestHandler;
  redriveDelayMs?: (retry: number) => number;
  observer?: CollectObserver;
  now?: () => Date;
}

/**
 * Progress of the scan by phase: one account-region, keyed `account|region` like the call scopes. A phase is
 * done when all its collections are.
 */
export interface CollectObserver extends CallObserver {
  phaseStarted?(phase: string, collections: number): void;
  collectionDone?(phase: string): void;
  resourcesFound?(phase: string, count: number): void;
}

export interface CollectResult {
  snapshot: Snapshot;
  stats: CallStatsReport;
  /** Rate limits learned from throttling (calls per second by `service:Operation`). */
  learnedRates: Record<string, number>;
  seconds: number;
}

/** Collections read per region, and per account (IAM, S3). */
const REGION_COLLECTIONS = [
  ...SAGEMAKER_COLLECTIONS.map((c) => `sagemaker.${c}`),
  "tags",
  ...Object.keys(EC2_OPERATIONS).map((c) => `ec2.${c}`),
  "ecr.repositories",
];
const ACCOUNT_COLLECTIONS = ["iam", "s3"];

/** Reads every account and region of the scope into an `mlharden/snapshot@1` document. */
export async function collectSnapshot(options: CollectOptions): Promise<CollectResult> {
  const started = performance.now();
  const stats = new CallStats();
  const pacing = new Pacing();
  const home = options.region ?? (await defaultRegion(options.profile));
  const sdk = await resolveSdkSettings(home, options.profile);
  const pool = new ClientPool({
    shared: sdk.client,
    layer: {
      gates: new CallGates(options.concurrency, options.regionConcurrency),
      pacing,
      stats,
      observer: options.observer,
      maxAttempts: options.maxAttempts ?? sdk.maxAttempts,
      redriveDelayMs: options.redriveDelayMs ?? defaultRedriveDelayMs,
    },
    endpoint: options.endpoint,
    requestHandler: options.requestHandler,
  });
  try {
    const base = options.credentials ?? standardCredentials(options.profile);
    const run = new Collection(pool, options, home, base);
    const { accounts, organization } = await run.collect();
    const now = options.now?.() ?? new Date();
    return {
      snapshot: buildSnapshot(accounts, now, organization),
      stats: stats.report(),
      learnedRates: pacing.learnedRates(),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    pool.destroy();
  }
}

/** The region the SDK would use by itself: `AWS_REGION`, or the profile's `region`. */
async function defaultRegion(profile: string | undefined): Promise<string> {
  const sts = new STSClient(profile ? { profile } : {});
  try {
    return await sts.config.region();
  } catch {
    throw new InputError("no AWS region: pass --region or set AWS_REGION (or a region in the profile)");
  } finally {
    sts.destroy();
  }
}

class Collection {
  private readonly partition: Partition;
  /** Jobs created since then are listed (`--jobs-since-days`). */
  private readonly jobsSince: Date;
  private callerRegions: Promise<string[]> | undefined;

  constructor(
    private readonly pool: ClientPool,
    private readonly options: CollectOptions,
    private readonly home: string,
    private readonly base: CredentialProvider,
  ) {
    this.partition = partitionOf(home);
    const now = options.now?.() ?? new Date();
    this.jobsSince = new Date(now.getTime() - options.jobsSinceDays * 86_400_000);
  }

  async collect(): Promise<{ accounts: CollectedAccount[]; organization?: CollectedOrganization }> {
    const caller = await this.callerAccount();
    const accountIds = await this.targetAccounts(caller);
    const missingRole = accountIds.find((id) => id !== caller && !this.options.roleName);
    if (missingRole) {
      throw new InputError(
        `account ${missingRole} is not the caller's own: pass --role-name, the role to assume in it`,
      );
    }
    const [accounts, organization] = await Promise.all([
      Promise.all(accountIds.map((id) => this.collectAccount(id, caller))),
      this.options.org ? this.collectOrganization(caller) : undefined,
    ]);
    return { accounts, organization };
  }

  /** `--org`: the organization's structure and SCPs, read with the caller's credentials like ListAccounts. */
  private async collectOrganization(caller: string): Promise<CollectedOrganization> {
    const scope = this.callerScope(caller, globalRegion(this.partition));
    const ctx = new ScopeContext(this.pool, scope, noProgress);
    const organizations = await collectOrganizations(ctx);
    return { organizations, errors: ctx.errors.list() };
  }

  private callerScope(accountId: string, region = this.home) {
    return { accountId, region, credentials: this.base };
  }

  private async callerAccount(): Promise<string> {
    const sts = this.pool.get("sts", this.callerScope("caller"));
    try {
      const { Account } = await sts.send(new GetCallerIdentityCommand({}));
      if (!Account) throw new InputError("sts:GetCallerIdentity returned no account id");
      return Account;
    } catch (error) {
      if (error instanceof InputError) throw error;
      const reason = `${errorCode(error)}: ${error instanceof Error ? error.message : String(error)}`;
      throw new InputError(`cannot use the AWS credentials (${reason})`);
    }
  }

  private async targetAccounts(caller: string): Promise<string[]> {
    const { org, accounts } = this.options;
    if (!org) return accounts ?? [caller];
    const client = this.pool.get("organizations", this.callerScope(caller, globalRegion(this.partition)));
    let members: string[];
    try {
      members = await organizationAccounts(client);
    } catch (error) {
      if (!isAwsError(error)) throw error;
      throw new InputError(
        `--org: organizations:ListAccounts failed (${errorCode(error)}); run from the management account or a delegated administrator`,
      );
    }
    if (!accounts) return members;
    const outside = accounts.find((id) => !members.includes(id));
    if (outside) throw new InputError(`--accounts: ${outside} is not an active account of the organization`);
    return members.filter((id) => accounts.includes(id));
  }

  private credentialsFor(accountId: string, caller: string): CredentialProvider {
    if (accountId === caller) return this.base;
    const sts = this.pool.get("sts", this.callerScope("caller"));
    const roleArn = `arn:${this.partition}:iam::${accountId}:role/${this.options.roleName}`;
    return assumeRoleCredentials(sts, roleArn, this.options.externalId);
  }

  private async collectAccount(accountId: string, caller: string): Promise<CollectedAccount> {
    const credentials = this.credentialsFor(accountId, caller);
    const account: CollectedAccount = { accountId, partition: this.partition, errors: [], regions: [] };
    try {
      await credentials();
    } catch (error) {
      if (!isAwsError(error)) throw error;
      return this.unreadableAccount(account, error);
    }

    const homeContext = new ScopeContext(this.pool, { accountId, region: this.home, credentials }, noProgress);
    const regions = await this.regionsOf(homeContext);
    const phases = regions.map((region, i) =>
      this.phase(`${accountId}|${region}`, REGION_COLLECTIONS.length + (i === 0 ? ACCOUNT_COLLECTIONS.length : 0)),
    );
    // Account-wide collections count towards the account's first region phase.
    const accountContext = new ScopeContext(
      this.pool,
      { accountId, region: this.home, credentials },
      phases[0] ?? noProgress,
    );
    const [iam, s3, collectedRegions] = await Promise.all([
      collectIam(accountContext),
      collectBuckets(accountContext),
      Promise.all(
        regions.map((region, i) =>
          this.collectRegion(new ScopeContext(this.pool, { accountId, region, credentials }, phases[i] ?? noProgress)),
        ),
      ),
    ]);
    if (iam) account.iam = iam;
    if (s3) account.s3 = s3;
    account.errors = accountContext.errors.list();
    account.regions = collectedRegions;
    // A region list that could not be read is recorded where the scan fell back to.
    const regionListErrors = homeContext.errors.list();
    const first = account.regions[0];
    if (first && regionListErrors.length > 0) first.errors.unshift(...regionListErrors);
    return account;
  }

  /** `--regions all`: the account's enabled regions; if they cannot be listed, the home region alone. */
  private async regionsOf(ctx: ScopeContext): Promise<string[]> {
    const selection = this.options.regions ?? [this.home];
    if (selection !== "all") return selection;
    const regions = await ctx.read("ec2.regions", "ec2", "DescribeRegions", () => enabledRegions(ctx.client("ec2")));
    return regions && regions.length > 0 ? regions : [this.home];
  }

  private async collectRegion(ctx: ScopeContext): Promise<CollectedRegion> {
    const [sagemakerItems, tags, ec2, repositories] = await Promise.all([
      Promise.all(LISTING_ORDER.map((collection) => collectSageMakerCollection(ctx, collection, this.jobsSince))),
      collectTags(ctx),
      collectVpcContext(ctx),
      collectRepositories(ctx),
    ]);
    const sagemaker: CollectedRegion["sagemaker"] = {};
    LISTING_ORDER.forEach((collection, i) => {
      const items = sagemakerItems[i];
      if (items) sagemaker[collection] = items;
    });
    return {
      region: ctx.scope.region,
      sagemaker,
      ...(tags ? { tags } : {}),
      ec2,
      ecr: repositories ? { repositories } : {},
      errors: ctx.errors.list(),
    };
  }

  /** An account whose role could not be assumed: every collection is a gap, so its controls say NOT_ASSESSED. */
  private async unreadableAccount(account: CollectedAccount, error: unknown): Promise<CollectedAccount> {
    const entry = (collection: string): CollectionError => ({
      service: "sts",
      operation: "AssumeRole",
      collection,
      code: errorCode(error),
      message: error instanceof Error ? error.message : String(error),
    });
    const selection = this.options.regions ?? [this.home];
    const regions = selection === "all" ? await this.regionsOfCaller() : selection;
    account.errors = ACCOUNT_COLLECTIONS.map(entry);
    account.regions = regions.map((region) => ({
      region,
      sagemaker: {},
      ec2: {},
      ecr: {},
      errors: REGION_COLLECTIONS.map(entry),
    }));
    return account;
  }

  /** For an account that cannot be entered, `--regions all` falls back to the caller's own enabled regions. */
  private regionsOfCaller(): Promise<string[]> {
    this.callerRegions ??= enabledRegions(this.pool.get("ec2", this.callerScope("caller"))).catch(() => [this.home]);
    return this.callerRegions;
  }

  private phase(key: string, collections: number): PhaseReporter {
    const observer = this.options.observer;
    observer?.phaseStarted?.(key, collections);
    return {
      resourcesFound: (count) => observer?.resourcesFound?.(key, count),
      collectionDone: () => observer?.collectionDone?.(key),
    };
  }
}

const noProgress: PhaseReporter = { resourcesFound: () => {}, collectionDone: () => {} };
