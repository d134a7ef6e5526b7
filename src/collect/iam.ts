import { paginateGetAccountAuthorizationDetails } from "@aws-sdk/client-iam";
import type { ScopeContext } from "./context.js";
import { globalRegion, partitionOf } from "./regions.js";
import { type SnapshotItem, toSnapshotItem } from "./snapshot-writer.js";

/**
 * Roles and managed policies of the account in one paginated call family (policy documents stay URL-encoded,
 * as IAM returns them). Users and groups are not read: nothing in the snapshot needs them.
 */
export function collectIam(
  ctx: ScopeContext,
): Promise<{ roles: SnapshotItem[]; policies: SnapshotItem[] } | undefined> {
  return ctx.read("iam", "iam", "GetAccountAuthorizationDetails", async () => {
    const roles: SnapshotItem[] = [];
    const policies: SnapshotItem[] = [];
    const pages = paginateGetAccountAuthorizationDetails(
      { client: ctx.client("iam", globalRegion(partitionOf(ctx.scope.region))), pageSize: 1000 },
      { Filter: ["Role", "LocalManagedPolicy", "AWSManagedPolicy"] },
    );
    for await (const page of pages) {
      for (const role of page.RoleDetailList ?? []) roles.push(toSnapshotItem(role));
      for (const policy of page.Policies ?? []) policies.push(toSnapshotItem(policy));
    }
    return { roles, policies };
  });
}
