import type { Inventory } from "../model/resource.js";
import { loadSnapshotFile } from "../snapshot/load.js";
import type { Snapshot } from "../snapshot/schema.js";
import { inventoryFromSnapshot } from "../snapshot/to-inventory.js";
import type { CollectCliOptions } from "./collect-options.js";
import type { CliIO } from "./io.js";

export interface InventorySourceOptions extends CollectCliOptions {
  snapshot?: string;
}

/**
 * Where `scan` and `inventory` get their resources: a snapshot file, or a live collection from AWS. The snapshot
 * comes along because triage (reach, risk) also reads its IAM, S3, EC2 and Organizations sections.
 */
export async function loadSource(
  options: InventorySourceOptions,
  io: CliIO,
): Promise<{ snapshot: Snapshot; inventory: Inventory }> {
  if (options.snapshot) {
    const snapshot = await loadSnapshotFile(options.snapshot);
    return { snapshot, inventory: inventoryFromSnapshot(snapshot, options.snapshot) };
  }
  const { collectLive } = await import("./live-collection.js");
  const snapshot = await collectLive(options, io);
  return { snapshot, inventory: inventoryFromSnapshot(snapshot) };
}
