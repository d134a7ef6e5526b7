import { InputError } from "../errors.js";
import type { Inventory } from "../model/resource.js";
import { loadSnapshotFile } from "../snapshot/load.js";
import { inventoryFromSnapshot } from "../snapshot/to-inventory.js";

export interface InventorySourceOptions {
  snapshot?: string;
}

/** Where `scan` (and later `inventory`) gets its resources: a snapshot file, or a live collection. */
export async function loadInventory(options: InventorySourceOptions): Promise<Inventory> {
  if (!options.snapshot) throw new InputError("scan needs --snapshot FILE");
  return inventoryFromSnapshot(await loadSnapshotFile(options.snapshot), options.snapshot);
}
