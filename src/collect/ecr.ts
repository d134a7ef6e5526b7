import { paginateDescribeRepositories } from "@aws-sdk/client-ecr";
import type { ScopeContext } from "./context.js";
import { type SnapshotItem, toSnapshotItem } from "./snapshot-writer.js";

/** The region's ECR repositories: which container images are the account's own (private registry controls). */
export function collectRepositories(ctx: ScopeContext): Promise<SnapshotItem[] | undefined> {
  return ctx.read("ecr.repositories", "ecr", "DescribeRepositories", async () => {
    const repositories: SnapshotItem[] = [];
    for await (const page of paginateDescribeRepositories({ client: ctx.client("ecr"), pageSize: 1000 }, {})) {
      for (const repository of page.repositories ?? []) repositories.push(toSnapshotItem(repository));
    }
    return repositories;
  });
}
