import * as sdk from "@aws-sdk/client-organizations";
import { AwsError } from "../errors.js";
import { jsonProtocol } from "../protocols/json.js";
import { pageSize, paginate, type ServiceDefinition } from "./service.js";

/**
 * ListAccounts: every snapshot account, ACTIVE, the first one being the management account (the only one allowed
 * to list them; a member gets AccessDeniedException). Organizations is global: any signing region is accepted.
 */
export const organizations: ServiceDefinition = {
  signingName: "organizations",
  iamPrefix: "organizations",
  protocol: jsonProtocol("AWSOrganizationsV20161128"),
  sdk,
  operations: {
    ListAccounts: ({ input, caller, state }) => {
      const management = state.managementAccount;
      if (caller.accountId !== management.accountId) {
        throw new AwsError("AccessDeniedException", "You don't have permissions to access this resource.");
      }
      const organizationId = `o-${management.accountId}`;
      const accounts = [...state.accounts.values()].map((account) => ({
        Id: account.accountId,
        Arn: `arn:${management.partition}:organizations::${management.accountId}:account/${organizationId}/${account.accountId}`,
        Email: `aws+${account.accountId}@example.com`,
        Name: `account-${account.accountId}`,
        Status: "ACTIVE",
        State: "ACTIVE",
        JoinedMethod: account === management ? "INVITED" : "CREATED",
        JoinedTimestamp: state.collectedAt,
      }));
      const size = pageSize(input, "MaxResults", { max: 20, default: 20 }, "InvalidInputException");
      const invalidToken = () => new AwsError("InvalidInputException", "You specified an invalid value for nextToken.");
      const { page, nextToken } = paginate(accounts, input.NextToken, size, invalidToken);
      return { Accounts: page, NextToken: nextToken };
    },
  },
};
