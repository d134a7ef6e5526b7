import { accessKeyIdFor, type Emulator } from "../../src/emulator/index.js";

/** SDK client settings that reach the emulator as `accountId` in `region` (add `forcePathStyle` for S3). */
export function clientConfig(emulator: Emulator, accountId: string, region = "us-east-1") {
  return {
    endpoint: emulator.url,
    region,
    credentials: { accessKeyId: accessKeyIdFor(accountId), secretAccessKey: "anything" },
    maxAttempts: 1,
  };
}

/** An SDK output as a snapshot holds it: no `$metadata`, timestamps as `toISOString()`. */
export function snapshotForm(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(snapshotForm);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, item]) => key !== "$metadata" && item !== undefined)
        .map(([key, item]) => [key, snapshotForm(item)]),
    );
  }
  return value;
}

type Sender = { send(command: never): Promise<unknown> };

/** Sends `<operation>Command` from an SDK client package, for tests that walk many operations by name. */
export async function call(
  client: Sender,
  sdk: object,
  operation: string,
  input: object = {},
): Promise<Record<string, unknown>> {
  const Command = (sdk as Record<string, new (input: object) => never>)[`${operation}Command`];
  if (!Command) throw new Error(`no ${operation}Command`);
  return (await client.send(new Command(input))) as Record<string, unknown>;
}

/** The error a call fails with (the test fails if it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata: { httpStatusCode?: number } };
  }
  throw new Error("expected the call to fail");
}

/**
 * A retry strategy without backoff, for fast tests: it retries exactly what the SDK's retry middleware classifies
 * as retryable (THROTTLING, TRANSIENT, SERVER_ERROR) and records each classification.
 */
export function instantRetries(maxAttempts: number) {
  const classified: string[] = [];
  const token = (retries: number) => ({ getRetryCount: () => retries, getRetryDelay: () => 0 });
  const strategy = {
    mode: "standard",
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (previous: { getRetryCount(): number }, info: { errorType: string }) => {
      classified.push(info.errorType);
      const retries = previous.getRetryCount() + 1;
      if (info.errorType === "CLIENT_ERROR" || retries >= maxAttempts) throw new Error("no more retries");
      return token(retries);
    },
    recordSuccess: () => {},
  };
  return { strategy, classified };
}
