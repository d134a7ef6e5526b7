import { applyDefaults } from "../model/defaults.js";
import type { AnyResource, CollectionGap, GapCollection, Inventory } from "../model/resource.js";
import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS } from "../model/resource-types.js";
import type { CollectionError, Snapshot } from "./schema.js";

/** The snapshot adapter into the one resource model: every SageMaker item becomes a normalized resource. */
export function inventoryFromSnapshot(snapshot: Snapshot, file?: string): Inventory {
  const resources: AnyResource[] = [];
  const gaps: CollectionGap[] = [];
  const scopes: Inventory["scopes"] = [];

  snapshot.accounts.forEach((account, a) => {
    const { accountId, partition } = account;
    for (const error of account.errors ?? []) gaps.push(toGap(error, accountId, "global"));

    account.regions.forEach((region, r) => {
      scopes.push({ accountId, region: region.region, partition });
      const regionGaps = (region.errors ?? []).map((e) => toGap(e, accountId, region.region));
      gaps.push(...regionGaps);
      const tagsUnreadable = regionGaps.some((g) => g.collection === "tags");

      for (const collection of SAGEMAKER_COLLECTIONS) {
        const kind = SAGEMAKER_KINDS[collection];
        const items = (region.sagemaker?.[collection] ?? []) as Record<string, unknown>[];
        items.forEach((item, i) => {
          const arn = String(item[kind.arnField]);
          resources.push({
            type: kind.type,
            arn,
            name: String(item[kind.nameField]),
            accountId,
            region: region.region,
            partition,
            tags: region.tags?.[arn] ?? (tagsUnreadable ? undefined : {}),
            properties: applyDefaults(kind.type, item),
            origin: { source: "snapshot", file, path: `accounts[${a}].regions[${r}].sagemaker.${collection}[${i}]` },
          } as AnyResource);
        });
      }
    });
  });

  return { resources, gaps, accountIds: snapshot.accounts.map((a) => a.accountId), scopes };
}

function toGap(error: CollectionError, accountId: string, region: string): CollectionGap {
  return {
    accountId,
    region,
    collection: error.collection as GapCollection,
    service: error.service,
    operation: error.operation,
    code: error.code,
    message: error.message,
  };
}
