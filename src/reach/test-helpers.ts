import { validateSnapshot } from "../snapshot/load.js";
import type { Snapshot } from "../snapshot/schema.js";
import { buildReachEstate, type ReachEstate } from "./estate.js";

export const ACCOUNT = "111122223333";
export const OTHER_ACCOUNT = "444455556666";
export const NOW = new Date("2026-11-28T00:00:00Z");

/** GetAccountAuthorizationDetails returns policy documents URL-encoded (RFC 3986), exactly like this. */
export function urlEncoded(document: object): string {
  return encodeURIComponent(JSON.stringify(document));
}

export function doc(...statements: object[]): object {
  return { Version: "2012-10-17", Statement: statements };
}

/** A RoleDetailList item as GetAccountAuthorizationDetails returns it. */
export function roleDetail(
  name: string,
  options: {
    account?: string;
    path?: string;
    inline?: Record<string, object>;
    managed?: string[];
    boundary?: string;
    tags?: Record<string, string>;
    trust?: object;
  } = {},
): Record<string, unknown> {
  const account = options.account ?? ACCOUNT;
  const path = options.path ?? "/";
  return {
    Path: path,
    RoleName: name,
    RoleId: `AROA${name
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "")
      .slice(0, 17)
      .padEnd(17, "X")}`,
    Arn: `arn:aws:iam::${account}:role${path}${name}`,
    CreateDate: "2024-03-11T12:00:00.000Z",
    AssumeRolePolicyDocument: urlEncoded(
      options.trust ??
        doc({ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }),
    ),
    InstanceProfileList: [],
    RolePolicyList: Object.entries(options.inline ?? {}).map(([PolicyName, document]) => ({
      PolicyName,
      PolicyDocument: urlEncoded(document),
    })),
    AttachedManagedPolicies: (options.managed ?? []).map((arn) => ({
      PolicyName: arn.slice(arn.lastIndexOf("/") + 1),
      PolicyArn: arn,
    })),
    ...(options.boundary
      ? { PermissionsBoundary: { PermissionsBoundaryType: "Policy", PermissionsBoundaryArn: options.boundary } }
      : {}),
    Tags: Object.entries(options.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    RoleLastUsed: {},
  };
}

/** A Policies item (ManagedPolicyDetail) with its default version. */
export function managedPolicy(arn: string, document: object): Record<string, unknown> {
  const name = arn.slice(arn.lastIndexOf("/") + 1);
  return {
    PolicyName: name,
    PolicyId: `ANPA${name
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "")
      .slice(0, 17)
      .padEnd(17, "X")}`,
    Arn: arn,
    Path: "/",
    DefaultVersionId: "v2",
    AttachmentCount: 1,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: "2024-01-05T09:00:00.000Z",
    UpdateDate: "2024-06-01T09:00:00.000Z",
    PolicyVersionList: [
      // An older version that must be ignored: only the default version applies.
      {
        Document: urlEncoded(doc({ Effect: "Allow", Action: "*", Resource: "*" })),
        VersionId: "v1",
        IsDefaultVersion: false,
        CreateDate: "2024-01-05T09:00:00.000Z",
      },
      {
        Document: urlEncoded(document),
        VersionId: "v2",
        IsDefaultVersion: true,
        CreateDate: "2024-06-01T09:00:00.000Z",
      },
    ],
  };
}

/** An s3.buckets item: GetBucketPolicy's Policy string, GetBucketTagging's TagSet, the public access block. */
export function bucket(
  name: string,
  options: { policy?: object; tags?: Record<string, string>; restrictPublic?: boolean; region?: string } = {},
): Record<string, unknown> {
  return {
    Name: name,
    Region: options.region ?? "us-east-1",
    CreationDate: "2024-02-01T10:00:00.000Z",
    ...(options.policy ? { Policy: JSON.stringify(options.policy) } : {}),
    Tags: Object.entries(options.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: options.restrictPublic ?? true,
      RestrictPublicBuckets: options.restrictPublic ?? true,
    },
  };
}

export interface AccountInput {
  accountId?: string;
  roles?: Record<string, unknown>[];
  policies?: Record<string, unknown>[];
  buckets?: Record<string, unknown>[];
  regions?: Record<string, unknown>[];
}

/**
 * A snapshot validated through the real schema, so fixtures cannot drift from the contract. `errors` are the
 * top-level ones (a failed `organizations` collection).
 */
export function snapshotOf(accounts: AccountInput[], organizations?: object, errors?: object[]): Snapshot {
  return validateSnapshot({
    format: "mlharden/snapshot@1",
    collectedAt: NOW.toISOString(),
    accounts: accounts.map((a) => ({
      accountId: a.accountId ?? ACCOUNT,
      partition: "aws",
      iam: { roles: a.roles ?? [], policies: a.policies ?? [] },
      s3: { buckets: a.buckets ?? [] },
      regions: a.regions ?? [],
    })),
    ...(organizations ? { organizations } : {}),
    ...(errors ? { errors } : {}),
  });
}

export function estateOf(accounts: AccountInput[], organizations?: object, errors?: object[]): ReachEstate {
  return buildReachEstate(snapshotOf(accounts, organizations, errors), NOW);
}
