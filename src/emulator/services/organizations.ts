import * as sdk from "@aws-sdk/client-organizations";
import { AwsError } from "../errors.js";
import { asListed, childrenOf, type OrganizationState } from "../organization-state.js";
import { jsonProtocol } from "../protocols/json.js";
import type { Item } from "../state.js";
import { type OperationContext, pageSize, paginate, type ServiceDefinition } from "./service.js";

/**
 * The organization of the snapshot's `organizations` section (or one synthesized from its accounts, see
 * OrganizationState): its accounts, structure and service control policies. Only the management account may read
 * them (a member gets AccessDeniedException); DescribeOrganization answers any member. Organizations is global: any
 * signing region is accepted. Lists page 20 items at most, 20 by default.
 */
export const organizations: ServiceDefinition = {
  signingName: "organizations",
  iamPrefix: "organizations",
  protocol: jsonProtocol("AWSOrganizationsV20161128"),
  sdk,
  operations: {
    DescribeOrganization: ({ caller, state }) => {
      const org = state.organization;
      if (!org.isMember(caller.accountId)) {
        throw new AwsError(
          "AWSOrganizationsNotInUseException",
          "Your account is not a member of an organization. To make this request, you must use the credentials of an account that belongs to an organization.",
        );
      }
      return { Organization: org.organization };
    },
    ListAccounts: (context) => {
      const org = managedBy(context);
      return page(context.input, "Accounts", org.listedAccounts.map(asListed));
    },
    ListRoots: (context) => page(context.input, "Roots", managedBy(context).roots),
    ListOrganizationalUnitsForParent: (context) => {
      const org = managedBy(context);
      return page(
        context.input,
        "OrganizationalUnits",
        childrenOf(org.organizationalUnits, parentId(org, context.input)),
      );
    },
    ListAccountsForParent: (context) => {
      const org = managedBy(context);
      return page(context.input, "Accounts", childrenOf(org.accounts, parentId(org, context.input)));
    },
    ListPolicies: (context) => {
      const org = managedBy(context);
      const filter = context.input.Filter;
      if (typeof filter !== "string") throw invalidInput(INPUT_REQUIRED);
      if (!(Object.values(sdk.PolicyType) as string[]).includes(filter)) {
        throw invalidInput("You specified an invalid value.");
      }
      // A policy stored without a Type is an SCP (the section's SCP data is all reach analysis reads).
      const summaries = org.policies
        .filter((policy) => (policy.summary.Type ?? "SERVICE_CONTROL_POLICY") === filter)
        .map((policy) => policy.summary);
      return page(context.input, "Policies", summaries);
    },
    DescribePolicy: (context) => {
      const policy = policyOf(managedBy(context), context.input);
      return { Policy: { PolicySummary: policy.summary, Content: policy.content } };
    },
    ListTargetsForPolicy: (context) => {
      const policy = policyOf(managedBy(context), context.input);
      return page(context.input, "Targets", policy.targets);
    },
  },
};

/** The organization, for its management account only. */
function managedBy({ caller, state }: OperationContext): OrganizationState {
  const org = state.organization;
  if (caller.accountId !== org.managementAccountId) {
    throw new AwsError("AccessDeniedException", "You don't have permissions to access this resource.");
  }
  return org;
}

function page(input: OperationContext["input"], member: string, items: readonly Item[]): Record<string, unknown> {
  const size = pageSize(input, "MaxResults", { max: 20, default: 20 }, "InvalidInputException");
  const invalidToken = () => invalidInput("You specified an invalid value for nextToken.");
  const { page: slice, nextToken } = paginate(items, input.NextToken, size, invalidToken);
  return { [member]: slice, NextToken: nextToken };
}

const PARENT_ID = /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/;
const POLICY_ID = /^p-[0-9a-zA-Z_]{8,128}$/;

function parentId(org: OrganizationState, input: OperationContext["input"]): string {
  const id = requiredId(input, "ParentId", PARENT_ID);
  if (!org.isContainer(id)) {
    throw new AwsError("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.");
  }
  return id;
}

function policyOf(org: OrganizationState, input: OperationContext["input"]) {
  const policy = org.policy(requiredId(input, "PolicyId", POLICY_ID));
  if (!policy) {
    throw new AwsError("PolicyNotFoundException", "We can't find a policy with the PolicyId that you specified.");
  }
  return policy;
}

/** InvalidInputException's messages are those of its documented reasons (INPUT_REQUIRED, INVALID_PATTERN, ...). */
const INPUT_REQUIRED = "You must include a value for all required parameters.";

/** An id parameter: Organizations answers a missing or malformed one with InvalidInputException. */
function requiredId(input: OperationContext["input"], field: string, pattern: RegExp): string {
  const value = input[field];
  if (typeof value !== "string") throw invalidInput(INPUT_REQUIRED);
  if (!pattern.test(value)) throw invalidInput("You provided a value that does not match the required pattern.");
  return value;
}

function invalidInput(message: string): AwsError {
  return new AwsError("InvalidInputException", message);
}
