import { type Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_RISK_CONFIG, type RiskConfig } from "../risk/config.js";
import { parseNow } from "./now.js";

/** Options `scan` and `inventory` share to tune triage. */
export interface TriageOptions {
  sensitiveTag?: string[];
  sensitiveName?: string[];
  now?: Date;
}

/** `--sensitive-tag data-classification=restricted,pii` (repeatable). */
function collectSensitiveTag(value: string, previous: string[] = []): string[] {
  if (!/^[^=]+=.+/.test(value)) {
    throw new InvalidArgumentError("expected KEY=VALUE[,VALUE...], e.g. data-classification=restricted,pii");
  }
  return [...previous, value];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function addTriageOptions(command: Command): Command {
  return command
    .option(
      "--sensitive-tag <KEY=VALUES>",
      "bucket tag that marks sensitive data, replacing the defaults (repeatable)",
      collectSensitiveTag,
    )
    .option(
      "--sensitive-name <pattern>",
      "bucket-name substring that marks sensitive data, replacing the defaults (repeatable)",
      collect,
    )
    .addOption(new Option("--now <date>", "evaluation date (tests)").argParser(parseNow).hideHelp());
}

/** The default risk configuration, with the sensitivity rules replaced where options give them. */
export function riskConfig(options: TriageOptions): RiskConfig {
  const sensitivity = { ...DEFAULT_RISK_CONFIG.sensitivity };
  if (options.sensitiveTag?.length) {
    sensitivity.tags = {};
    for (const entry of options.sensitiveTag) {
      const at = entry.indexOf("=");
      const key = entry.slice(0, at).trim();
      const values = entry
        .slice(at + 1)
        .split(",")
        .map((v) => v.trim());
      sensitivity.tags[key] = [...(sensitivity.tags[key] ?? []), ...values];
    }
  }
  if (options.sensitiveName?.length) sensitivity.namePatterns = options.sensitiveName;
  return { ...DEFAULT_RISK_CONFIG, sensitivity };
}
