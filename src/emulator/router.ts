import { randomUUID } from "node:crypto";
import { AwsError, type FaultKind } from "./errors.js";
import type { FaultInjector } from "./faults.js";
import { resolveCaller, signingScope } from "./identity.js";
import type { Protocol, WireRequest, WireResponse } from "./protocols/protocol.js";
import { operationShapes } from "./protocols/shape.js";
import { ec2 } from "./services/ec2.js";
import { ecr } from "./services/ecr.js";
import { iam } from "./services/iam.js";
import { organizations } from "./services/organizations.js";
import { s3 } from "./services/s3.js";
import { sagemaker } from "./services/sagemaker.js";
import { iamAction, operationSchema, type ServiceDefinition } from "./services/service.js";
import { sts } from "./services/sts.js";
import { tagging } from "./services/tagging.js";
import type { EmulatorState } from "./state.js";
import type { StatsRecorder } from "./stats.js";

/** Every service the emulator serves, by SigV4 signing name. */
const SERVICES: ReadonlyMap<string, ServiceDefinition> = new Map(
  [sagemaker, sts, iam, ec2, organizations, ecr, tagging, s3].map((service) => [service.signingName, service]),
);

/** The operations served, by SigV4 service name (the collector's COLLECTOR_OPERATIONS must be a subset). */
export function servedOperations(): Record<string, string[]> {
  return Object.fromEntries([...SERVICES].map(([name, service]) => [name, Object.keys(service.operations)]));
}

/**
 * Routes a request by the service in its SigV4 credential scope, then by the operation its protocol names
 * (X-Amz-Target, Action, or S3's method and path). The caller's account comes from the access key, the region
 * from the scope. Before the handler runs: injected faults, then errors the snapshot recorded for the operation.
 */
export function createRouter(state: EmulatorState, faults: FaultInjector, stats: StatsRecorder) {
  return (request: WireRequest): WireResponse => {
    const requestId = randomUUID();
    const scope = signingScope(request);
    if (!scope) return unroutable(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
    const service = SERVICES.get(scope.service);
    if (!service)
      return unroutable(400, "UnknownServiceException", `The mlharden emulator does not serve ${scope.service}`);
    const { protocol } = service;
    const fail = (kind: FaultKind, message?: string) => {
      const { code, status, message: standard } = protocol.errors[kind];
      return new AwsError(code, message ?? standard, status);
    };

    try {
      const { operation, input } = protocol.decode(request);
      const handler = service.operations[operation];
      if (!handler) throw fail("unknownOperation");
      const key = `${service.signingName}:${operation}`;
      stats.count("calls", key);

      const caller = resolveCaller(state, scope.accessKeyId);
      const account = caller && state.accounts.get(caller.accountId);
      if (!caller || !account?.isRegionEnabled(scope.region)) throw fail("invalidToken");

      const fault = faults.decide({
        service: service.signingName,
        operation,
        account: account.accountId,
        region: scope.region,
      });
      if (fault === "accessDenied") {
        stats.count("denied", key);
        const action = iamAction(service, operation);
        throw fail(
          fault,
          `User: ${caller.arn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
        );
      }
      if (fault === "throttled") stats.count("throttles", key);
      if (fault === "internalError" || fault === "unavailable") stats.count("serverErrors", key);
      if (fault) throw fail(fault);

      const recorded = account.recordedError(scope.region, operation) ?? state.errors.get(operation);
      if (recorded) throw new AwsError(recorded.code, recorded.message, statusOf(protocol, recorded.code));

      const output = handler({ input, caller, account, region: account.region(scope.region), state });
      const { output: outputSchema } = operationShapes(operationSchema(service, operation));
      return protocol.encode(operation, outputSchema, output, requestId);
    } catch (error) {
      if (error instanceof AwsError) return protocol.encodeError(error, requestId);
      // A bug in a handler: answer as the service would, but say what broke.
      return protocol.encodeError(fail("internalError", `mlharden emulator: ${(error as Error).message}`), requestId);
    }
  };
}

/** A recorded error's HTTP status: the protocol's own for a code it knows (AccessDenied is 403 in XML), else 400. */
function statusOf(protocol: Protocol, code: string): number {
  return Object.values(protocol.errors).find((template) => template.code === code)?.status ?? 400;
}

/** No SigV4 scope, or a service the emulator does not serve: no protocol to answer in, so plain JSON. */
function unroutable(status: number, code: string, message: string): WireResponse {
  return {
    status,
    headers: { "content-type": "application/json", "x-amzn-errortype": code },
    body: JSON.stringify({ __type: code, message }),
  };
}
