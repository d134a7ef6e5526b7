import { createHash } from "node:crypto";
import type { DecodedRequest, Protocol, WireRequest, WireResponse } from "./protocol.js";
import { isHttpPayload, shapeName, shapeOf } from "./shape.js";
import { element, textElement, xmlMembers } from "./xml.js";

const XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";

/** The bucket sub-resources the emulator serves, by the query key that names them (`GET /bucket?policy`). */
const BUCKET_OPERATIONS: Readonly<Record<string, string>> = {
  policy: "GetBucketPolicy",
  tagging: "GetBucketTagging",
  publicAccessBlock: "GetPublicAccessBlock",
};

/**
 * restXml as S3 speaks it, path-style (`/bucket?policy`): the operation comes from the method, path and query;
 * answers are the output structure as XML (or its HTTP payload member), errors `<Error><Code/>...</Error>`.
 */
export const s3Protocol: Protocol = {
  decode: decodeS3,
  encode(_operation, outputSchema, output, requestId) {
    const shape = shapeOf(outputSchema);
    if (shape.kind === "structure") {
      for (const [name, ref] of shape.members) {
        if (!isHttpPayload(ref)) continue;
        const payload = output[name];
        if (typeof payload === "string") return s3Response(200, requestId, payload, "application/json");
        const root = String(shapeOf(ref).traits.xmlName ?? shapeName(ref) ?? name);
        return xmlDocument(requestId, root, xmlMembers(ref, (payload ?? {}) as Record<string, unknown>));
      }
    }
    const root = String(shape.traits.xmlName ?? shapeName(outputSchema));
    return xmlDocument(requestId, root, xmlMembers(outputSchema, output));
  },
  encodeError(error, requestId) {
    const fields = Object.entries(error.fields).map(([name, value]) => textElement(name, value));
    const body = element(
      "Error",
      textElement("Code", error.code) +
        textElement("Message", error.message) +
        fields.join("") +
        textElement("RequestId", requestId) +
        textElement("HostId", hostId(requestId)),
    );
    return s3Response(error.status, requestId, xmlProlog(body), "application/xml");
  },
  errors: {
    accessDenied: { code: "AccessDenied", status: 403, message: "Access Denied" },
    throttled: { code: "SlowDown", status: 503, message: "Please reduce your request rate." },
    internalError: {
      code: "InternalError",
      status: 500,
      message: "We encountered an internal error. Please try again.",
    },
    unavailable: { code: "ServiceUnavailable", status: 503, message: "Service is unable to handle request." },
    invalidToken: {
      code: "InvalidAccessKeyId",
      status: 403,
      message: "The AWS Access Key Id you provided does not exist in our records.",
    },
    unknownOperation: {
      code: "NotImplemented",
      status: 501,
      message: "A header you provided implies functionality that is not implemented",
    },
  },
};

function decodeS3(request: WireRequest): DecodedRequest {
  const [bucket, ...rest] = request.path.split("/").filter(Boolean).map(decodeURIComponent);
  if (request.method !== "GET" || rest.length > 0) return { operation: "", input: {} };
  if (!bucket) {
    const { query } = request;
    return {
      operation: "ListBuckets",
      input: {
        MaxBuckets: query.get("max-buckets") ?? undefined,
        ContinuationToken: query.get("continuation-token") ?? undefined,
        Prefix: query.get("prefix") ?? undefined,
        BucketRegion: query.get("bucket-region") ?? undefined,
      },
    };
  }
  const subresource = Object.keys(BUCKET_OPERATIONS).find((key) => request.query.has(key));
  return { operation: subresource ? (BUCKET_OPERATIONS[subresource] ?? "") : "", input: { Bucket: bucket } };
}

function xmlDocument(requestId: string, root: string, content: string): WireResponse {
  return s3Response(200, requestId, xmlProlog(element(root, content, { xmlns: XMLNS })), "application/xml");
}

function xmlProlog(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

function s3Response(status: number, requestId: string, body: string, contentType: string): WireResponse {
  return {
    status,
    headers: { "content-type": contentType, "x-amz-request-id": requestId, "x-amz-id-2": hostId(requestId) },
    body,
  };
}

function hostId(requestId: string): string {
  return createHash("sha256").update(requestId).digest("base64");
}
