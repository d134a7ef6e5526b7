import { type Command, Option } from "commander";
import { CONTROLS } from "../../controls/catalog.js";
import type { Severity } from "../../controls/control.js";
import { resolveParameters } from "../../controls/parameters.js";
import { EXIT } from "../../errors.js";
import { exceptionWarnings, loadExceptions } from "../../exceptions/index.js";
import { errorLine, renderIacJson, renderIacTable } from "../../iac/report.js";
import { scanIac } from "../../iac/scan.js";
import { deployTarget, PARTITIONS } from "../../iac/target.js";
import { renderSarif } from "../../report/sarif.js";
import type { CliIO } from "../io.js";
import { evaluationDate, parseNow } from "../now.js";
import { collectParam, formatOption, severityOption } from "../options.js";
import { VERSION } from "../version.js";
import { selectControls } from "./scan.js";

interface IacOptions {
  format: "table" | "json" | "sarif";
  failOn: Severity;
  exceptions?: string;
  control?: string;
  param: string[];
  all?: boolean;
  account?: string;
  region?: string;
  partition?: string;
  now?: Date;
}

export function registerIac(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("iac")
    .description(
      "evaluate the same controls over CloudFormation templates (YAML, JSON, CDK output), Terraform and Terraform plans",
    )
    .argument("<paths...>", "files or folders to scan (folders are walked, skipping node_modules, .terraform, .git)")
    .addOption(formatOption(["table", "json", "sarif"] as const, "table"))
    .addOption(severityOption("--fail-on <severity>", "exit 1 when a failure is at or above this severity", "LOW"))
    .option("--exceptions <file>", "reviewed exceptions (default: mlharden.exceptions.yaml when present)")
    .option("--control <ids>", "evaluate only these controls (comma-separated ids)")
    .option("--param <CONTROL:NAME=VALUE>", "set a control parameter (repeatable)", collectParam, [])
    .option("--all", "also list not-applicable findings in the table")
    .option("--account <id>", "the 12-digit account the templates deploy to: resolves AWS::AccountId and the like")
    .option("--region <region>", "the region the templates deploy to: resolves AWS::Region and the like")
    .option(
      "--partition <partition>",
      `the partition (${PARTITIONS.join(", ")}; default: the region's, else aws with --account)`,
    )
    .addOption(
      new Option("--now <date>", "evaluation date for exception expiry (tests)").argParser(parseNow).hideHelp(),
    )
    .action(async (paths: string[], options: IacOptions) => {
      const controls = selectControls(options.control);
      const parameters = resolveParameters(options.param);
      const target = deployTarget(options);
      const exceptions = await loadExceptions(options.exceptions, { knownControls: CONTROLS.map((c) => c.id) });
      const report = await scanIac(paths, {
        controls,
        parameters,
        failOn: options.failOn,
        exceptions,
        now: evaluationDate(options.now),
        target,
      });

      // A folder with one bad file still reports the others; the bad file is named on stderr and exits 2.
      if (report.files.length > 0 || report.errors.length === 0 || options.format !== "table") {
        io.stdout.write(render(report, options, controls, Boolean(io.stdout.isTTY)));
      }
      for (const error of report.errors) io.stderr.write(`mlharden: ${errorLine(error)}\n`);
      if (report.summary.exceptions) {
        // Entries written for live ARNs match no template resource: "stale" means nothing here, "expired" does.
        const expiredOnly = { ...report.summary.exceptions, stale: [] };
        for (const warning of exceptionWarnings(expiredOnly)) io.stderr.write(`mlharden: ${warning}\n`);
      }
      if (report.errors.length > 0) setExit(EXIT.badInput);
      else setExit(report.summary.failing > 0 ? EXIT.findings : EXIT.ok);
    });
}

function render(
  report: Awaited<ReturnType<typeof scanIac>>,
  options: IacOptions,
  controls: ReturnType<typeof selectControls>,
  color: boolean,
): string {
  if (options.format === "json") return renderIacJson(report);
  if (options.format === "sarif") {
    return renderSarif(report.findings, { controls, version: VERSION, root: process.cwd(), errors: report.errors });
  }
  return renderIacTable(report, { all: options.all, color });
}
