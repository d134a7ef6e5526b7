import { AwsError } from "../errors.js";
import type { Protocol, WireResponse } from "./protocol.js";
import { shapeOf } from "./shape.js";
import { formatTimestamp } from "./timestamps.js";

const CONTENT_TYPE = "application/x-amz-json-1.1";

/**
 * awsJson1_1 (SageMaker, Organizations, ECR, Resource Groups Tagging): `POST /` with
 * `X-Amz-Target: <prefix>.<Operation>` and a JSON body; errors are `{"__type": code, "message": ...}`.
 */
export function jsonProtocol(targetPrefix: string): Protocol {
  return {
    decode(request) {
      const target = request.headers["x-amz-target"] ?? "";
      const dot = target.lastIndexOf(".");
      const operation = dot > 0 && target.slice(0, dot) === targetPrefix ? target.slice(dot + 1) : "";
      return { operation, input: parseBody(request.body) };
    },
    encode(_operation, outputSchema, output, requestId) {
      return respond(200, requestId, toJsonWire(outputSchema, output));
    },
    encodeError(error, requestId) {
      const response = respond(error.status, requestId, { __type: error.code, message: error.message });
      response.headers["x-amzn-errortype"] = error.code;
      return response;
    },
    errors: {
      accessDenied: { code: "AccessDeniedException", status: 400, message: "Access denied" },
      throttled: { code: "ThrottlingException", status: 400, message: "Rate exceeded" },
      internalError: { code: "InternalFailure", status: 500, message: "An internal error occurred." },
      unavailable: { code: "ServiceUnavailable", status: 503, message: "Service is unavailable." },
      invalidToken: {
        code: "UnrecognizedClientException",
        status: 400,
        message: "The security token included in the request is invalid.",
      },
      unknownOperation: { code: "UnknownOperationException", status: 400, message: "Unknown operation" },
    },
  };
}

function parseBody(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below, as the services do
  }
  throw new AwsError("SerializationException", "Start of structure or map found where not expected.");
}

function respond(status: number, requestId: string, body: unknown): WireResponse {
  return {
    status,
    headers: { "content-type": CONTENT_TYPE, "x-amzn-requestid": requestId },
    body: JSON.stringify(body),
  };
}

/** A value as JSON 1.1 carries it: timestamps (by the SDK schema) become epoch seconds; unknown fields pass. */
export function toJsonWire(ref: unknown, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const shape = shapeOf(ref);
  switch (shape.kind) {
    case "timestamp":
      return formatTimestamp(value, shape.format === "default" ? "epoch-seconds" : shape.format);
    case "list":
      return Array.isArray(value) ? value.map((item) => toJsonWire(shape.member, item)) : value;
    case "map":
      return isRecord(value) ? mapValues(value, (item) => toJsonWire(shape.value, item)) : value;
    case "structure":
      return isRecord(value)
        ? mapValues(value, (item, key) => (shape.members.has(key) ? toJsonWire(shape.members.get(key), item) : item))
        : value;
    case "scalar":
      return value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function mapValues(
  record: Record<string, unknown>,
  map: (value: unknown, key: string) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value, key)]));
}
