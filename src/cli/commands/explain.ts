import type { Command } from "commander";
import { findControl } from "../../controls/catalog.js";
import { InputError } from "../../errors.js";
import { AWS_DEFAULTS } from "../../model/defaults.js";
import { explainControl } from "../../report/control-docs.js";
import type { CliIO } from "../io.js";
import { formatOption } from "../options.js";

export function registerExplain(program: Command, io: CliIO): void {
  program
    .command("explain")
    .description("show what a control checks, why, and exactly how to fix a failure")
    .argument("<control-id>", "e.g. SageMaker.1 or MLH.1")
    .addOption(formatOption(["text", "json"] as const, "text"))
    .action((id: string, options: { format: "text" | "json" }) => {
      const control = findControl(id);
      if (!control) throw new InputError(`unknown control ${id} (see mlharden controls)`);
      if (options.format === "json") {
        const { evaluate: _evaluate, parameters, ...meta } = control;
        const params = Object.fromEntries(
          Object.entries(parameters).map(([k, s]) => [k, { description: s.description, default: s.default }]),
        );
        const defaults = AWS_DEFAULTS[control.resourceType] ?? [];
        io.stdout.write(`${JSON.stringify({ ...meta, parameters: params, awsDefaults: defaults }, null, 2)}\n`);
        return;
      }
      io.stdout.write(explainControl(control));
    });
}
