import { AwsError, validationMessage } from "../errors.js";
import type { Caller } from "../identity.js";
import type { Protocol } from "../protocols/protocol.js";
import type { AccountState, EmulatorState, RegionState } from "../state.js";

/** Everything an operation handler may read or change. */
export interface OperationContext {
  /** JSON protocols: the request body; query protocols: the flat parameters (`Filter.member.1`). */
  readonly input: Readonly<Record<string, unknown>>;
  readonly caller: Caller;
  readonly account: AccountState;
  readonly region: RegionState;
  readonly state: EmulatorState;
}

/** One AWS operation: reads the state, returns the output with the SDK's member names, or throws an AwsError. */
export type OperationHandler = (context: OperationContext) => Record<string, unknown>;

export interface ServiceDefinition {
  /** The SigV4 signing name requests are routed by. */
  readonly signingName: string;
  /** The IAM action prefix, for AccessDenied messages. */
  readonly iamPrefix: string;
  readonly protocol: Protocol;
  readonly operations: Readonly<Record<string, OperationHandler>>;
  /** The SDK client package's exports: each operation's schema is `<Operation>$`. */
  readonly sdk: object;
  /** IAM actions whose names differ from the operation's (S3's ListBuckets is s3:ListAllMyBuckets). */
  readonly iamActions?: Readonly<Record<string, string>>;
}

/** The SDK schema of an operation (`DescribeVpcs$`). */
export function operationSchema(service: ServiceDefinition, operation: string): unknown {
  return (service.sdk as Record<string, unknown>)[`${operation}$`];
}

export function iamAction(service: ServiceDefinition, operation: string): string {
  return `${service.iamPrefix}:${service.iamActions?.[operation] ?? operation}`;
}

/** A required string input, or the ValidationException AWS answers a missing one with. */
export function requiredString(input: Readonly<Record<string, unknown>>, field: string, code = "ValidationException") {
  const value = input[field];
  if (typeof value !== "string" || value === "") {
    throw new AwsError(code, validationMessage(field, value, "Member must not be null"));
  }
  return value;
}

/** A page size input (JSON number or query string) within the API's bounds, or the API's default. */
export function pageSize(
  input: Readonly<Record<string, unknown>>,
  field: string,
  bounds: { min?: number; max: number; default: number },
  code = "ValidationException",
): number {
  const raw = input[field];
  if (raw === undefined || raw === null || raw === "") return bounds.default;
  const value = Number(raw);
  const min = bounds.min ?? 1;
  if (!Number.isInteger(value) || value < min) {
    throw new AwsError(code, validationMessage(field, raw, `Member must have value greater than or equal to ${min}`));
  }
  if (value > bounds.max) {
    throw new AwsError(
      code,
      validationMessage(field, raw, `Member must have value less than or equal to ${bounds.max}`),
    );
  }
  return value;
}

/**
 * One page of `items` from the position a token names. Tokens are opaque to clients, as AWS's are; the last
 * page has none.
 */
export function paginate<T>(
  items: readonly T[],
  token: unknown,
  size: number,
  invalidToken: () => AwsError,
): { page: T[]; nextToken: string | undefined } {
  const start = token === undefined || token === null || token === "" ? 0 : decodeToken(token);
  if (start === undefined || start > items.length) throw invalidToken();
  const end = start + size;
  return { page: items.slice(start, end), nextToken: end < items.length ? encodeToken(end) : undefined };
}

function encodeToken(offset: number): string {
  return Buffer.from(`mlharden-emulator:${offset}`).toString("base64url");
}

function decodeToken(token: unknown): number | undefined {
  if (typeof token !== "string") return undefined;
  const match = /^mlharden-emulator:(\d+)$/.exec(Buffer.from(token, "base64url").toString());
  return match ? Number(match[1]) : undefined;
}
