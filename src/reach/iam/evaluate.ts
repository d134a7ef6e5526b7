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
import { arnMatcher, arnMatches, glob } from "./wildcard.js";

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
  /**
   * For resource-policy statements: `direct` when the Principal names the role (or everyone), `account` when it
   * names the role's account (which delegates to the account's identity policies), `session` for a named session.
   */
  grant?: "direct" | "account" | "session";
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
  /** SCP levels that apply; undefined when SCPs do not bind the principal or are not in the snapshot. */
  scps?: readonly ScpLevel[];
  /** Why the SCPs that bind the principal are unknown (the snapshot's organizations collection failed). */
  scpsUnknown?: string;
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
  const applicable = principalStatements(principal, action);

  const identity = hits(applicable.identity, context, false);
  const boundary = hits(applicable.boundary, context, false);
  const scps = applicable.scps.map((level) => hits(level.statements, context, false));
  const onResource = resource.policy ? hits(applicableFor(resource.policy, action), context, true) : NONE;

  let maybeDenies: StatementHit[] | undefined;
  for (const list of [identity, boundary, onResource, ...scps]) {
    for (const hit of list) {
      if (hit.statement.effect !== "Deny") continue;
      if (hit.certain) return { decision: "denied", reason: `denied by ${describeHit(hit)}`, decidedBy: [hit] };
      maybeDenies = append(maybeDenies, hit);
    }
  }

  // Service control policies: every level of the account's path must allow.
  const scpAllows: StatementHit[] = [];
  for (const [i, list] of scps.entries()) {
    const allow = bestAllow(list);
    if (!allow) return implicit(`no SCP attached to ${applicable.scps[i]?.target} allows ${action}`);
    scpAllows.push(allow);
  }

  const identityAllow = bestAllow(identity);
  const boundaryState = principal.boundary ? ("missing" in principal.boundary ? "missing" : "attached") : "none";
  const boundaryAllow = boundaryState === "attached" ? bestAllow(boundary) : undefined;
  const boundaryTri: Tri =
    boundaryState === "none" ? true : boundaryState === "missing" ? "unknown" : triOf(boundaryAllow);
  const direct = bestAllow(onResource, "direct");
  const viaAccount = direct?.certain ? direct : (bestAllow(onResource, "account") ?? direct);

  let grant: Tri;
  const decidedBy: StatementHit[] = [];
  if (crossAccount) {
    const resourceTri: Tri = resource.policy ? triOf(viaAccount) : resource.policyUnknown ? "unknown" : false;
    grant = and(and(triOf(identityAllow), boundaryTri), resourceTri);
    if (grant === false) {
      if (!identityAllow) return implicit(`no identity policy allows ${action} on ${resource.arn}`);
      if (boundaryTri === false) return boundaryCut(identityAllow);
      const owner = `the resource policy of ${resource.arn} (account ${resource.accountId})`;
      const missing = resource.policy
        ? `${owner} does not grant it to this role or its account`
        : `${owner} has no policy granting cross-account access`;
      return implicit(`${describeHit(identityAllow)} allows ${action} on ${resource.arn}, but ${missing}`);
    }
    pushHit(decidedBy, identityAllow);
    pushHit(decidedBy, viaAccount);
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
    pushHit(decidedBy, identityAllow?.certain || !direct ? identityAllow : direct);
  }
  pushHit(decidedBy, boundaryAllow);
  for (const allow of scpAllows) pushHit(decidedBy, allow);

  const allowedBy = `allowed by ${decidedBy.map(describeHit).join(" + ")}`;
  const certain =
    grant === true &&
    !maybeDenies &&
    boundaryState !== "missing" &&
    !principal.scpsUnknown &&
    decidedBy.every((h) => h.certain);
  if (certain) return { decision: "allowed", reason: allowedBy, decidedBy };

  const unknowns = [
    ...decidedBy.filter((h) => !h.certain).map((h) => `${describeHit(h)} applies only if ${h.unknown.join("; ")}`),
    ...(maybeDenies ?? []).map((h) => `${describeHit(h)} denies it unless ${h.unknown.join("; ")}`),
  ];
  if (principal.boundary && "missing" in principal.boundary) {
    unknowns.push(`permissions boundary ${principal.boundary.missing} is not in the snapshot`);
  }
  if (principal.scpsUnknown) unknowns.push(principal.scpsUnknown);
  if (crossAccount && !resource.policy && resource.policyUnknown) unknowns.push(resource.policyUnknown);
  return {
    decision: "conditional",
    reason: `${allowedBy}; conditional: ${unknowns.join("; ")}`,
    decidedBy: [...decidedBy, ...(maybeDenies ?? [])],
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

/** Lists that are usually empty are created on first use: most requests meet no uncertain statement. */
function append<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

function pushHit(list: StatementHit[], item: StatementHit | undefined): void {
  if (item && !list.includes(item)) list.push(item);
}

/** A certain allow if there is one, else an uncertain one; for resource policies, of the given grant kind. */
function bestAllow(list: readonly StatementHit[], grant?: StatementHit["grant"]): StatementHit | undefined {
  let maybe: StatementHit | undefined;
  for (const hit of list) {
    if (
      hit.statement.effect !== "Allow" ||
      (grant && hit.grant !== grant && !(grant === "direct" && hit.grant === "session"))
    ) {
      continue;
    }
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

const descriptions = new WeakMap<PolicySource, WeakMap<Statement, string>>();

/** `inline policy Data statement 0 (Sid Read)`, memoized: the same statements decide many requests. */
export function describeHit(hit: StatementHit): string {
  let bySource = descriptions.get(hit.source);
  if (!bySource) {
    bySource = new WeakMap();
    descriptions.set(hit.source, bySource);
  }
  let text = bySource.get(hit.statement);
  if (text === undefined) {
    text = `${describeSource(hit.source)} ${describeStatement(hit.statement)}`;
    bySource.set(hit.statement, text);
  }
  return text;
}

const NONE: never[] = [];

interface Applicable {
  source: PolicySource;
  statement: Statement;
}

interface PrincipalStatements {
  identity: Applicable[];
  boundary: Applicable[];
  scps: { target: string; statements: Applicable[] }[];
}

const principalCache = new WeakMap<PrincipalPolicies, Map<string, PrincipalStatements>>();

/** The principal's statements that cover `action`, by layer; cached, since a role answers many requests. */
function principalStatements(principal: PrincipalPolicies, action: string): PrincipalStatements {
  let perAction = principalCache.get(principal);
  if (!perAction) {
    perAction = new Map();
    principalCache.set(principal, perAction);
  }
  let result = perAction.get(action);
  if (!result) {
    const of = (policies: readonly Policy[]) => policies.flatMap((policy) => applicableFor(policy, action));
    const boundary = principal.boundary && "statements" in principal.boundary ? [principal.boundary] : [];
    result = {
      identity: of(principal.identity),
      boundary: of(boundary),
      scps: (principal.scps ?? []).map((level) => ({ target: level.target, statements: of(level.policies) })),
    };
    perAction.set(action, result);
  }
  return result;
}

/** The statements that apply to the request, each with whether it certainly applies. */
function hits(list: readonly Applicable[], context: RequestContext, resourceBased: boolean): StatementHit[] {
  const out: StatementHit[] = [];
  for (const { source, statement } of list) {
    let unknown: string[] | undefined;
    const resource = resourceMatch(statement, context, resourceBased);
    if (resource === false) continue;
    if (resource !== true) unknown = [resource];
    let grant: StatementHit["grant"];
    if (resourceBased) {
      const principal = principalMatch(statement, context);
      if (principal === false) continue;
      if (principal === "session") {
        unknown = append(unknown, "the role session's name matches the policy's assumed-role principal");
      }
      grant = principal;
    }
    if (statement.conditions.length) {
      const conditions = evaluateConditions(statement.conditions, context);
      if (conditions.value === false) continue;
      for (const u of conditions.unknown ?? []) unknown = append(unknown, `${describeClause(u.clause)} (${u.why})`);
    }
    out.push({ source, statement, certain: !unknown, unknown: unknown ?? NONE, grant });
  }
  return out;
}

const applicableCache = new WeakMap<Policy, Map<string, Applicable[]>>();

/** `statementsFor` with each statement's source attached. */
function applicableFor(policy: Policy, action: string): Applicable[] {
  let perAction = applicableCache.get(policy);
  if (!perAction) {
    perAction = new Map();
    applicableCache.set(policy, perAction);
  }
  let list = perAction.get(action);
  if (!list) {
    list = statementsFor(policy, action).map((statement) => ({ source: policy.source, statement }));
    perAction.set(action, list);
  }
  return list;
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
  const literal = literalMatcher(statement, patterns);
  if (literal) return literal(context.resource) === !!statement.resources;
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

const literalMatchers = new WeakMap<Statement, ((arn: string) => boolean) | null>();

/** For patterns without policy variables (nearly all): one compiled matcher over all of them, built once. */
function literalMatcher(statement: Statement, patterns: readonly string[]): ((arn: string) => boolean) | null {
  let matcher = literalMatchers.get(statement);
  if (matcher === undefined) {
    if (patterns.some((p) => p.includes("${"))) matcher = null;
    else if (patterns.includes("*")) matcher = () => true;
    else {
      const matchers = patterns.map(arnMatcher);
      matcher =
        matchers.length === 1 ? (matchers[0] as (arn: string) => boolean) : (arn) => matchers.some((m) => m(arn));
    }
    literalMatchers.set(statement, matcher);
  }
  return matcher;
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
