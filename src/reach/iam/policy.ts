/**
 * IAM policy documents, normalized: `Statement` always an array, every element always an array of strings, so the
 * evaluator never meets the many shapes the JSON grammar allows.
 */
export type Effect = "Allow" | "Deny";

/** Where a statement comes from, so every answer can name the policy that decided it. */
export interface PolicySource {
  kind: "inline" | "managed" | "boundary" | "scp" | "bucket" | "trust";
  /** Policy name, bucket name or role name. */
  name: string;
  arn?: string;
  /** For SCPs: the root, OU or account the policy is attached to. */
  target?: string;
}

export interface ConditionClause {
  /** As written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  key: string;
  values: string[];
}

export interface PrincipalSpec {
  /** `"Principal": "*"` or `{"AWS": "*"}`: everyone. */
  anyone: boolean;
  /** AWS principals as ARNs (a bare account id becomes `arn:aws:iam::ID:root`). */
  aws: string[];
  service: string[];
  federated: string[];
}

export interface Statement {
  /** Position in the document's Statement array. */
  index: number;
  sid?: string;
  effect: Effect;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  conditions: ConditionClause[];
}

export interface Policy {
  source: PolicySource;
  statements: Statement[];
}

export class PolicyError extends Error {
  override readonly name = "PolicyError";
}

/**
 * Parses a policy document as IAM APIs return it: GetAccountAuthorizationDetails gives URL-encoded JSON strings,
 * GetBucketPolicy and DescribePolicy plain JSON strings, hand-written snapshots may inline the object.
 */
export function parsePolicy(document: unknown, source: PolicySource): Policy {
  const json = typeof document === "string" ? parseText(document) : document;
  if (!isObject(json)) throw new PolicyError("policy document is not a JSON object");
  const raw = json.Statement;
  if (raw === undefined) throw new PolicyError("policy document has no Statement");
  const list = Array.isArray(raw) ? raw : [raw];
  return { source, statements: list.map((s, i) => parseStatement(s, i)) };
}

function parseText(text: string): unknown {
  const trimmed = text.trim();
  let decoded = trimmed;
  if (!trimmed.startsWith("{")) {
    try {
      decoded = decodeURIComponent(trimmed.replace(/\+/g, "%20"));
    } catch {
      throw new PolicyError("policy document is neither JSON nor URL-encoded JSON");
    }
  }
  try {
    return JSON.parse(decoded);
  } catch (error) {
    throw new PolicyError(`policy document is not valid JSON: ${(error as Error).message}`);
  }
}

function parseStatement(raw: unknown, index: number): Statement {
  if (!isObject(raw)) throw new PolicyError(`Statement[${index}] is not an object`);
  const effect = raw.Effect;
  if (effect !== "Allow" && effect !== "Deny") {
    throw new PolicyError(`Statement[${index}].Effect must be Allow or Deny`);
  }
  const statement: Statement = { index, effect, conditions: parseConditions(raw.Condition, index) };
  if (typeof raw.Sid === "string" && raw.Sid !== "") statement.sid = raw.Sid;
  if (raw.Action !== undefined) statement.actions = strings(raw.Action, index, "Action");
  if (raw.NotAction !== undefined) statement.notActions = strings(raw.NotAction, index, "NotAction");
  if (raw.Resource !== undefined) statement.resources = strings(raw.Resource, index, "Resource");
  if (raw.NotResource !== undefined) statement.notResources = strings(raw.NotResource, index, "NotResource");
  if (raw.Principal !== undefined) statement.principal = parsePrincipal(raw.Principal, index);
  if (raw.NotPrincipal !== undefined) statement.notPrincipal = parsePrincipal(raw.NotPrincipal, index);
  if (!statement.actions && !statement.notActions) {
    throw new PolicyError(`Statement[${index}] has neither Action nor NotAction`);
  }
  return statement;
}

function strings(value: unknown, index: number, field: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v) => typeof v === "string")) {
    throw new PolicyError(`Statement[${index}].${field} must be a string or an array of strings`);
  }
  return list as string[];
}

function parsePrincipal(value: unknown, index: number): PrincipalSpec {
  const spec: PrincipalSpec = { anyone: false, aws: [], service: [], federated: [] };
  if (value === "*") return { ...spec, anyone: true };
  if (!isObject(value)) throw new PolicyError(`Statement[${index}].Principal must be "*" or an object`);
  for (const [type, entries] of Object.entries(value)) {
    const list = strings(entries, index, `Principal.${type}`);
    if (type === "AWS") {
      for (const entry of list) {
        if (entry === "*") spec.anyone = true;
        else spec.aws.push(/^\d{12}$/.test(entry) ? `arn:aws:iam::${entry}:root` : entry);
      }
    } else if (type === "Service") spec.service.push(...list);
    else if (type === "Federated") spec.federated.push(...list);
    // CanonicalUser principals name S3 canonical ids, never an IAM role: they cannot match one.
  }
  return spec;
}

function parseConditions(value: unknown, index: number): ConditionClause[] {
  if (value === undefined) return [];
  if (!isObject(value)) throw new PolicyError(`Statement[${index}].Condition must be an object`);
  const clauses: ConditionClause[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) throw new PolicyError(`Statement[${index}].Condition.${operator} must be an object`);
    for (const [key, raw] of Object.entries(block)) {
      const list = Array.isArray(raw) ? raw : [raw];
      if (!list.every((v) => ["string", "number", "boolean"].includes(typeof v))) {
        throw new PolicyError(
          `Statement[${index}].Condition.${operator}.${key} must hold strings, numbers or booleans`,
        );
      }
      clauses.push({ operator, key, values: list.map(String) });
    }
  }
  return clauses;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `inline policy DataLakeRead`, `managed policy arn:aws:iam::aws:policy/AmazonSageMakerFullAccess`, … */
export function describeSource(source: PolicySource): string {
  switch (source.kind) {
    case "inline":
      return `inline policy ${source.name}`;
    case "managed":
      return `managed policy ${source.name}`;
    case "boundary":
      return `permissions boundary ${source.name}`;
    case "scp":
      return `SCP ${source.name}${source.target ? ` on ${source.target}` : ""}`;
    case "bucket":
      return `bucket policy of ${source.name}`;
    case "trust":
      return `trust policy of role ${source.name}`;
  }
}

/** `statement 2 (Sid ReadCurated)`: index plus Sid when the statement has one. */
export function describeStatement(statement: Statement): string {
  return `statement ${statement.index}${statement.sid ? ` (Sid ${statement.sid})` : ""}`;
}
