import type { Command } from "commander";
import { CONTROLS, findControl } from "../../controls/catalog.js";
import type { AnyControl, Severity } from "../../controls/control.js";
import { resolveParameters } from "../../controls/parameters.js";
import { EXIT, InputError } from "../../errors.js";
import { evaluate } from "../../evaluate/evaluate.js";
import { summarize } from "../../evaluate/summary.js";
import { applyExceptions, DEFAULT_EXCEPTIONS_FILE, exceptionWarnings, loadExceptions } from "../../exceptions/index.js";
import { loadReachEstate } from "../../reach/estate.js";
import { renderJson } from "../../report/json.js";
import { renderTable } from "../../report/table.js";
import { attachTriage, triage } from "../../risk/triage.js";
import { withCollectOptions } from "../collect-options.js";
import { type InventorySourceOptions, loadSource } from "../inventory-source.js";
import type { CliIO } from "../io.js";
import { evaluationDate } from "../now.js";
import { collectParam, formatOption, severityOption } from "../options.js";
import { addTriageOptions, riskConfig, type TriageOptions } from "../triage-options.js";

interface ScanOptions extends InventorySourceOptions, TriageOptions {
  exceptions?: string;
  format: "table" | "json";
  failOn: Severity;
  param: string[];
  control?: string;
  all?: boolean;
}

export function registerScan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const command = program
    .command("scan")
    .description("evaluate every SageMaker control over a snapshot file, or over AWS read live (no --snapshot)")
    .option("--snapshot <file>", "snapshot file (mlharden/snapshot@1); without it, read AWS live")
    .addOption(formatOption(["table", "json"] as const, "table"))
    .addOption(severityOption("--fail-on <severity>", "exit 1 when a failure is at or above this severity", "LOW"))
    .option("--control <ids>", "evaluate only these controls (comma-separated ids)")
    .option("--param <CONTROL:NAME=VALUE>", "set a control parameter (repeatable)", collectParam, [])
    .option("--all", "also list not-applicable findings in the table")
    .option("--exceptions <file>", `reviewed exceptions (YAML; default ./${DEFAULT_EXCEPTIONS_FILE} when present)`);
  // Scan's own options first in --help; the live-collection ones follow under their own heading.
  withCollectOptions(addTriageOptions(command)).action(async (options: ScanOptions) => {
    const controls = selectControls(options.control);
    const parameters = resolveParameters(options.param);
    const exceptions = await loadExceptions(options.exceptions, { knownControls: CONTROLS.map((c) => c.id) });
    const { snapshot, inventory } = await loadSource(options, io);
    const now = evaluationDate(options.now);
    const evaluated = evaluate(inventory, { controls, parameters });
    // Risk is about facts, so it is scored before exceptions: an accepted failure is still exposure.
    const ranked = triage(inventory, await loadReachEstate(snapshot, now), evaluated, riskConfig(options));
    let findings = attachTriage(evaluated, ranked);
    const applied =
      exceptions &&
      applyExceptions(
        findings,
        exceptions,
        now,
        inventory.resources,
        controls.map((c) => c.id),
      );
    if (applied) findings = applied.findings;
    const summary = summarize(findings, options.failOn);
    if (applied) {
      summary.exceptions = applied.report;
      for (const line of exceptionWarnings(applied.report)) io.stderr.write(`mlharden: ${line}\n`);
    }
    io.stdout.write(
      options.format === "json"
        ? renderJson(findings, summary)
        : renderTable(findings, summary, { all: options.all, color: Boolean(io.stdout.isTTY) }),
    );
    setExit(summary.failing > 0 ? EXIT.findings : EXIT.ok);
  });
}

export function selectControls(list: string | undefined): readonly AnyControl[] {
  if (!list) return CONTROLS;
  return list.split(",").map((id) => {
    const control = findControl(id);
    if (!control) throw new InputError(`--control: unknown control ${id.trim()} (see mlharden controls)`);
    return control;
  });
}
