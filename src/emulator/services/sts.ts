import * as sdk from "@aws-sdk/client-sts";
import { AwsError, validationMessage } from "../errors.js";
import { issueSession } from "../identity.js";
import { queryProtocol } from "../protocols/query.js";
import { requiredString, type ServiceDefinition } from "./service.js";

const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
/** A role's default maximum session; a role in the snapshot may raise it (MaxSessionDuration). */
const DEFAULT_MAX_SESSION_SECONDS = 3600;

export const sts: ServiceDefinition = {
  signingName: "sts",
  iamPrefix: "sts",
  protocol: queryProtocol("https://sts.amazonaws.com/doc/2011-06-15/"),
  sdk,
  operations: {
    GetCallerIdentity: ({ caller }) => ({ UserId: caller.userId, Account: caller.accountId, Arn: caller.arn }),

    /** Only accounts the snapshot holds can be assumed; any other answers AccessDenied, as STS does. */
    AssumeRole: ({ input, caller, state }) => {
      const roleArn = requiredString(input, "RoleArn", "ValidationError");
      const sessionName = requiredString(input, "RoleSessionName", "ValidationError");
      const [, accountId, roleName] = ROLE_ARN.exec(roleArn) ?? [];
      const target = accountId ? state.accounts.get(accountId) : undefined;
      if (!target || !roleName) {
        throw new AwsError(
          "AccessDenied",
          `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
          403,
        );
      }
      const maxSession = Number(target.iamRoles.get(roleName)?.MaxSessionDuration ?? DEFAULT_MAX_SESSION_SECONDS);
      const duration = Number(input.DurationSeconds ?? 3600);
      if (!Number.isInteger(duration) || duration < 900) {
        throw new AwsError(
          "ValidationError",
          validationMessage(
            "DurationSeconds",
            input.DurationSeconds,
            "Member must have value greater than or equal to 900",
          ),
        );
      }
      if (duration > maxSession) {
        throw new AwsError(
          "ValidationError",
          `The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`,
        );
      }
      const { credentials, session } = issueSession(state, target, roleName, sessionName, duration);
      return { Credentials: credentials, AssumedRoleUser: { AssumedRoleId: session.userId, Arn: session.arn } };
    },
  },
};
