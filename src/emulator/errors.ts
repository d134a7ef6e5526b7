/** A service error the emulator answers with: AWS's code, message and HTTP status; each protocol encodes it. */
export class AwsError extends Error {
  override readonly name = "AwsError";

  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** Extra fields some services add to the error body (S3's `BucketName`). */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** Errors every service answers with, under a different code per protocol (see each protocol's table). */
export type FaultKind =
  | "accessDenied"
  | "throttled"
  | "internalError"
  | "unavailable"
  | "invalidToken"
  | "unknownOperation";

export interface ErrorTemplate {
  code: string;
  status: number;
  message: string;
}

/** `1 validation error detected: Value '200' at 'maxResults' failed to satisfy constraint: ...`, as AWS words it. */
export function validationMessage(field: string, value: unknown, constraint: string): string {
  const shown = value === undefined || value === null ? "null" : `'${String(value)}'`;
  return `1 validation error detected: Value ${shown} at '${lowerFirst(field)}' failed to satisfy constraint: ${constraint}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
