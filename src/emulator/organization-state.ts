import type { Snapshot, SnapshotOrganizations } from "../snapshot/schema.js";
import type { Item } from "./state.js";

/** FullAWSAccess, the AWS-managed SCP that allows everything: what every root, OU and account starts with. */
const FULL_AWS_ACCESS_ID = "p-FullAWSAccess";
const FULL_AWS_ACCESS_CONTENT = JSON.stringify(
  { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
  null,
  2,
);
const SCPS_ENABLED = [{ Type: "SERVICE_CONTROL_POLICY", Status: "ENABLED" }];

/** One policy: DescribePolicy's `Policy` and ListTargetsForPolicy's targets. */
export interface OrganizationPolicy {
  summary: Item;
  content: string;
  targets: Item[];
}

/**
 * The AWS Organizations view of the estate: the snapshot's `organizations` section, or, when it has none, an
 * organization synthesized from the snapshot's accounts as a new one with SCPs enabled looks: the first account
 * manages it, every account sits under its one root, and FullAWSAccess is attached to the root and every account.
 */
export class OrganizationState {
  readonly organization: Item;
  readonly managementAccountId: string;
  readonly roots: Item[];
  /** OUs and accounts, each with `Parents` as the snapshot stores it (the API lists them by parent). */
  readonly organizationalUnits: Item[];
  readonly accounts: Item[];
  /**
   * The accounts in ListAccounts' order: the snapshot's (the collector writes accounts in the order ListAccounts
   * gave them), then those the snapshot does not hold.
   */
  readonly listedAccounts: Item[];
  readonly policies: OrganizationPolicy[];

  constructor(snapshot: Snapshot) {
    const { collectedAt } = snapshot;
    const section = snapshot.organizations
      ? structuredClone(snapshot.organizations)
      : synthesize(snapshot.accounts, collectedAt);
    const organization = section.organization as Item & { MasterAccountId: string };
    this.organization = organization;
    this.managementAccountId = organization.MasterAccountId;
    this.roots = (section.roots ?? []) as Item[];
    this.organizationalUnits = (section.organizationalUnits ?? []) as Item[];
    // ListAccounts filters on Status/State: fields a hand-written entry lacks are filled in as for a synthesized
    // one. A section without accounts (its reading failed after DescribeOrganization) lists the snapshot's.
    const defaults = accountDefaults(organization, partitionOf(snapshot, this.managementAccountId), collectedAt);
    const accounts = section.accounts ?? snapshot.accounts.map((account) => ({ Id: account.accountId }));
    this.accounts = accounts.map((account) => ({ ...defaults(account.Id), ...account }));
    const position = new Map(snapshot.accounts.map((account, i) => [account.accountId, i]));
    const rank = (account: Item) => position.get(String(account.Id)) ?? snapshot.accounts.length;
    this.listedAccounts = [...this.accounts].sort((a, b) => rank(a) - rank(b));
    this.policies = (section.policies ?? []).map((policy) => ({
      summary: policy.PolicySummary as Item,
      content: policy.Content,
      targets: policy.Targets as Item[],
    }));
  }

  /** The management account and every account of `accounts` belong to the organization. */
  isMember(accountId: string): boolean {
    return accountId === this.managementAccountId || this.accounts.some((account) => account.Id === accountId);
  }

  isContainer(id: string): boolean {
    return [...this.roots, ...this.organizationalUnits].some((container) => container.Id === id);
  }

  policy(id: string): OrganizationPolicy | undefined {
    return this.policies.find((policy) => policy.summary.Id === id);
  }
}

/** The OUs or accounts directly under a root or OU, as the API returns them. */
export function childrenOf(items: readonly Item[], parentId: string): Item[] {
  return items.filter((item) => (item.Parents as { Id: string }[] | undefined)?.[0]?.Id === parentId).map(asListed);
}

/** An OU or account as the API lists it: without the `Parents` the snapshot adds. */
export function asListed({ Parents: _parents, ...fields }: Item): Item {
  return fields;
}

function partitionOf(snapshot: Snapshot, accountId: string): string {
  return (snapshot.accounts.find((a) => a.accountId === accountId) ?? snapshot.accounts[0])?.partition ?? "aws";
}

function accountDefaults(organization: Item, partition: string, joined: string) {
  return (accountId: string) => ({
    Id: accountId,
    Arn: `arn:${partition}:organizations::${organization.MasterAccountId}:account/${organization.Id}/${accountId}`,
    Email: `aws+${accountId}@example.com`,
    Name: `account-${accountId}`,
    Status: "ACTIVE",
    State: "ACTIVE",
    JoinedMethod: accountId === organization.MasterAccountId ? "INVITED" : "CREATED",
    JoinedTimestamp: joined,
  });
}

function synthesize(accounts: Snapshot["accounts"], collectedAt: string): SnapshotOrganizations {
  const [management] = accounts;
  if (!management) throw new Error("the snapshot holds no account to emulate");
  const { accountId: managementId, partition } = management;
  const orgId = `o-${managementId}`;
  const arn = (resource: string) => `arn:${partition}:organizations::${managementId}:${resource}`;
  const organization = {
    Id: orgId,
    Arn: arn(`organization/${orgId}`),
    FeatureSet: "ALL",
    MasterAccountArn: arn(`account/${orgId}/${managementId}`),
    MasterAccountId: managementId,
    MasterAccountEmail: `aws+${managementId}@example.com`,
    AvailablePolicyTypes: SCPS_ENABLED,
  };
  const root = {
    Id: `r-${managementId.slice(-4)}`,
    Arn: arn(`root/${orgId}/r-${managementId.slice(-4)}`),
    Name: "Root",
  };
  const defaults = accountDefaults(organization, partition, collectedAt);
  const members = accounts.map((account) => ({
    ...defaults(account.accountId),
    Parents: [{ Id: root.Id, Type: "ROOT" as const }],
  }));
  return {
    organization,
    roots: [{ ...root, PolicyTypes: SCPS_ENABLED }],
    organizationalUnits: [],
    accounts: members,
    policies: [
      {
        PolicySummary: {
          Id: FULL_AWS_ACCESS_ID,
          Arn: `arn:${partition}:organizations::aws:policy/service_control_policy/${FULL_AWS_ACCESS_ID}`,
          Name: "FullAWSAccess",
          Description: "Allows access to every operation",
          Type: "SERVICE_CONTROL_POLICY",
          AwsManaged: true,
        },
        Content: FULL_AWS_ACCESS_CONTENT,
        Targets: [
          { TargetId: root.Id, Arn: root.Arn, Name: root.Name, Type: "ROOT" as const },
          ...members.map((account) => ({
            TargetId: account.Id,
            Arn: account.Arn,
            Name: account.Name,
            Type: "ACCOUNT" as const,
          })),
        ],
      },
    ],
  };
}
