import { describeClause, evaluateConditions, substituteVariables, type Tri } from "./conditions.js";
import type { Facts, RequestContext } from "./context.js";
import {
  describeSource,
  describeStatement,
  type Policy,
  type PolicySource,
  type PrincipalSpec,
  type Statement,
} from "./policy.js";
import { arnMatches, glob } from "./wildcard.js";

/**
 * - `allowed`: some policy allows it and nothing can deny it;
 * - `conditional`: allowed only if a condition that cannot be known offline holds (or a deny's does not);
 * - `denied`: an explicit deny applies;
 * - `implicitly-denied`: nothing (or not every required layer) allows it.
 */
export type Decision = "allowed" | "conditional" | "denied" | "implicitly-denied";

/** One statement that applied to the request. */
export interface StatementHit {
  source: PolicySource;
  statement: Statement;
  /** False when it applies only if conditions that cannot be known offline hold. */
  certain: boolean;
  /** Why it may or may not apply, for uncertain hits. */
  unknown: string[];
}

export interface Evaluation {
  decision: Decision;
  /** One sentence naming the policy and statement that decided it. */
  reason: string;
  /** The statements that decided: the deny, or the allows of each required layer. */
  decidedBy: StatementHit[];
}

/** The SCPs attached at one level of an account's path in the organization (root, each OU, the account). */
export interface ScpLevel {
  target: string;
  policies: readonly Policy[];
}

/** Everything attached to the principal: identity policies, boundary, and the SCPs above its account. */
export interface PrincipalPolicies {
  arn: string;
  accountId: string;
  /** Inline and attached managed policies (default versions). */
  identity: readonly Policy[];
  /** The boundary policy; `{ missing }` when one is attached but not in the snapshot. */
  boundary?: Policy | { missing: string };
  /** SCP levels that apply; undefined when SCPs do not apply or are not in the snapshot (see `scpNote`). */
  scps?: readonly ScpLevel[];
  facts: Facts;
}

/** The resource side of a request. */
export interface ResourceSide {
  arn: string;
  accountId?: string;
  policy?: Policy;
  /** Set when the resource has a policy the snapshot does not hold (e.g. a KMS key policy in another account). */
  policyUnknown?: string;
  facts?: Facts;
}

/** Evaluates one request as AWS does: explicit deny wins; SCPs, boundary and identity (or resource) must allow. */
export function evaluateRequest(
  action: string,
  principal: PrincipalPolicies,
  resource: ResourceSide,
  environment: Facts,
): Evaluation {
  const context: RequestContext = {
    action,
    resource: resource.arn,
    principalArn: principal.arn,
    principalAccount: principal.accountId,
    resourceAccount: resource.accountId,
    facts: resource.facts ? [principal.facts, resource.facts, environment] : [principal.facts, environment],
  };
  const crossAccount = resource.accountId !== undefined && resource.accountId !== principal.accountId;

  const identity = hits(principal.identity, context, false);
  const boundary =
    principal.boundary && "statements" in principal.boundary ? hits([principal.boundary], context, false) : [];
  const scpHits = (principal.scps ?? []).map((level) => ({ level, hits: hits(level.policies, context, false) }));
  const resourceHits = resource.policy ? hits([resource.policy], context, true) : [];

  const all = [...identity, ...boundary, ...scpHits.flatMap((l) => l.hits), ...resourceHits.map((h) => h.hit)];
  const certainDeny = all.find((h) => h.statement.effect === "Deny" && h.certain);
  if (certainDeny)
    return { decision: "denied", reason: `denied by ${describeHit(certainDeny)}`, decidedBy: [certainDeny] };
  const maybeDenies = all.filter((h) => h.statement.effect === "Deny");

  // Service control policies: every level of the account's path must allow.
  for (const { level, hits: levelHits } of scpHits) {
    if (!levelHits.some((h) => h.statement.effect === "Allow")) {
      return implicit(`no SCP attached to ${level.target} allows ${action}`);
    }
  }
  const scpAllows = scpHits.map(({ hits: levelHits }) => bestAllow(levelHits));

  const identityAllow = bestAllow(identity);
  const boundaryAllow: StatementHit | undefined | "none" | "missing" = !principal.boundary
    ? "none"
    : "missing" in principal.boundary
      ? "missing"
      : bestAllow(boundary);
  const direct = bestAllow(resourceHits.filter((h) => h.grant === "direct").map((h) => h.hit));
  const viaAccount = bestAllow(resourceHits.filter((h) => h.grant !== "none").map((h) => h.hit));

  const boundaryTri: Tri =
    boundaryAllow === "none" ? true : boundaryAllow === "missing" ? "unknown" : triOf(boundaryAllow);
  const resourceName = crossAccount ? `the resource policy of ${resource.arn} (account ${resource.accountId})` : "";

  let grant: Tri;
  const decidedBy: StatementHit[] = [];
  if (crossAccount) {
    const resourceTri: Tri = resource.policy ? triOf(viaAccount) : resource.policyUnknown ? "unknown" : false;
    grant = and(and(triOf(identityAllow), boundaryTri), resourceTri);
    if (grant === false) {
      if (!identityAllow) return implicit(`no identity policy allows ${action} on ${resource.arn}`);
      if (boundaryTri === false) return boundaryCut(identityAllow);
      return implicit(
        `${describeHit(identityAllow)} allows ${action} on ${resource.arn}, but ${resource.policy ? `${resourceName} does not grant it to this role or its account` : `${resourceName} has no policy granting cross-account access`}`,
      );
    }
    pushHit(decidedBy, identityAllow, viaAccount);
  } else {
    grant = and(or(triOf(identityAllow), triOf(direct)), boundaryTri);
    if (grant === false) {
      if (!identityAllow && !direct) {
        const extra = resource.policy
          ? ` and ${describeSource(resource.policy.source)} does not grant it to this role`
          : "";
        return implicit(`no identity policy allows ${action} on ${resource.arn}${extra}`);
      }
      return boundaryCut((identityAllow ?? direct) as StatementHit);
    }
    pushHit(decidedBy, identityAllow ?? direct);
  }
  if (boundaryAllow !== "none" && boundaryAllow !== "missing") pushHit(decidedBy, boundaryAllow);
  for (const allow of scpAllows) pushHit(decidedBy, allow);

  const unknowns = [
    ...decidedBy.filter((h) => !h.certain).map((h) => `${describeHit(h)} applies only if ${h.unknown.join("; ")}`),
    ...maybeDenies.map((h) => `${describeHit(h)} denies it unless ${h.unknown.join("; ")}`),
  ];
  if (boundaryAllow === "missing")
    unknowns.push(
      `permissions boundary ${principal.boundary && "missing" in principal.boundary ? principal.boundary.missing : ""} is not in the snapshot`,
    );
  if (crossAccount && !resource.policy && resource.policyUnknown) unknowns.push(resource.policyUnknown);
  const allowedBy = `allowed by ${decidedBy.map(describeHit).join(" + ")}`;
  if (grant === true && unknowns.length === 0) return { decision: "allowed", reason: allowedBy, decidedBy };
  return {
    decision: "conditional",
    reason: `${allowedBy}; conditional: ${unknowns.join("; ")}`,
    decidedBy: [...decidedBy, ...maybeDenies],
  };

  function implicit(reason: string): Evaluation {
    return { decision: "implicitly-denied", reason: `implicitly denied: ${reason}`, decidedBy: [] };
  }
  function boundaryCut(allow: StatementHit): Evaluation {
    const name =
      principal.boundary && "statements" in principal.boundary
        ? describeSource(principal.boundary.source)
        : "the permissions boundary";
    return {
      decision: "implicitly-denied",
      reason: `implicitly denied: ${describeHit(allow)} allows ${action}, but ${name} does not`,
      decidedBy: [allow],
    };
  }
}

function pushHit(list: StatementHit[], ...items: (StatementHit | undefined)[]): void {
  for (const item of items) if (item && !list.includes(item)) list.push(item);
}

/** A certain allow if there is one, else an uncertain one. */
function bestAllow(list: readonly StatementHit[]): StatementHit | undefined {
  let maybe: StatementHit | undefined;
  for (const hit of list) {
    if (hit.statement.effect !== "Allow") continue;
    if (hit.certain) return hit;
    maybe ??= hit;
  }
  return maybe;
}

function triOf(hit: StatementHit | undefined): Tri {
  return hit ? (hit.certain ? true : "unknown") : false;
}

function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : "unknown";
}

function or(a: Tri, b: Tri): Tri {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : "unknown";
}

export function describeHit(hit: StatementHit): string {
  return `${describeSource(hit.source)} ${describeStatement(hit.statement)}`;
}

type ResourceHit = { hit: StatementHit; grant: "direct" | "account" | "none" };
function hits(policies: readonly Policy[], context: RequestContext, resourceBased: false): StatementHit[];
function hits(policies: readonly Policy[], context: RequestContext, resourceBased: true): ResourceHit[];
function hits(
  policies: readonly Policy[],
  context: RequestContext,
  resourceBased: boolean,
): (StatementHit | ResourceHit)[] {
  const out: (StatementHit | ResourceHit)[] = [];
  for (const policy of policies) {
    for (const statement of statementsFor(policy, context.action)) {
      const unknown: string[] = [];
      const resource = resourceMatch(statement, context, resourceBased);
      if (resource === false) continue;
      if (resource !== true) unknown.push(resource);
      let grant: ResourceHit["grant"] = "none";
      if (resourceBased) {
        const principal = principalMatch(statement, context);
        if (principal === false) continue;
        if (principal === "session")
          unknown.push("the role session's name matches the policy's assumed-role principal");
        grant = principal === "account" ? "account" : "direct";
      }
      const conditions = evaluateConditions(statement.conditions, context);
      if (conditions.value === false) continue;
      if (conditions.unknown) unknown.push(...conditions.unknown.map((u) => `${describeClause(u.clause)} (${u.why})`));
      const hit: StatementHit = { source: policy.source, statement, certain: unknown.length === 0, unknown };
      out.push(resourceBased ? { hit, grant } : hit);
    }
  }
  return out;
}

const byAction = new WeakMap<Policy, Map<string, Statement[]>>();

/** The statements whose Action/NotAction covers `action`, cached per policy: roles share managed policies. */
export function statementsFor(policy: Policy, action: string): Statement[] {
  let perAction = byAction.get(policy);
  if (!perAction) {
    perAction = new Map();
    byAction.set(policy, perAction);
  }
  const key = action.toLowerCase();
  let list = perAction.get(key);
  if (!list) {
    list = policy.statements.filter((s) => actionMatches(s, action));
    perAction.set(key, list);
  }
  return list;
}

export function actionMatches(statement: Statement, action: string): boolean {
  if (statement.actions) return statement.actions.some((p) => glob(p, true)(action));
  return !(statement.notActions ?? []).some((p) => glob(p, true)(action));
}

/** True, false, or why the match is unknown (a policy variable that cannot be resolved offline). */
function resourceMatch(statement: Statement, context: RequestContext, resourceBased: boolean): true | false | string {
  const patterns = statement.resources ?? statement.notResources;
  // A trust policy has no Resource: it is about the role it is attached to.
  if (!patterns) return resourceBased;
  let any = false;
  let unknown: string | undefined;
  for (const pattern of patterns) {
    const substituted = substituteVariables(pattern, context);
    if (substituted.kind === "unknown")
      unknown ??= `policy variable ${substituted.key} in ${pattern} is not known offline`;
    else if (substituted.kind === "ok" && arnMatches(substituted.text, context.resource)) {
      any = true;
      break;
    }
  }
  if (statement.resources) return any ? true : (unknown ?? false);
  return any ? false : (unknown ?? true);
}

/**
 * Whether a resource policy's Principal covers the calling role: `direct` when it names the role (or everyone),
 * `account` when it names the role's account (which delegates to the account's identity policies), `session`
 * when it names a session of the role (depends on the session name).
 */
function principalMatch(statement: Statement, context: RequestContext): "direct" | "account" | "session" | false {
  if (statement.principal) return matchSpec(statement.principal, context);
  if (statement.notPrincipal) return matchSpec(statement.notPrincipal, context) === false ? "direct" : false;
  return false;
}

function matchSpec(spec: PrincipalSpec, context: RequestContext): "direct" | "account" | "session" | false {
  if (spec.anyone) return "direct";
  const roleArn = context.principalArn;
  const accountRoot = `arn:${roleArn.split(":")[1] ?? "aws"}:iam::${context.principalAccount}:root`;
  if (spec.aws.includes(roleArn)) return "direct";
  if (spec.aws.includes(accountRoot)) return "account";
  const roleName = roleArn.slice(roleArn.lastIndexOf("/") + 1);
  const sessionPrefix = `:sts::${context.principalAccount}:assumed-role/${roleName}/`;
  if (spec.aws.some((p) => p.includes(sessionPrefix))) return "session";
  return false;
}
