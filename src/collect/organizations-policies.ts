import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  type OrganizationsClient,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  paginateListPolicies,
  paginateListRoots,
  paginateListTargetsForPolicy,
} from "@aws-sdk/client-organizations";
import type { SnapshotOrganizations } from "../snapshot/schema.js";
import type { ScopeContext } from "./context.js";
import { isAwsError, toCollectionError } from "./errors.js";
import { type SnapshotItem, toSnapshotItem } from "./snapshot-writer.js";

/** Organizations list calls return at most 20 items a page. */
const PAGE = 20;

type ParentType = "ROOT" | "ORGANIZATIONAL_UNIT";

/**
 * The organization's structure and service control policies, for reach analysis (the `organizations` section).
 * Read from the management account or a delegated administrator, with the caller's own credentials.
 *
 * The tree is walked down from the roots (ListOrganizationalUnitsForParent and ListAccountsForParent per root and
 * OU) rather than up from each account (ListParents per account and OU, plus DescribeOrganizationalUnit for OU
 * names): an organization has far more accounts than OUs, so that is 2 calls per container instead of one per
 * account, and ListAccountsForParent returns 20 accounts a call.
 *
 * If DescribeOrganization fails, nothing is returned; if a later call fails, only `organization` (which still
 * names the management account, which SCPs never bind). Either way an errors entry (collection `organizations`)
 * names the call, so reach analysis knows the SCPs are unknown, not absent.
 */
export async function collectOrganizations(ctx: ScopeContext): Promise<SnapshotOrganizations | undefined> {
  const client = ctx.client("organizations");
  const organization = await ctx.read("organizations", "organizations", "DescribeOrganization", async () => {
    const { Organization } = await client.send(new DescribeOrganizationCommand({}));
    return toSnapshotItem(Organization ?? {});
  });
  if (!organization) return undefined;
  const section = { organization } as SnapshotOrganizations;
  try {
    const [tree, policies] = await Promise.all([readTree(client), readPolicies(client)]);
    return { ...section, ...tree, policies } as SnapshotOrganizations;
  } catch (error) {
    if (!(error instanceof FailedCall)) throw error;
    ctx.errors.add(toCollectionError(error.cause, "organizations", error.operation, "organizations"));
    return section;
  }
}

/** Roots, then each level of OUs, breadth first: OUs and accounts keep the order Organizations lists them in. */
async function readTree(client: OrganizationsClient) {
  const roots = await all("ListRoots", paginateListRoots({ client, pageSize: PAGE }, {}), (p) => p.Roots);
  const organizationalUnits: SnapshotItem[] = [];
  const accounts: SnapshotItem[] = [];
  let level = roots.map((root) => ({ Id: String(root.Id), Type: "ROOT" as ParentType }));
  while (level.length > 0) {
    const children = await Promise.all(
      level.map((parent) =>
        Promise.all([
          all(
            "ListOrganizationalUnitsForParent",
            paginateListOrganizationalUnitsForParent({ client, pageSize: PAGE }, { ParentId: parent.Id }),
            (p) => p.OrganizationalUnits,
          ),
          all(
            "ListAccountsForParent",
            paginateListAccountsForParent({ client, pageSize: PAGE }, { ParentId: parent.Id }),
            (p) => p.Accounts,
          ),
        ]),
      ),
    );
    const next: typeof level = [];
    level.forEach((parent, i) => {
      const [units = [], members = []] = children[i] ?? [];
      for (const unit of units) {
        organizationalUnits.push({ ...unit, Parents: [{ ...parent }] });
        next.push({ Id: String(unit.Id), Type: "ORGANIZATIONAL_UNIT" });
      }
      for (const account of members) accounts.push({ ...account, Parents: [{ ...parent }] });
    });
    level = next;
  }
  return { roots, organizationalUnits, accounts };
}

/** Every SCP with its document (DescribePolicy) and where it is attached (ListTargetsForPolicy), in list order. */
async function readPolicies(client: OrganizationsClient) {
  const summaries = await all(
    "ListPolicies",
    paginateListPolicies({ client, pageSize: PAGE }, { Filter: "SERVICE_CONTROL_POLICY" }),
    (p) => p.Policies,
  );
  return Promise.all(
    summaries.map(async (summary) => {
      const PolicyId = String(summary.Id);
      const [described, Targets] = await Promise.all([
        call("DescribePolicy", () => client.send(new DescribePolicyCommand({ PolicyId }))),
        all(
          "ListTargetsForPolicy",
          paginateListTargetsForPolicy({ client, pageSize: PAGE }, { PolicyId }),
          (p) => p.Targets,
        ),
      ]);
      return {
        PolicySummary: toSnapshotItem(described.Policy?.PolicySummary ?? summary),
        Content: described.Policy?.Content ?? "",
        Targets,
      };
    }),
  );
}

/** An AWS error, with the operation that answered it: the errors entry names the call that failed. */
class FailedCall extends Error {
  constructor(
    readonly operation: string,
    override readonly cause: unknown,
  ) {
    super(`${operation} failed`);
  }
}

async function call<T>(operation: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw isAwsError(error) ? new FailedCall(operation, error) : error;
  }
}

/** Every item of a paginated list, as the snapshot stores it. */
function all<Page>(
  operation: string,
  pages: AsyncIterable<Page>,
  items: (page: Page) => object[] | undefined,
): Promise<SnapshotItem[]> {
  return call(operation, async () => {
    const list: SnapshotItem[] = [];
    for await (const page of pages) for (const item of items(page) ?? []) list.push(toSnapshotItem(item));
    return list;
  });
}
