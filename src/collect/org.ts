import { type OrganizationsClient, paginateListAccounts } from "@aws-sdk/client-organizations";

/**
 * The organization's active member accounts, in the order Organizations lists them. Only the management account
 * or a delegated administrator may call ListAccounts.
 */
export async function organizationAccounts(client: OrganizationsClient): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListAccounts({ client, pageSize: 20 }, {})) {
    for (const account of page.Accounts ?? []) {
      // `Status` is being retired in favour of `State`; either says whether the account can be read.
      const state = account.State ?? account.Status;
      if (account.Id && state === "ACTIVE") ids.push(account.Id);
    }
  }
  return ids;
}
