import { InvalidArgumentError, Option } from "commander";
import type { Severity } from "../controls/control.js";
import { SEVERITIES } from "../controls/control.js";

export function severityOption(flags: string, description: string, defaultValue: Severity): Option {
  // The parser both validates and upper-cases; the default is given already parsed.
  return new Option(flags, `${description} (${SEVERITIES.join(", ").toLowerCase()})`)
    .default(defaultValue, defaultValue.toLowerCase())
    .argParser((value: string) => {
      const upper = value.toUpperCase();
      if (!SEVERITIES.includes(upper as Severity)) {
        throw new InvalidArgumentError(`expected one of ${SEVERITIES.join(", ").toLowerCase()}`);
      }
      return upper;
    });
}

export function formatOption<T extends string>(choices: readonly T[], defaultValue: T): Option {
  return new Option("--format <format>", "output format").choices(choices).default(defaultValue);
}

/** Repeatable `--param SageMaker.6:requiredKeyTags=owner,team`. */
export function collectParam(value: string, previous: string[] = []): string[] {
  if (!/^[^:=]+:[^=]+=/.test(value)) {
    throw new InvalidArgumentError("expected CONTROL:NAME=VALUE, e.g. SageMaker.6:requiredKeyTags=owner,team");
  }
  return [...previous, value];
}
