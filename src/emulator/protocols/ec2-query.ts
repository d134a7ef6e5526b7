import type { Protocol } from "./protocol.js";
import { decodeForm, xmlResponse } from "./query.js";
import { element, textElement, xmlMembers } from "./xml.js";

const XMLNS = "http://ec2.amazonaws.com/doc/2016-11-15/";

/**
 * ec2Query: the query form of awsQuery, but answers carry their members directly under `<OpResponse>` (names from
 * the model's `xmlName`: `vpcSet`, `item`) and errors are `<Response><Errors><Error>...</Errors><RequestID/>`.
 */
export const ec2Protocol: Protocol = {
  decode: decodeForm,
  encode(operation, outputSchema, output, requestId) {
    const body = textElement("requestId", requestId) + xmlMembers(outputSchema, output);
    return xmlResponse(200, requestId, element(`${operation}Response`, body, { xmlns: XMLNS }));
  },
  encodeError(error, requestId) {
    const detail = textElement("Code", error.code) + textElement("Message", error.message);
    const body = element("Response", element("Errors", element("Error", detail)) + textElement("RequestID", requestId));
    return xmlResponse(error.status, requestId, body);
  },
  errors: {
    accessDenied: {
      code: "UnauthorizedOperation",
      status: 403,
      message: "You are not authorized to perform this operation.",
    },
    throttled: { code: "RequestLimitExceeded", status: 503, message: "Request limit exceeded." },
    internalError: { code: "InternalError", status: 500, message: "An internal error has occurred" },
    unavailable: {
      code: "Unavailable",
      status: 503,
      message: "The server is overloaded and can't handle the request.",
    },
    invalidToken: {
      code: "AuthFailure",
      status: 401,
      message: "AWS was not able to validate the provided access credentials",
    },
    unknownOperation: { code: "InvalidAction", status: 400, message: "The action is not valid for this web service." },
  },
};
