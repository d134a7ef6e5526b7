import type { RoleInfo } from "./estate.js";
import { statementsFor } from "./iam/evaluate.js";
import type { Policy, Statement } from "./iam/policy.js";

/**
 * Roles of one account attached to the same policies get the same answer to a request whenever no statement
 * involved depends on which role is calling: no Principal naming a particular role, no condition on the role's
 * ARN or tags, no policy variable. Console-created execution roles sharing one policy, or team roles sharing a
 * team's managed policies, are the common case; their answers are computed once and shared.
 */
export class SharedAnswers<T> {
  private readonly stores = new Map<string, Map<string, Map<object, T>>>();

  /**
   * The answers shared by every role with this role's policies, for one action, keyed by resource; undefined when
   * the role's own policies make its answers role-specific.
   */
  storeFor(role: RoleInfo, action: string): Map<object, T> | undefined {
    if (!rolePolicies(role).every((p) => callerIndependent(p, action))) return undefined;
    const key = fingerprint(role);
    let byAction = this.stores.get(key);
    if (!byAction) {
      byAction = new Map();
      this.stores.set(key, byAction);
    }
    let store = byAction.get(action);
    if (!store) {
      store = new Map();
      byAction.set(action, store);
    }
    return store;
  }
}

/** Whether a resource policy's answer for `action` is the same for every role (it names no particular one). */
export function callerIndependent(policy: Policy, action: string): boolean {
  let perAction = independence.get(policy);
  if (!perAction) {
    perAction = new Map();
    independence.set(policy, perAction);
  }
  let value = perAction.get(action);
  if (value === undefined) {
    value = statementsFor(policy, action).every(statementIndependent);
    perAction.set(action, value);
  }
  return value;
}

function rolePolicies(role: RoleInfo): Policy[] {
  const { identity, boundary, scps } = role.policies;
  const list = [...identity, ...(scps ?? []).flatMap((level) => level.policies)];
  if (boundary && "statements" in boundary) list.push(boundary);
  return list;
}

const policyIds = new WeakMap<object, number>();
let nextId = 0;

function idOf(value: object): number {
  let id = policyIds.get(value);
  if (id === undefined) {
    id = nextId++;
    policyIds.set(value, id);
  }
  return id;
}

const fingerprints = new WeakMap<RoleInfo, string>();

/** Account, identity policies, boundary and SCP levels: everything but the role's own name and tags. */
function fingerprint(role: RoleInfo): string {
  let value = fingerprints.get(role);
  if (value === undefined) {
    const { identity, boundary, scps } = role.policies;
    const ids = identity.map(idOf).sort((a, b) => a - b);
    const boundaryId = boundary ? ("statements" in boundary ? idOf(boundary) : `missing:${boundary.missing}`) : "none";
    const scpIds = (scps ?? []).map((level) => level.policies.map(idOf).join(",")).join("/");
    const scpKey = scps ? scpIds : role.policies.scpsUnknown ? "scp-unknown" : "no-scp";
    value = `${role.accountId}|${ids.join(",")}|${boundaryId}|${scpKey}`;
    fingerprints.set(role, value);
  }
  return value;
}

/** Condition keys whose value is the same for every role of an account. */
const ACCOUNT_LEVEL_KEYS = new Set(
  [
    "aws:PrincipalAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalType",
    "aws:PrincipalIsAWSService",
  ].map((k) => k.toLowerCase()),
);

const independence = new WeakMap<Policy, Map<string, boolean>>();

function statementIndependent(statement: Statement): boolean {
  const namesRoles = (spec: Statement["principal"]) =>
    spec?.aws.some((arn) => !/^arn:[^:]+:iam::\d{12}:root$/.test(arn)) ?? false;
  if (namesRoles(statement.principal) || namesRoles(statement.notPrincipal)) return false;
  if ([...(statement.resources ?? []), ...(statement.notResources ?? [])].some((r) => r.includes("${"))) return false;
  return statement.conditions.every((clause) => {
    const key = clause.key.toLowerCase();
    if (clause.values.some((v) => v.includes("${"))) return false;
    if (ACCOUNT_LEVEL_KEYS.has(key)) return true;
    return !key.startsWith("aws:principal") && !["aws:userid", "aws:username", "aws:sourceidentity"].includes(key);
  });
}
