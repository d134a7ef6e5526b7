import type { Inventory } from "../model/resource.js";
import { loadSnapshotFile } from "../snapshot/load.js";
import { inventoryFromSnapshot } from "../snapshot/to-inventory.js";
import type { CollectCliOptions } from "./collect-options.js";
import type { CliIO } from "./io.js";

export interface InventorySourceOptions extends CollectCliOptions {
  snapshot?: string;
}

/** Where `scan` (and later `inventory`) gets its resources: a snapshot file, or a live collection from AWS. */
export async function loadInventory(options: InventorySourceOptions, io: CliIO): Promise<Inventory> {
  if (options.snapshot) return inventoryFromSnapshot(await loadSnapshotFile(options.snapshot), options.snapshot);
  const { collectLive } = await import("./live-collection.js");
  return inventoryFromSnapshot(await collectLive(options, io));
}
