import { type Command, Option } from "commander";
import { CONTROLS } from "../../controls/catalog.js";
import { evaluate } from "../../evaluate/evaluate.js";
import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS } from "../../model/resource-types.js";
import { loadReachEstate } from "../../reach/estate.js";
import { inventoryRow, renderInventoryCsv, renderInventoryJson, renderInventoryTable } from "../../report/inventory.js";
import { typeLabel } from "../../report/labels.js";
import { triage } from "../../risk/triage.js";
import { withCollectOptions } from "../collect-options.js";
import { type InventorySourceOptions, loadSource } from "../inventory-source.js";
import type { CliIO } from "../io.js";
import { evaluationDate } from "../now.js";
import { formatOption } from "../options.js";
import { addTriageOptions, riskConfig, type TriageOptions } from "../triage-options.js";

interface InventoryOptions extends InventorySourceOptions, TriageOptions {
  type?: string;
  format: "table" | "json" | "csv";
  sort: "risk" | "name";
}

const TYPE_LABELS = SAGEMAKER_COLLECTIONS.map((c) => SAGEMAKER_KINDS[c].label);

export function registerInventory(program: Command, io: CliIO): void {
  const command = program
    .command("inventory")
    .description("list every ML resource with what it can reach: internet, subnet, execution role, readable data, risk")
    .option("--snapshot <file>", "snapshot file (mlharden/snapshot@1); without it, read AWS live")
    .addOption(new Option("--type <kind>", "only this kind of resource").choices(TYPE_LABELS))
    .addOption(formatOption(["table", "json", "csv"] as const, "table"))
    .addOption(new Option("--sort <order>", "row order").choices(["risk", "name"]).default("risk"));
  withCollectOptions(addTriageOptions(command)).action(async (options: InventoryOptions) => {
    const { snapshot, inventory } = await loadSource(options, io);
    const findings = evaluate(inventory, { controls: CONTROLS });
    const estate = await loadReachEstate(snapshot, evaluationDate(options.now));
    let entries = triage(inventory, estate, findings, riskConfig(options));
    if (options.type) entries = entries.filter((e) => typeLabel(e.resource.type) === options.type);
    if (options.sort === "name") {
      entries = [...entries].sort((a, b) => a.resource.name.localeCompare(b.resource.name));
    }
    if (options.format === "json") io.stdout.write(renderInventoryJson(entries));
    else if (options.format === "csv") io.stdout.write(renderInventoryCsv(entries.map(inventoryRow)));
    else io.stdout.write(renderInventoryTable(entries.map(inventoryRow), options.type === "notebook"));
    // What the analysis could not see, once per role: answers are only as complete as the snapshot.
    const notes = new Set(entries.flatMap((e) => e.roles.flatMap((r) => r.notes.map((n) => `${r.roleName}: ${n}`))));
    for (const note of notes) io.stderr.write(`mlharden: note: ${note}\n`);
  });
}
