import { lookup, type RequestContext } from "./context.js";
import type { ConditionClause } from "./policy.js";
import { arnMatches, glob } from "./wildcard.js";

/** Three-valued: a condition on a key that cannot be known offline is neither true nor false. */
export type Tri = true | false | "unknown";

export interface ConditionOutcome {
  value: Tri;
  /** The clause that made it false. */
  failed?: ConditionClause;
  /** The clauses that could not be decided, with why. */
  unknown?: { clause: ConditionClause; why: string }[];
}

/** All clauses must hold (clauses under one operator and across operators are ANDed; values are ORed). */
export function evaluateConditions(clauses: readonly ConditionClause[], context: RequestContext): ConditionOutcome {
  const unknown: NonNullable<ConditionOutcome["unknown"]> = [];
  for (const clause of clauses) {
    const result = evaluateClause(clause, context);
    if (result.value === false) return { value: false, failed: clause };
    if (result.value === "unknown") unknown.push({ clause, why: result.why });
  }
  return unknown.length ? { value: "unknown", unknown } : { value: true };
}

type ClauseResult = { value: true | false } | { value: "unknown"; why: string };

interface ParsedOperator {
  set?: "any" | "all";
  ifExists: boolean;
  base: string;
}

const parsedOperators = new Map<string, ParsedOperator>();

function parseOperator(operator: string): ParsedOperator {
  let parsed = parsedOperators.get(operator);
  if (!parsed) {
    parsed = parse(operator);
    parsedOperators.set(operator, parsed);
  }
  return parsed;
}

function parse(operator: string): ParsedOperator {
  let rest = operator;
  let set: ParsedOperator["set"];
  const lower = rest.toLowerCase();
  if (lower.startsWith("foranyvalue:")) {
    set = "any";
    rest = rest.slice("ForAnyValue:".length);
  } else if (lower.startsWith("forallvalues:")) {
    set = "all";
    rest = rest.slice("ForAllValues:".length);
  }
  const ifExists = rest.endsWith("IfExists");
  if (ifExists) rest = rest.slice(0, -"IfExists".length);
  return { set, ifExists, base: rest };
}

type Comparator = (contextValue: string, policyValue: string) => boolean;

/** Positive comparators; each negated operator is the negation of one of these over all policy values. */
const POSITIVE: Record<string, Comparator> = {
  StringEquals: (c, p) => c === p,
  StringEqualsIgnoreCase: (c, p) => c.toLowerCase() === p.toLowerCase(),
  StringLike: (c, p) => glob(p)(c),
  NumericEquals: (c, p) => numeric(c, p, (a, b) => a === b),
  NumericLessThan: (c, p) => numeric(c, p, (a, b) => a < b),
  NumericLessThanEquals: (c, p) => numeric(c, p, (a, b) => a <= b),
  NumericGreaterThan: (c, p) => numeric(c, p, (a, b) => a > b),
  NumericGreaterThanEquals: (c, p) => numeric(c, p, (a, b) => a >= b),
  DateEquals: (c, p) => dates(c, p, (a, b) => a === b),
  DateLessThan: (c, p) => dates(c, p, (a, b) => a < b),
  DateLessThanEquals: (c, p) => dates(c, p, (a, b) => a <= b),
  DateGreaterThan: (c, p) => dates(c, p, (a, b) => a > b),
  DateGreaterThanEquals: (c, p) => dates(c, p, (a, b) => a >= b),
  Bool: (c, p) => c.toLowerCase() === p.toLowerCase(),
  BinaryEquals: (c, p) => c === p,
  IpAddress: (c, p) => inCidr(c, p),
  ArnEquals: (c, p) => arnMatches(p, c),
  ArnLike: (c, p) => arnMatches(p, c),
};

const NEGATED: Record<string, string> = {
  StringNotEquals: "StringEquals",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotLike: "StringLike",
  NumericNotEquals: "NumericEquals",
  DateNotEquals: "DateEquals",
  NotIpAddress: "IpAddress",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike",
};

function evaluateClause(clause: ConditionClause, context: RequestContext): ClauseResult {
  const op = parseOperator(clause.operator);
  const key = lookup(context, clause.key);
  if (key.state === "unknown") return { value: "unknown", why: `${clause.key} ${key.why}` };

  if (op.base === "Null") {
    // `Null: true` holds when the key is absent.
    const wantsAbsent = clause.values.some((v) => v.toLowerCase() === "true");
    return { value: (key.state === "absent") === wantsAbsent };
  }

  const negatedOf = NEGATED[op.base];
  const comparator = POSITIVE[negatedOf ?? op.base];
  if (!comparator) return { value: "unknown", why: `operator ${clause.operator} is not supported` };
  const negated = negatedOf !== undefined;

  if (key.state === "absent") {
    if (op.ifExists || op.set === "all") return { value: true };
    if (op.set === "any") return { value: false };
    return { value: negated };
  }

  const values = resolveValues(clause.values, context);
  if ("unknown" in values) return { value: "unknown", why: `policy variable ${values.unknown} is not known offline` };
  // A negated operator holds for a context value when no policy value matches it. Single-valued operators:
  // positive ones hold when any context value does, negated ones when every one does.
  const every = op.set === "all" || (op.set === undefined && negated);
  for (const contextValue of key.values) {
    let matched = false;
    for (const policyValue of values.resolved) {
      if (comparator(contextValue, policyValue)) {
        matched = true;
        break;
      }
    }
    const holds = negated ? !matched : matched;
    if (every && !holds) return FALSE;
    if (!every && holds) return TRUE;
  }
  return every ? TRUE : FALSE;
}

const TRUE: ClauseResult = { value: true };
const FALSE: ClauseResult = { value: false };

/** Substitutes policy variables (`${aws:PrincipalTag/team}`) in condition values. */
function resolveValues(
  values: readonly string[],
  context: RequestContext,
): { resolved: readonly string[] } | { unknown: string } {
  if (!values.some((v) => v.includes("${"))) return { resolved: values };
  const resolved: string[] = [];
  for (const value of values) {
    const result = substituteVariables(value, context);
    if (result.kind === "unknown") return { unknown: result.key };
    if (result.kind === "ok") resolved.push(result.text);
  }
  return { resolved };
}

export type Substitution =
  | { kind: "ok"; text: string }
  | { kind: "absent"; key: string }
  | { kind: "unknown"; key: string };

const ESCAPES: Record<string, string> = { "*": "*", "?": "?", $: "$" };

/**
 * Replaces `${key}` (and `${key, 'default'}`) with the request's value. An absent key without a default makes the
 * text match nothing; an unknown key makes the match unknown.
 */
export function substituteVariables(text: string, context: RequestContext): Substitution {
  if (!text.includes("${")) return { kind: "ok", text };
  let failure: Substitution | undefined;
  const out = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    const escaped = ESCAPES[inner];
    if (escaped) return escaped;
    const [rawKey, rawDefault] = inner.split(",", 2);
    const key = (rawKey ?? "").trim();
    const fallback = rawDefault?.trim().replace(/^'(.*)'$/, "$1");
    const value = lookup(context, key);
    if (value.state === "present" && value.values.length === 1) return value.values[0] as string;
    if (value.state === "unknown" || value.state === "present") failure ??= { kind: "unknown", key };
    else if (fallback !== undefined) return fallback;
    else failure ??= { kind: "absent", key };
    return whole;
  });
  return failure ?? { kind: "ok", text: out };
}

function numeric(c: string, p: string, compare: (a: number, b: number) => boolean): boolean {
  const a = Number(c);
  const b = Number(p);
  return Number.isFinite(a) && Number.isFinite(b) && compare(a, b);
}

function dates(c: string, p: string, compare: (a: number, b: number) => boolean): boolean {
  const a = toEpochMs(c);
  const b = toEpochMs(p);
  return a !== undefined && b !== undefined && compare(a, b);
}

/** IAM accepts ISO-8601 dates and epoch seconds. */
function toEpochMs(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function inCidr(ip: string, cidr: string): boolean {
  const [range, bitsText] = cidr.split("/");
  const address = parseIp(ip);
  const network = parseIp(range ?? "");
  if (!address || !network || address.bits !== network.bits) return false;
  const bits = bitsText === undefined ? network.bits : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > network.bits) return false;
  const shift = BigInt(network.bits - bits);
  return address.value >> shift === network.value >> shift;
}

function parseIp(text: string): { value: bigint; bits: number } | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const octets = text.split(".").map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    return { value: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n), bits: 32 };
  }
  if (!text.includes(":")) return undefined;
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return { value: groups.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n), bits: 128 };
}

/** `StringEquals aws:PrincipalTag/team in [fraud]` */
export function describeClause(clause: ConditionClause): string {
  const values = clause.values.length === 1 ? clause.values[0] : `[${clause.values.join(", ")}]`;
  return `${clause.operator} ${clause.key} ${values}`;
}
