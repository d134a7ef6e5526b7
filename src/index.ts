// Programmatic API: the same pipeline the CLI runs (snapshot → resource model → controls → findings).
export { CONTROLS, findControl } from "./controls/catalog.js";
export type { AnyControl, Control, RemediationKind, Severity, Status, Verdict } from "./controls/control.js";
export { evaluate } from "./evaluate/evaluate.js";
export type { Finding } from "./evaluate/finding.js";
export { summarize } from "./evaluate/summary.js";
export type { AnyResource, Inventory, Resource } from "./model/resource.js";
export { loadSnapshotFile, parseSnapshot } from "./snapshot/load.js";
export type { Snapshot } from "./snapshot/schema.js";
export { inventoryFromSnapshot } from "./snapshot/to-inventory.js";
