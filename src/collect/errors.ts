import type { CollectionError } from "../snapshot/schema.js";

/** What the SDK throws: a service exception (`name` = AWS error code, `$metadata`) or a Node network error (`code`). */
interface AwsErrorLike {
  name: string;
  message: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

// The SDK's own lists (@smithy/core service-error-classification), repeated because that package is internal.
const THROTTLING_CODES = new Set([
  "BandwidthLimitExceeded",
  "EC2ThrottledException",
  "LimitExceededException",
  "PriorRequestNotComplete",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ThrottledException",
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "TransactionInProgressException",
]);
const TRANSIENT_NAMES = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN"]);

/** S3 answers "this bucket has none" with an error; for the snapshot that is an absent field, not a gap. */
export const S3_ABSENT_CONFIGURATION = new Set([
  "NoSuchBucketPolicy",
  "NoSuchTagSet",
  "NoSuchPublicAccessBlockConfiguration",
]);

function asAwsError(error: unknown): AwsErrorLike | undefined {
  if (!(error instanceof Error)) return undefined;
  const candidate = error as Error & Partial<AwsErrorLike>;
  const fromAws = candidate.$metadata !== undefined || typeof candidate.code === "string";
  // Endpoint resolution (a service not offered there) and credentials that stop working mid-scan are gaps too.
  const fromSdk = candidate.name === "EndpointError" || candidate.name === "CredentialsProviderError";
  return fromAws || fromSdk ? (candidate as AwsErrorLike) : undefined;
}

/** True for errors that came from AWS or the network (recordable), false for bugs, which must surface. */
export function isAwsError(error: unknown): boolean {
  return asAwsError(error) !== undefined;
}

export function errorCode(error: unknown): string {
  const aws = asAwsError(error);
  if (!aws) return error instanceof Error ? error.name : "Error";
  return aws.name !== "Error" ? aws.name : (aws.code ?? `HTTP${aws.$metadata?.httpStatusCode ?? ""}`);
}

export function isThrottling(error: unknown): boolean {
  const aws = asAwsError(error);
  if (!aws) return false;
  return aws.$metadata?.httpStatusCode === 429 || THROTTLING_CODES.has(aws.name) || aws.$retryable?.throttling === true;
}

/** 5xx, timeouts and dropped connections: worth another try. */
export function isTransient(error: unknown): boolean {
  const aws = asAwsError(error);
  if (!aws) return false;
  return (
    TRANSIENT_NAMES.has(aws.name) ||
    TRANSIENT_STATUS.has(aws.$metadata?.httpStatusCode ?? 0) ||
    NETWORK_CODES.has(aws.code ?? "")
  );
}

/** A resource deleted between List and Describe: SageMaker says ResourceNotFound, or ValidationException for some kinds. */
export function isGone(error: unknown): boolean {
  const aws = asAwsError(error);
  if (!aws) return false;
  if (aws.name === "ResourceNotFound") return true;
  return aws.name === "ValidationException" && /could not find|not found|does not exist/i.test(aws.message);
}

export function toCollectionError(
  error: unknown,
  service: string,
  operation: string,
  collection: string,
): CollectionError {
  const message = error instanceof Error ? error.message : String(error);
  return { service, operation, collection, code: errorCode(error), message: message || errorCode(error) };
}

/** Keeps one entry per collection, operation and code: a denied Describe is one gap, not one per resource. */
export class ErrorLog {
  private readonly entries: CollectionError[] = [];
  private readonly seen = new Set<string>();

  add(entry: CollectionError): void {
    const key = `${entry.collection}|${entry.operation}|${entry.code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.entries.push(entry);
  }

  has(collection: string): boolean {
    return this.entries.some((e) => e.collection === collection);
  }

  list(): CollectionError[] {
    return [...this.entries];
  }
}
