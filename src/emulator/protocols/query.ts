import type { DecodedRequest, Protocol, WireRequest, WireResponse } from "./protocol.js";
import { element, textElement, xmlMembers } from "./xml.js";

/**
 * awsQuery (STS, IAM): form-encoded `Action=<Operation>&Version=...&Name.member.1=...` parameters; answers are
 * `<OpResponse><OpResult>...</OpResult><ResponseMetadata/></OpResponse>`, errors `<ErrorResponse><Error>...`.
 * Handlers read the flat parameters (`Filter.member.1`) as they arrive.
 */
export function queryProtocol(xmlns: string): Protocol {
  return {
    decode: decodeForm,
    encode(operation, outputSchema, output, requestId) {
      const result = element(`${operation}Result`, xmlMembers(outputSchema, output));
      const metadata = element("ResponseMetadata", textElement("RequestId", requestId));
      return xmlResponse(200, requestId, element(`${operation}Response`, result + metadata, { xmlns }));
    },
    encodeError(error, requestId) {
      const detail =
        textElement("Type", error.status >= 500 ? "Receiver" : "Sender") +
        textElement("Code", error.code) +
        textElement("Message", error.message);
      const body = element("ErrorResponse", element("Error", detail) + textElement("RequestId", requestId), { xmlns });
      return xmlResponse(error.status, requestId, body);
    },
    errors: {
      accessDenied: { code: "AccessDenied", status: 403, message: "Access denied" },
      throttled: { code: "Throttling", status: 400, message: "Rate exceeded" },
      internalError: { code: "InternalFailure", status: 500, message: "An internal error occurred." },
      unavailable: { code: "ServiceUnavailable", status: 503, message: "Service is unavailable." },
      invalidToken: {
        code: "InvalidClientTokenId",
        status: 403,
        message: "The security token included in the request is invalid.",
      },
      unknownOperation: {
        code: "InvalidAction",
        status: 400,
        message: "The action is not valid for this web service.",
      },
    },
  };
}

/** Query-style parameters from the form body (POST) and the URL (GET), `Action` and `Version` taken out. */
export function decodeForm(request: WireRequest): DecodedRequest {
  const params = new URLSearchParams(request.query);
  for (const [key, value] of new URLSearchParams(request.body)) params.set(key, value);
  const operation = params.get("Action") ?? "";
  params.delete("Action");
  params.delete("Version");
  return { operation, input: Object.fromEntries(params) };
}

export function xmlResponse(status: number, requestId: string, body: string): WireResponse {
  return {
    status,
    headers: { "content-type": "text/xml", "x-amzn-requestid": requestId },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
  };
}

/** `Prefix.1`, `Prefix.2`, ... (EC2) or `Prefix.member.1`, ... (awsQuery) as a list, in index order. */
export function listParam(input: Record<string, unknown>, prefix: string): string[] {
  const values: string[] = [];
  for (let i = 1; typeof input[`${prefix}.${i}`] === "string"; i++) values.push(input[`${prefix}.${i}`] as string);
  return values;
}
