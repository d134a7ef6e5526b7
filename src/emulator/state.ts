import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS, type SageMakerCollection } from "../model/resource-types.js";
import type { CollectionError, Snapshot, SnapshotAccount, SnapshotRegion } from "../snapshot/schema.js";
import { OrganizationState } from "./organization-state.js";

/** One stored resource: the API's own response item (Describe* output, EC2 item, IAM detail, ...). */
export type Item = Record<string, unknown>;

/** Each EC2 collection of the snapshot and the field that identifies its items. */
export const EC2_COLLECTIONS = {
  vpcs: "VpcId",
  subnets: "SubnetId",
  routeTables: "RouteTableId",
  natGateways: "NatGatewayId",
  internetGateways: "InternetGatewayId",
  vpcEndpoints: "VpcEndpointId",
  securityGroups: "GroupId",
} as const;
export type Ec2Collection = keyof typeof EC2_COLLECTIONS;

/**
 * Regions an account must opt in to; the others are enabled in every account. A request to an opt-in region the
 * snapshot does not hold is answered as AWS answers a disabled region (an invalid-token error).
 */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  "af-south-1",
  "ap-east-1",
  "ap-east-2",
  "ap-south-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ca-west-1",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "mx-central-1",
]);

/** Resources of one kind in one place: looked up by name (or ARN), listed in snapshot order. */
export class ResourceStore {
  private readonly byKey = new Map<string, Item>();
  private readonly byArn = new Map<string, Item>();

  constructor(
    items: readonly Item[],
    private readonly keyOf: (item: Item) => string,
    private readonly arnOf: (item: Item) => unknown = () => undefined,
  ) {
    for (const item of items) this.put(item);
  }

  /** Adds an item, or replaces the one with the same key (keeping its place in the list). */
  put(item: Item): void {
    this.byKey.set(this.keyOf(item), item);
    const arn = this.arnOf(item);
    if (typeof arn === "string") this.byArn.set(arn, item);
  }

  get(keyOrArn: string): Item | undefined {
    return this.byKey.get(keyOrArn) ?? this.byArn.get(keyOrArn);
  }

  list(): Item[] {
    return [...this.byKey.values()];
  }
}

/** Errors the snapshot recorded for a collection, replayed for the operation that failed. */
export type RecordedErrors = ReadonlyMap<string, CollectionError>;

export class RegionState {
  readonly sagemaker: Readonly<Record<SageMakerCollection, ResourceStore>>;
  readonly ec2: Readonly<Record<Ec2Collection, ResourceStore>>;
  readonly ecrRepositories: ResourceStore;
  /** Resource ARN → tags, as the Resource Groups Tagging API returned them. */
  readonly tags: Map<string, Record<string, string>>;
  readonly errors: RecordedErrors;

  constructor(
    readonly name: string,
    snapshot?: SnapshotRegion,
  ) {
    this.sagemaker = mapKeys(SAGEMAKER_COLLECTIONS, (collection) => {
      const { nameField, arnField } = SAGEMAKER_KINDS[collection];
      const items = (snapshot?.sagemaker?.[collection] ?? []) as Item[];
      const keyOf = collection === "domains" ? domainId : (item: Item) => String(item[nameField]);
      return new ResourceStore(copy(items), keyOf, (item) => item[arnField]);
    });
    this.ec2 = mapKeys(Object.keys(EC2_COLLECTIONS) as Ec2Collection[], (collection) => {
      const idField = EC2_COLLECTIONS[collection];
      const items = (snapshot?.ec2?.[collection] ?? []) as Item[];
      return new ResourceStore(copy(items), (item) => String(item[idField]));
    });
    this.ecrRepositories = new ResourceStore(
      copy((snapshot?.ecr?.repositories ?? []) as Item[]),
      (item) => String(item.repositoryName),
      (item) => item.repositoryArn,
    );
    this.tags = new Map(Object.entries(copy(snapshot?.tags ?? {})));
    this.errors = recordedErrors(snapshot?.errors);
  }
}

export class AccountState {
  readonly accountId: string;
  readonly partition: string;
  /** The snapshot's regions, in snapshot order: the account's enabled regions. */
  readonly regions: ReadonlyMap<string, RegionState>;
  readonly iamRoles: ResourceStore;
  readonly iamPolicies: ResourceStore;
  readonly buckets: ResourceStore;
  /** Account-wide collections that failed (IAM, S3). */
  readonly errors: RecordedErrors;
  /** Enabled regions the snapshot does not hold: empty, created on first use. */
  private readonly emptyRegions = new Map<string, RegionState>();

  constructor(snapshot: SnapshotAccount) {
    this.accountId = snapshot.accountId;
    this.partition = snapshot.partition;
    this.regions = new Map(snapshot.regions.map((region) => [region.region, new RegionState(region.region, region)]));
    this.iamRoles = new ResourceStore(copy((snapshot.iam?.roles ?? []) as Item[]), (item) => String(item.RoleName));
    this.iamPolicies = new ResourceStore(copy((snapshot.iam?.policies ?? []) as Item[]), (item) => String(item.Arn));
    this.buckets = new ResourceStore(copy((snapshot.s3?.buckets ?? []) as Item[]), (item) => String(item.Name));
    this.errors = recordedErrors(snapshot.errors);
  }

  isRegionEnabled(region: string): boolean {
    return this.regions.has(region) || !OPT_IN_REGIONS.has(region);
  }

  /** The region's store; an enabled region missing from the snapshot is an empty one. */
  region(name: string): RegionState {
    const known = this.regions.get(name) ?? this.emptyRegions.get(name);
    if (known) return known;
    const empty = new RegionState(name);
    this.emptyRegions.set(name, empty);
    return empty;
  }

  /** The error the snapshot recorded for this operation here (regional first, then account-wide). */
  recordedError(region: string, operation: string): CollectionError | undefined {
    return this.regions.get(region)?.errors.get(operation) ?? this.errors.get(operation);
  }
}

/** The emulated AWS estate: every account of a snapshot, plus the credentials handed out while running. */
export class EmulatorState {
  readonly accounts: ReadonlyMap<string, AccountState>;
  /** The snapshot's first account: who any access key not naming an account acts as. */
  readonly firstAccount: AccountState;
  readonly organization: OrganizationState;
  readonly collectedAt: string;
  /** Collections of the whole scan that failed (`organizations`): replayed for every caller. */
  readonly errors: RecordedErrors;
  /** Temporary credentials issued by AssumeRole, by access key id. */
  readonly sessions = new Map<string, Session>();

  constructor(snapshot: Snapshot) {
    const [first] = snapshot.accounts;
    if (!first) throw new Error("the snapshot holds no account to emulate");
    this.accounts = new Map(snapshot.accounts.map((account) => [account.accountId, new AccountState(account)]));
    this.firstAccount = this.accounts.get(first.accountId) as AccountState;
    this.collectedAt = snapshot.collectedAt;
    this.organization = new OrganizationState(snapshot);
    this.errors = recordedErrors(snapshot.errors);
  }

  /** Who owns a bucket name (bucket names are global), for AccessDenied versus NoSuchBucket. */
  bucketOwner(name: string): AccountState | undefined {
    return [...this.accounts.values()].find((account) => account.buckets.get(name));
  }
}

export interface Session {
  accountId: string;
  /** `arn:aws:sts::<account>:assumed-role/<role>/<session>` */
  arn: string;
  userId: string;
}

/** A domain is described by its id; older snapshots may hold only the ARN, whose last segment is the id. */
function domainId(item: Item): string {
  return String(item.DomainId ?? String(item.DomainArn).split("/").pop());
}

function recordedErrors(errors: readonly CollectionError[] | undefined): RecordedErrors {
  return new Map((errors ?? []).map((error) => [error.operation, error]));
}

function mapKeys<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, V>;
}

/** The emulator owns its state: later writes must not reach the caller's snapshot object. */
function copy<T>(value: T): T {
  return structuredClone(value);
}
