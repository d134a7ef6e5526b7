import type { Snapshot, SnapshotAccount, SnapshotOrganizations, SnapshotRegion } from "../snapshot/schema.js";
import { type ActionCatalog, loadActionCatalog, unknownActions } from "./iam/catalog.js";
import { environmentFacts, type Facts, principalFacts, resourceFacts } from "./iam/context.js";
import type { PrincipalPolicies, ScpLevel } from "./iam/evaluate.js";
import { type Policy, PolicyError, type PolicySource, parsePolicy, type Statement } from "./iam/policy.js";

/** An IAM role with everything attached to it, ready for evaluation. */
export interface RoleInfo {
  arn: string;
  name: string;
  path: string;
  accountId: string;
  partition: string;
  tags: Record<string, string>;
  policies: PrincipalPolicies;
  /** The role's trust policy (who may assume it). */
  trust?: Policy;
  /** What could not be evaluated: policies missing from the snapshot or unparseable, SCPs not applied. */
  notes: string[];
}

export interface BucketInfo {
  name: string;
  accountId: string;
  region?: string;
  tags: Record<string, string>;
  policy?: Policy;
  /**
   * The policy as it applies to principals of other accounts: with RestrictPublicBuckets on, its public
   * statements grant them nothing.
   */
  crossAccountPolicy?: Policy;
  facts: Facts;
}

export type Ec2Section = NonNullable<SnapshotRegion["ec2"]>;

/** What reach analysis reads from a snapshot: IAM, S3, Organizations and each region's network. */
export interface ReachEstate {
  roles: Map<string, RoleInfo>;
  /** `account|roleName`: resources sometimes reference a role without its path. */
  rolesByName: Map<string, RoleInfo>;
  /** Sorted by name. */
  buckets: BucketInfo[];
  bucketsByName: Map<string, BucketInfo>;
  /** `account|region` → that region's EC2 collections. */
  networks: Map<string, Ec2Section>;
  environment: Facts;
  now: Date;
  /** Estate-wide caveats (no SCP data, unparseable bucket policies, …). */
  notes: string[];
}

export function buildReachEstate(snapshot: Snapshot, now: Date): ReachEstate {
  const notes: string[] = [];
  const org = organizationIndex(snapshot.organizations, notes);
  const scpsUnreadable = organizationsFailure(snapshot);
  const awsManaged = new Map<string, Policy>();
  const roles = new Map<string, RoleInfo>();
  const rolesByName = new Map<string, RoleInfo>();
  const buckets: BucketInfo[] = [];
  const networks = new Map<string, Ec2Section>();

  for (const account of snapshot.accounts) {
    const managed = managedPolicies(account, awsManaged, notes);
    for (const detail of account.iam?.roles ?? []) {
      const role = roleInfo(detail, account, managed, awsManaged, org, scpsUnreadable);
      roles.set(role.arn, role);
      rolesByName.set(`${role.accountId}|${role.name}`, role);
    }
    for (const bucket of account.s3?.buckets ?? []) buckets.push(bucketInfo(bucket, account.accountId, notes));
    for (const region of account.regions) {
      if (region.ec2) networks.set(`${account.accountId}|${region.region}`, region.ec2);
    }
  }
  buckets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    roles,
    rolesByName,
    buckets,
    bucketsByName: new Map(buckets.map((b) => [b.name, b])),
    networks,
    environment: environmentFacts(now),
    now,
    notes,
  };
}

/** Finds a role by ARN, falling back to its name in the ARN's account. */
export function findRole(estate: ReachEstate, arn: string): RoleInfo | undefined {
  const exact = estate.roles.get(arn);
  if (exact) return exact;
  const account = arn.split(":")[4] ?? "";
  return estate.rolesByName.get(`${account}|${arn.slice(arn.lastIndexOf("/") + 1)}`);
}

type ManagedIndex = Map<string, Policy | { error: string }>;

/** Each managed policy's default version, parsed once and shared by every role it is attached to. */
function managedPolicies(account: SnapshotAccount, awsManaged: Map<string, Policy>, notes: string[]): ManagedIndex {
  const index: ManagedIndex = new Map();
  for (const detail of account.iam?.policies ?? []) {
    const versions = detail.PolicyVersionList ?? [];
    const version =
      versions.find((v) => v.IsDefaultVersion) ?? versions.find((v) => v.VersionId === detail.DefaultVersionId);
    if (version?.Document === undefined) {
      index.set(detail.Arn, { error: "its default version's document is not in the snapshot" });
      continue;
    }
    const parsed = tryParse(version.Document, { kind: "managed", name: detail.PolicyName, arn: detail.Arn });
    index.set(detail.Arn, "error" in parsed ? parsed : parsed.policy);
    if ("error" in parsed) notes.push(`managed policy ${detail.Arn}: ${parsed.error}`);
    else if (detail.Arn.includes(":iam::aws:policy/")) awsManaged.set(detail.Arn, parsed.policy);
  }
  return index;
}

type RoleDetail = NonNullable<NonNullable<SnapshotAccount["iam"]>["roles"]>[number];

function roleInfo(
  detail: RoleDetail,
  account: SnapshotAccount,
  managed: ManagedIndex,
  awsManaged: Map<string, Policy>,
  org: OrgIndex | undefined,
  scpsUnreadable: string | undefined,
): RoleInfo {
  const notes: string[] = [];
  const tags = Object.fromEntries((detail.Tags ?? []).map((t) => [t.Key, t.Value]));
  const identity: Policy[] = [];
  for (const inline of detail.RolePolicyList ?? []) {
    const parsed = tryParse(inline.PolicyDocument, { kind: "inline", name: inline.PolicyName });
    if ("error" in parsed) notes.push(`inline policy ${inline.PolicyName}: ${parsed.error}; not counted`);
    else identity.push(parsed.policy);
  }
  const lookupManaged = (arn: string) => managed.get(arn) ?? awsManaged.get(arn);
  for (const attached of detail.AttachedManagedPolicies ?? []) {
    const policy = lookupManaged(attached.PolicyArn);
    if (!policy) notes.push(`managed policy ${attached.PolicyArn} is not in the snapshot; not counted`);
    else if ("error" in policy) notes.push(`managed policy ${attached.PolicyArn}: ${policy.error}; not counted`);
    else identity.push(policy);
  }

  let boundary: PrincipalPolicies["boundary"];
  const boundaryArn = detail.PermissionsBoundary?.PermissionsBoundaryArn;
  if (boundaryArn) {
    const policy = lookupManaged(boundaryArn);
    if (policy && !("error" in policy)) {
      boundary = asBoundary(policy);
    } else {
      boundary = { missing: boundaryArn };
      notes.push(`permissions boundary ${boundaryArn} is not in the snapshot: answers it could cut are conditional`);
    }
  }

  let trust: Policy | undefined;
  if (detail.AssumeRolePolicyDocument !== undefined) {
    const parsed = tryParse(detail.AssumeRolePolicyDocument, { kind: "trust", name: detail.RoleName });
    if ("error" in parsed) notes.push(`trust policy: ${parsed.error}`);
    else trust = parsed.policy;
  }

  const path = detail.Path ?? "/";
  const { scps, scpsUnknown } = scpLevels(org, scpsUnreadable, account.accountId, path, notes);
  const orgFacts = org ? { orgId: org.orgId, orgPaths: org.pathOf(account.accountId) } : {};
  return {
    arn: detail.Arn,
    name: detail.RoleName,
    path,
    accountId: account.accountId,
    partition: account.partition,
    tags,
    policies: {
      arn: detail.Arn,
      accountId: account.accountId,
      identity,
      boundary,
      scps,
      scpsUnknown,
      facts: principalFacts({ arn: detail.Arn, accountId: account.accountId, tags, ...orgFacts }),
    },
    trust,
    notes,
  };
}

const boundaries = new WeakMap<Policy, Policy>();

/** The managed policy as a boundary: one object per policy, shared by every role it bounds. */
function asBoundary(policy: Policy): Policy {
  let boundary = boundaries.get(policy);
  if (!boundary) {
    boundary = { ...policy, source: { ...policy.source, kind: "boundary" } };
    boundaries.set(policy, boundary);
  }
  return boundary;
}

type BucketDetail = NonNullable<NonNullable<SnapshotAccount["s3"]>["buckets"]>[number];

function bucketInfo(detail: BucketDetail, accountId: string, notes: string[]): BucketInfo {
  const tags = Object.fromEntries((detail.Tags ?? []).map((t) => [t.Key, t.Value]));
  let policy: Policy | undefined;
  if (detail.Policy !== undefined) {
    const parsed = tryParse(detail.Policy, { kind: "bucket", name: detail.Name });
    if ("error" in parsed) notes.push(`bucket policy of ${detail.Name}: ${parsed.error}; not counted`);
    else policy = parsed.policy;
  }
  const restrictPublic = detail.PublicAccessBlockConfiguration?.RestrictPublicBuckets === true;
  return {
    name: detail.Name,
    accountId,
    region: detail.Region,
    tags,
    policy,
    crossAccountPolicy:
      policy && restrictPublic ? { ...policy, statements: policy.statements.filter((s) => !isPublicGrant(s)) } : policy,
    facts: resourceFacts({ accountId, tags, region: detail.Region }),
  };
}

/** Condition keys that tie a grant to known principals or networks, so S3 does not count it as public. */
const NON_PUBLIC_KEYS = new Set(
  [
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:SourceAccount",
    "aws:SourceArn",
    "aws:SourceOwner",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceIp",
    "aws:userid",
    "s3:DataAccessPointAccount",
    "s3:DataAccessPointArn",
  ].map((k) => k.toLowerCase()),
);

/** An Allow to everyone that no fixed-value condition narrows: what S3 calls a public policy statement. */
function isPublicGrant(statement: Statement): boolean {
  if (statement.effect !== "Allow") return false;
  if (!statement.principal?.anyone && !statement.notPrincipal) return false;
  return !statement.conditions.some((c) => NON_PUBLIC_KEYS.has(c.key.toLowerCase()));
}

function tryParse(document: unknown, source: PolicySource): { policy: Policy } | { error: string } {
  try {
    return { policy: parsePolicy(document, source) };
  } catch (error) {
    if (error instanceof PolicyError) return { error: error.message };
    throw error;
  }
}

interface OrgIndex {
  orgId?: string;
  managementAccountId: string;
  /** Levels from the root down to the account; undefined when the account is not in the organization data. */
  levelsOf(accountId: string): { target: string; id: string }[] | undefined;
  pathOf(accountId: string): string[] | undefined;
  policiesOn(targetId: string): Policy[];
}

function organizationIndex(section: SnapshotOrganizations | undefined, notes: string[]): OrgIndex | undefined {
  if (!section) return undefined;
  const parents = new Map<string, string>();
  for (const unit of section.organizationalUnits ?? []) if (unit.Parents[0]) parents.set(unit.Id, unit.Parents[0].Id);
  for (const acct of section.accounts ?? []) if (acct.Parents[0]) parents.set(acct.Id, acct.Parents[0].Id);
  const names = new Map<string, string>();
  for (const unit of [...(section.roots ?? []), ...(section.organizationalUnits ?? [])]) {
    if (unit.Name) names.set(unit.Id, unit.Name);
  }
  const attached = new Map<string, Policy[]>();
  for (const entry of section.policies ?? []) {
    const type = entry.PolicySummary.Type;
    if (type !== undefined && type !== "SERVICE_CONTROL_POLICY") continue;
    const name = entry.PolicySummary.Name ?? entry.PolicySummary.Id;
    for (const target of entry.Targets) {
      const parsed = tryParse(entry.Content, {
        kind: "scp",
        name,
        arn: entry.PolicySummary.Arn,
        target: describeTarget(target.TargetId, target.Type, names.get(target.TargetId)),
      });
      if ("error" in parsed) {
        notes.push(`SCP ${name}: ${parsed.error}; not counted`);
        continue;
      }
      const list = attached.get(target.TargetId) ?? [];
      list.push(parsed.policy);
      attached.set(target.TargetId, list);
    }
  }
  const chain = (accountId: string): string[] | undefined => {
    if (!parents.has(accountId)) return undefined;
    const ids = [accountId];
    for (let id = parents.get(accountId); id !== undefined && ids.length < 10; id = parents.get(id)) ids.unshift(id);
    return ids;
  };
  return {
    orgId: section.organization.Id,
    managementAccountId: section.organization.MasterAccountId,
    levelsOf: (accountId) =>
      chain(accountId)?.map((id) => ({ id, target: describeTarget(id, undefined, names.get(id)) })),
    pathOf: (accountId) => {
      const ids = chain(accountId);
      if (!ids || !section.organization.Id) return undefined;
      return [`${[section.organization.Id, ...ids.slice(0, -1)].join("/")}/`];
    },
    policiesOn: (id) => attached.get(id) ?? [],
  };
}

function describeTarget(id: string, type: string | undefined, name: string | undefined): string {
  const kind = type === "ACCOUNT" || /^\d{12}$/.test(id) ? "account" : id.startsWith("r-") ? "root" : "OU";
  return `${kind} ${id}${name ? ` (${name})` : ""}`;
}

/**
 * Why the organization's SCPs are unknown: the collector could not read them (an `organizations` errors entry).
 * Without that entry and without the section, the snapshot was taken without `--org`: SCPs are simply not applied.
 */
function organizationsFailure(snapshot: Snapshot): string | undefined {
  const failure = snapshot.errors?.find((e) => e.collection === "organizations");
  if (!failure) return undefined;
  return `the organization's SCPs could not be read (${failure.service}:${failure.operation} answered ${failure.code})`;
}

/**
 * SCPs bind every principal of a member account except service-linked roles; never the management account. When
 * they could not be read, they are unknown for every account but the management account (if the snapshot still
 * names it): answers they could cut are conditional.
 */
function scpLevels(
  org: OrgIndex | undefined,
  scpsUnreadable: string | undefined,
  accountId: string,
  path: string,
  notes: string[],
): { scps?: ScpLevel[]; scpsUnknown?: string } {
  if (accountId === org?.managementAccountId) return {};
  if (path.startsWith("/aws-service-role/")) return {};
  if (scpsUnreadable) {
    notes.push(`${scpsUnreadable}: answers they could cut are conditional`);
    return { scpsUnknown: scpsUnreadable };
  }
  if (!org) return {};
  const levels = org.levelsOf(accountId);
  if (!levels) {
    notes.push(`account ${accountId} is not in the snapshot's organizations data: SCPs not evaluated`);
    return {};
  }
  return { scps: levels.map(({ id, target }) => ({ target, policies: org.policiesOn(id) })) };
}

/** Every identity and boundary policy of the estate's roles, each once. */
export function rolePolicies(estate: ReachEstate): Set<Policy> {
  const policies = new Set<Policy>();
  for (const role of estate.roles.values()) {
    for (const policy of role.policies.identity) policies.add(policy);
    const boundary = role.policies.boundary;
    if (boundary && "statements" in boundary) policies.add(boundary);
  }
  return policies;
}

/** Notes on every role whose policies name actions AWS does not know: such statements grant nothing. */
export function noteUnknownActions(estate: ReachEstate, catalog: ActionCatalog): void {
  const cache = new Map<Policy, string[]>();
  for (const role of estate.roles.values()) {
    const boundary = role.policies.boundary;
    const policies =
      boundary && "statements" in boundary ? [...role.policies.identity, boundary] : role.policies.identity;
    for (const policy of policies) {
      let problems = cache.get(policy);
      if (!problems) {
        problems = unknownActions(policy, catalog);
        cache.set(policy, problems);
      }
      role.notes.push(...problems);
    }
  }
}

/** The estate, with roles whose policies name unknown actions noted (the action catalog is read from disk). */
export async function loadReachEstate(snapshot: Snapshot, now: Date): Promise<ReachEstate> {
  const estate = buildReachEstate(snapshot, now);
  noteUnknownActions(estate, await loadActionCatalog(rolePolicies(estate)));
  return estate;
}
