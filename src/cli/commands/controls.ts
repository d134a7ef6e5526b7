import Table from "cli-table3";
import type { Command } from "commander";
import { CONTROLS } from "../../controls/catalog.js";
import { FIX_LABEL } from "../../report/labels.js";
import type { CliIO } from "../io.js";
import { formatOption } from "../options.js";

export function registerControls(program: Command, io: CliIO): void {
  program
    .command("controls")
    .description("list every control mlharden evaluates")
    .addOption(formatOption(["table", "json"] as const, "table"))
    .action((options: { format: "table" | "json" }) => {
      if (options.format === "json") {
        const rows = CONTROLS.map((c) => ({
          id: c.id,
          title: c.title,
          severity: c.severity,
          resourceType: c.resourceType,
          configRule: c.configRule ?? null,
          source: c.source,
          remediation: { kind: c.remediation.kind, summary: c.remediation.summary },
          parameters: Object.fromEntries(Object.entries(c.parameters).map(([k, spec]) => [k, spec.default])),
        }));
        io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const table = new Table({
        head: ["Id", "Severity", "Resource type", "Fix", "Title"],
        style: { head: [], border: [] },
        wordWrap: true,
        colWidths: [14, 10, 44, 20, 70],
      });
      for (const c of CONTROLS) {
        table.push([c.id, c.severity, c.resourceType, FIX_LABEL[c.remediation.kind], c.title]);
      }
      io.stdout.write(`${table.toString()}\n`);
    });
}
