import { type BucketInfo, findRole, type ReachEstate, type RoleInfo } from "./estate.js";
import { type Decision, evaluateRequest, type ResourceSide, statementsFor } from "./iam/evaluate.js";
import type { Policy } from "./iam/policy.js";
import { glob, literalPrefix, splitArn } from "./iam/wildcard.js";
import { callerIndependent, SharedAnswers } from "./shared-answers.js";

/** The S3 actions that answer "can it read / write / list this bucket". */
export const S3_QUESTIONS = { read: "s3:GetObject", write: "s3:PutObject", list: "s3:ListBucket" } as const;
export type S3Question = keyof typeof S3_QUESTIONS;

/** A yes (or maybe) with its reason. Denials are not listed: the absence of an entry is the "no". */
export interface Access {
  decision: Extract<Decision, "allowed" | "conditional">;
  reason: string;
  /** For object actions: the key patterns it applies to (`*` = the whole bucket, `curated/*` = a prefix). */
  scopes?: string[];
  /** Key patterns inside an allowed scope that a deny carves out. */
  except?: string[];
}

export interface BucketReach {
  bucket: string;
  accountId: string;
  region?: string;
  crossAccount: boolean;
  tags: Record<string, string>;
  read?: Access;
  write?: Access;
  list?: Access;
}

/** A grant on a resource pattern (a KMS key, a role to pass, a secret) or a concrete role to assume. */
export interface Grant extends Access {
  resource: string;
}

export interface RoleReach {
  roleArn: string;
  roleName: string;
  accountId: string;
  /** False when the role is not in the snapshot's IAM data: nothing below can be known. */
  found: boolean;
  /** Console-created execution roles live under `/service-role/`; they are analysed like any other. */
  path: string;
  buckets: BucketReach[];
  kmsDecrypt: Grant[];
  passRole: Grant[];
  assumeRole: Grant[];
  secrets: Grant[];
  notes: string[];
}

/**
 * What one execution role can reach: every bucket of the snapshot it can read, write or list (with the prefixes
 * its policies narrow it to), the KMS keys it can decrypt with, the roles it can pass or assume and the secrets it
 * can read — each with the statement that decided it.
 */
export function roleReach(estate: ReachEstate, roleArn: string, index = reachIndex(estate)): RoleReach {
  const role = findRole(estate, roleArn);
  const roleName = roleArn.slice(roleArn.lastIndexOf("/") + 1);
  const accountId = roleArn.split(":")[4] ?? "";
  if (!role) {
    return {
      roleArn,
      roleName,
      accountId,
      found: false,
      path: "",
      buckets: [],
      kmsDecrypt: [],
      passRole: [],
      assumeRole: [],
      secrets: [],
      notes: [`role ${roleArn} is not in the snapshot's IAM data: its reach is unknown`],
    };
  }
  return {
    roleArn: role.arn,
    roleName: role.name,
    accountId: role.accountId,
    found: true,
    path: role.path,
    buckets: bucketReach(estate, index, role),
    kmsDecrypt: patternGrants(estate, role, "kms:Decrypt", "the key policy"),
    passRole: patternGrants(estate, role, "iam:PassRole"),
    assumeRole: assumableRoles(estate, index, role),
    secrets: patternGrants(estate, role, "secretsmanager:GetSecretValue", "the secret's resource policy"),
    notes: role.notes,
  };
}

/** Estate-wide lookups shared by every role: which buckets a pattern can touch, who bucket policies name. */
export interface ReachIndex {
  bucketsFor(pattern: string): readonly BucketInfo[];
  /** Buckets whose policy allows some S3 action to this principal ARN (or to everyone). */
  grantedBuckets(principalArn: string): readonly BucketInfo[];
  /** Roles whose trust policy names this principal, its account, or everyone. */
  trustingRoles(principalArn: string, accountId: string): readonly RoleInfo[];
  /** Bucket answers shared by roles with the same policies (see shared-answers.ts). */
  shared: SharedAnswers<Access | undefined>;
}

export function reachIndex(estate: ReachEstate): ReachIndex {
  const patternCache = new Map<string, BucketInfo[]>();
  const names = estate.buckets.map((b) => b.name);

  const granted = new Map<string, BucketInfo[]>();
  const grantedToAnyone: BucketInfo[] = [];
  for (const bucket of estate.buckets) {
    const principals = new Set<string>();
    let anyone = false;
    for (const statement of bucket.policy?.statements ?? []) {
      if (statement.effect !== "Allow") continue;
      if (statement.principal?.anyone || statement.notPrincipal) anyone = true;
      for (const arn of statement.principal?.aws ?? []) principals.add(sessionRoleArn(arn));
    }
    if (anyone) grantedToAnyone.push(bucket);
    for (const principal of principals) granted.set(principal, [...(granted.get(principal) ?? []), bucket]);
  }

  const trusting = new Map<string, RoleInfo[]>();
  const trustingAnyone: RoleInfo[] = [];
  for (const role of estate.roles.values()) {
    const principals = new Set<string>();
    for (const statement of role.trust?.statements ?? []) {
      if (statement.effect !== "Allow") continue;
      if (statement.principal?.anyone) trustingAnyone.push(role);
      for (const arn of statement.principal?.aws ?? []) principals.add(sessionRoleArn(arn));
    }
    for (const principal of principals) trusting.set(principal, [...(trusting.get(principal) ?? []), role]);
  }

  return {
    shared: new SharedAnswers(),
    bucketsFor(pattern) {
      let list = patternCache.get(pattern);
      if (!list) {
        list = bucketsMatching(pattern, estate.buckets, names);
        patternCache.set(pattern, list);
      }
      return list;
    },
    grantedBuckets: (principalArn) => [...(granted.get(principalArn) ?? []), ...grantedToAnyone],
    trustingRoles(principalArn, accountId) {
      const root = `arn:${principalArn.split(":")[1]}:iam::${accountId}:root`;
      return [...new Set([...(trusting.get(principalArn) ?? []), ...(trusting.get(root) ?? []), ...trustingAnyone])];
    },
  };
}

/** `arn:aws:sts::1:assumed-role/name/session` names a session of role `name`; index it under the role. */
function sessionRoleArn(arn: string): string {
  const match = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : arn;
}

/** The buckets an S3 ARN pattern can touch, as a bucket or through its objects. */
function bucketsMatching(pattern: string, buckets: readonly BucketInfo[], names: readonly string[]): BucketInfo[] {
  if (pattern === "*") return [...buckets];
  const parts = splitArn(pattern);
  if (!parts) return [];
  const [, , service = "", region = "", account = "", rest = ""] = parts;
  if (!glob(service)("s3") || !glob(region)("") || !glob(account)("")) return [];
  const prefix = literalPrefix(rest);
  const slash = prefix.indexOf("/");
  if (slash !== -1) {
    const bucket = buckets[binarySearch(names, prefix.slice(0, slash))];
    return bucket && bucket.name === prefix.slice(0, slash) && viable(rest, `${bucket.name}/`) ? [bucket] : [];
  }
  const out: BucketInfo[] = [];
  for (let i = binarySearch(names, prefix); i < buckets.length; i++) {
    const bucket = buckets[i] as BucketInfo;
    if (!bucket.name.startsWith(prefix)) break;
    if (rest === bucket.name || viable(rest, `${bucket.name}/`) || glob(rest)(bucket.name)) out.push(bucket);
  }
  return out;
}

/** Whether some string starting with `start` matches the glob `pattern`. */
function viable(pattern: string, start: string): boolean {
  let j = 0;
  for (let i = 0; i < start.length; i++, j++) {
    const p = pattern[j];
    if (p === "*") return true;
    if (p === undefined) return false;
    if (p !== "?" && p !== start[i]) return false;
  }
  return true;
}

function binarySearch(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MAX_SCOPES = 20;

function bucketReach(estate: ReachEstate, index: ReachIndex, role: RoleInfo): BucketReach[] {
  const candidates = new Set<BucketInfo>(index.grantedBuckets(role.arn));
  for (const action of Object.values(S3_QUESTIONS)) {
    for (const policy of role.policies.identity) {
      for (const statement of statementsFor(policy, action)) {
        if (statement.effect !== "Allow") continue;
        for (const pattern of statement.resources ?? ["*"]) {
          for (const bucket of index.bucketsFor(pattern)) candidates.add(bucket);
        }
      }
    }
  }
  const stores = {
    list: index.shared.storeFor(role, S3_QUESTIONS.list),
    read: index.shared.storeFor(role, S3_QUESTIONS.read),
    write: index.shared.storeFor(role, S3_QUESTIONS.write),
  };
  const out: BucketReach[] = [];
  for (const bucket of candidates) {
    const entry: BucketReach = {
      bucket: bucket.name,
      accountId: bucket.accountId,
      region: bucket.region,
      crossAccount: bucket.accountId !== role.accountId,
      tags: bucket.tags,
    };
    const bucketArn = `arn:${role.partition}:s3:::${bucket.name}`;
    const policy = bucketSide(role, bucket, bucketArn).policy;
    const answer = (question: S3Question, compute: () => Access | undefined) => {
      const store = stores[question];
      if (!store || (policy && !callerIndependent(policy, S3_QUESTIONS[question]))) return compute();
      if (store.has(bucket)) return store.get(bucket);
      const value = compute();
      store.set(bucket, value);
      return value;
    };
    const list = answer("list", () => access(estate, role, S3_QUESTIONS.list, bucketSide(role, bucket, bucketArn)));
    if (list) entry.list = list;
    const read = answer("read", () => objectAccess(estate, role, bucket, S3_QUESTIONS.read));
    if (read) entry.read = read;
    const write = answer("write", () => objectAccess(estate, role, bucket, S3_QUESTIONS.write));
    if (write) entry.write = write;
    if (entry.read || entry.write || entry.list) out.push(entry);
  }
  return out.sort((a, b) => a.bucket.localeCompare(b.bucket));
}

function bucketSide(role: RoleInfo, bucket: BucketInfo, arn: string): ResourceSide {
  const policy = bucket.accountId === role.accountId ? bucket.policy : bucket.crossAccountPolicy;
  return { arn, accountId: bucket.accountId, policy, facts: bucket.facts };
}

function access(estate: ReachEstate, role: RoleInfo, action: string, resource: ResourceSide): Access | undefined {
  const evaluation = evaluateRequest(action, role.policies, resource, estate.environment);
  if (evaluation.decision !== "allowed" && evaluation.decision !== "conditional") return undefined;
  return { decision: evaluation.decision, reason: evaluation.reason };
}

/**
 * Object access, narrowed to key patterns: every key pattern a relevant statement names inside this bucket is
 * probed with the pattern itself as the object key, so `curated/*` is allowed by `bucket/*` or `bucket/curated/*`
 * and carved out by a deny on `bucket/curated/*`, but not by one on `bucket/raw/*`.
 */
function objectAccess(estate: ReachEstate, role: RoleInfo, bucket: BucketInfo, action: string): Access | undefined {
  const arnPrefix = `arn:${role.partition}:s3:::${bucket.name}/`;
  const scopes = new Set<string>(["*"]);
  const denied = new Set<string>();
  const policies = bucket.policy ? [...role.policies.identity, bucket.policy] : role.policies.identity;
  for (const policy of policies) {
    for (const narrowing of narrowingsOf(policy, action)) {
      if (!narrowing.bucket(bucket.name)) continue;
      if (scopes.size < MAX_SCOPES) scopes.add(narrowing.key);
      if (narrowing.deny) denied.add(narrowing.key);
    }
  }
  const allowed: { scope: string; access: Access }[] = [];
  for (const scope of scopes) {
    const result = access(estate, role, action, bucketSide(role, bucket, `${arnPrefix}${scope}`));
    if (result) allowed.push({ scope, access: result });
    // The whole bucket is allowed: narrower scopes add nothing but the carve-outs.
    if (scope === "*" && result) break;
  }
  const best = allowed.find((a) => a.access.decision === "allowed") ?? allowed[0];
  if (!best) return undefined;
  const result: Access = { ...best.access, scopes: allowed.map((a) => a.scope) };
  if (best.scope === "*" && denied.size) result.except = [...denied];
  return result;
}

/** An object ARN pattern that names a key pattern narrower than the whole bucket (`lake/curated/*`). */
interface Narrowing {
  bucket: (name: string) => boolean;
  key: string;
  /** A Deny on Resource: it carves the key pattern out of a wider allow. */
  deny: boolean;
}

const narrowingCache = new WeakMap<Policy, Map<string, Narrowing[]>>();

/** The narrowing patterns of a policy's statements for `action`, computed once per policy (roles share them). */
function narrowingsOf(policy: Policy, action: string): Narrowing[] {
  let perAction = narrowingCache.get(policy);
  if (!perAction) {
    perAction = new Map();
    narrowingCache.set(policy, perAction);
  }
  let list = perAction.get(action);
  if (!list) {
    list = [];
    for (const statement of statementsFor(policy, action)) {
      for (const pattern of statement.resources ?? statement.notResources ?? []) {
        const narrowing = narrowingOf(pattern);
        if (narrowing) list.push({ ...narrowing, deny: statement.effect === "Deny" && !!statement.resources });
      }
    }
    perAction.set(action, list);
  }
  return list;
}

/**
 * `arn:aws:s3:::bucket-glob/key` with a key other than `*`. (A `*` inside the bucket part may in truth also
 * span `/`; such patterns are read as bucket glob + key, a documented approximation.)
 */
function narrowingOf(pattern: string): Omit<Narrowing, "deny"> | undefined {
  const parts = splitArn(pattern);
  if (!parts || !glob(parts[2] as string)("s3")) return undefined;
  const rest = parts[5] as string;
  const slash = rest.indexOf("/");
  if (slash === -1 || rest.slice(slash + 1) === "*") return undefined;
  return { bucket: glob(rest.slice(0, slash)), key: rest.slice(slash + 1) };
}

/**
 * Grants on resources the snapshot does not inventory (KMS keys, secrets, roles to pass): each resource pattern
 * an identity policy allows is evaluated as a request on the pattern itself.
 */
function patternGrants(estate: ReachEstate, role: RoleInfo, action: string, resourcePolicy?: string): Grant[] {
  const patterns = new Set<string>();
  for (const policy of role.policies.identity) {
    for (const statement of statementsFor(policy, action)) {
      if (statement.effect === "Allow") for (const pattern of statement.resources ?? ["*"]) patterns.add(pattern);
    }
  }
  const grants: Grant[] = [];
  for (const pattern of patterns) {
    const owner = splitArn(pattern)?.[4];
    const crossAccount = owner !== undefined && /^\d{12}$/.test(owner) && owner !== role.accountId;
    const resource: ResourceSide = {
      arn: pattern,
      accountId: crossAccount ? owner : role.accountId,
      policyUnknown:
        crossAccount && resourcePolicy ? `${resourcePolicy} in account ${owner} is not in the snapshot` : undefined,
    };
    const result = access(estate, role, action, resource);
    if (result) grants.push({ resource: pattern, ...result });
  }
  return grants.sort((a, b) => a.resource.localeCompare(b.resource));
}

/** Roles of the snapshot this role can assume: its identity policy and the target's trust policy must agree. */
function assumableRoles(estate: ReachEstate, index: ReachIndex, role: RoleInfo): Grant[] {
  const grants: Grant[] = [];
  for (const target of index.trustingRoles(role.arn, role.accountId)) {
    if (target === role) continue;
    const result = access(estate, role, "sts:AssumeRole", {
      arn: target.arn,
      accountId: target.accountId,
      policy: target.trust,
      facts: undefined,
    });
    if (result) grants.push({ resource: target.arn, ...result });
  }
  // Roles outside the snapshot's accounts that the identity policy names: their trust policies are unknown.
  for (const grant of patternGrants(estate, role, "sts:AssumeRole", "the role's trust policy")) {
    if (grant.decision === "conditional" && !estate.roles.has(grant.resource) && grant.resource !== "*") {
      grants.push(grant);
    }
  }
  return grants.sort((a, b) => a.resource.localeCompare(b.resource));
}
