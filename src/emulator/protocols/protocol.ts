import type { AwsError, ErrorTemplate, FaultKind } from "../errors.js";

export interface WireRequest {
  method: string;
  /** The URL path, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a request asks for: the operation name ("" when the protocol cannot name one) and its input. */
export interface DecodedRequest {
  operation: string;
  input: Record<string, unknown>;
}

/** One AWS wire protocol: how a request names its operation and input, and how answers are written. */
export interface Protocol {
  decode(request: WireRequest): DecodedRequest;
  /** Writes `output` (SDK member names) through the operation's SDK output schema. */
  encode(operation: string, outputSchema: unknown, output: Record<string, unknown>, requestId: string): WireResponse;
  encodeError(error: AwsError, requestId: string): WireResponse;
  /** The codes this protocol's services answer the common failures with. */
  readonly errors: Readonly<Record<FaultKind, ErrorTemplate>>;
}
