import { paginateGetResources } from "@aws-sdk/client-resource-groups-tagging-api";
import type { ScopeContext } from "./context.js";

/**
 * Tags of every SageMaker resource in the region, in bulk (100 resources a call) through the Resource Groups
 * Tagging API instead of one ListTags call per resource. Keyed by ARN.
 */
export function collectTags(ctx: ScopeContext): Promise<Record<string, Record<string, string>> | undefined> {
  return ctx.read("tags", "tagging", "GetResources", async () => {
    const tags: Record<string, Record<string, string>> = {};
    const pages = paginateGetResources(
      { client: ctx.client("tagging"), pageSize: 100 },
      { ResourceTypeFilters: ["sagemaker"] },
    );
    for await (const page of pages) {
      for (const mapping of page.ResourceTagMappingList ?? []) {
        if (!mapping.ResourceARN) continue;
        tags[mapping.ResourceARN] = Object.fromEntries((mapping.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
      }
    }
    return tags;
  });
}
