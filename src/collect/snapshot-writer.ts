import type { SageMakerCollection } from "../model/resource-types.js";
import { SAGEMAKER_COLLECTIONS } from "../model/resource-types.js";
import {
  type CollectionError,
  SNAPSHOT_FORMAT,
  type Snapshot,
  type SnapshotOrganizations,
} from "../snapshot/schema.js";

export type SnapshotItem = Record<string, unknown>;

/**
 * An SDK response (or one item of it) as the snapshot stores it: without the SDK's `$metadata`, with Dates as
 * ISO-8601 strings (what `JSON.stringify` makes of them) and undefined fields dropped.
 */
export function toSnapshotItem(value: object): SnapshotItem {
  const { $metadata: _metadata, ...fields } = value as SnapshotItem;
  return JSON.parse(JSON.stringify(fields)) as SnapshotItem;
}

export interface CollectedRegion {
  region: string;
  sagemaker: Partial<Record<SageMakerCollection, SnapshotItem[]>>;
  tags?: Record<string, Record<string, string>>;
  ec2: Record<string, SnapshotItem[]>;
  ecr: { repositories?: SnapshotItem[] };
  errors: CollectionError[];
}

export interface CollectedAccount {
  accountId: string;
  partition: "aws" | "aws-cn" | "aws-us-gov";
  iam?: { roles: SnapshotItem[]; policies: SnapshotItem[] };
  s3?: { buckets: SnapshotItem[] };
  errors: CollectionError[];
  regions: CollectedRegion[];
}

/** What `--org` reads of the organization itself, and the errors of that read. */
export interface CollectedOrganization {
  organizations?: SnapshotOrganizations;
  errors: CollectionError[];
}

/** The `mlharden/snapshot@1` document; sections and items keep the order AWS listed them in. */
export function buildSnapshot(
  accounts: CollectedAccount[],
  collectedAt: Date,
  organization: CollectedOrganization = { errors: [] },
): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    collectedAt: collectedAt.toISOString(),
    accounts: accounts.map((account) => ({
      accountId: account.accountId,
      partition: account.partition,
      ...(account.iam ? { iam: account.iam } : {}),
      ...(account.s3 ? { s3: account.s3 } : {}),
      ...(account.errors.length > 0 ? { errors: account.errors } : {}),
      regions: account.regions.map(writeRegion),
    })),
    ...(organization.organizations ? { organizations: organization.organizations } : {}),
    ...(organization.errors.length > 0 ? { errors: organization.errors } : {}),
  } as Snapshot;
}

function writeRegion(region: CollectedRegion) {
  const sagemaker: Partial<Record<SageMakerCollection, SnapshotItem[]>> = {};
  for (const collection of SAGEMAKER_COLLECTIONS) {
    const items = region.sagemaker[collection];
    if (items) sagemaker[collection] = items;
  }
  return {
    region: region.region,
    sagemaker,
    ...(region.tags ? { tags: region.tags } : {}),
    ec2: region.ec2,
    ecr: region.ecr,
    ...(region.errors.length > 0 ? { errors: region.errors } : {}),
  };
}
