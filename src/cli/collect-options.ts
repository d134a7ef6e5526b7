import { type Command, InvalidArgumentError, Option } from "commander";
import type { CollectOptions } from "../collect/collect.js";
import type { RegionSelection } from "../collect/regions.js";
import { InputError } from "../errors.js";

/** The options `collect` and a live `scan` share (see docs/collect.md): the collector's own, as the CLI sets them. */
export interface CollectCliOptions
  extends Pick<
    CollectOptions,
    | "profile"
    | "region"
    | "regions"
    | "accounts"
    | "org"
    | "roleName"
    | "externalId"
    | "concurrency"
    | "jobsSinceDays"
    | "maxAttempts"
  > {
  stats?: "text" | "json";
  quiet?: boolean;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Adds the live-collection options under their own help heading. */
export function withCollectOptions(command: Command): Command {
  return command
    .optionsGroup("Live collection (from AWS):")
    .option("--profile <name>", "AWS profile from the shared config and credentials files")
    .option("--region <region>", "home region (STS, S3 bucket listing); the one scanned when --regions is not given")
    .option(
      "--regions <list>",
      "regions to scan: comma-separated names, or all (each account's enabled regions)",
      regions,
    )
    .option(
      "--accounts <ids>",
      "accounts to scan (comma-separated); with --org, a subset of the organization",
      accounts,
    )
    .option(
      "--org",
      "scan every active account of the organization (run from the management or delegated-admin account)",
    )
    .option("--role-name <name>", "role to assume in every account other than the caller's (read-only: docs/iam)")
    .option("--external-id <id>", "external id the role's trust policy requires")
    .addOption(new Option("--concurrency <n>", "API calls in flight at once").default(64).argParser(positiveInteger))
    .addOption(
      new Option("--jobs-since-days <n>", "training, processing and transform jobs created within this many days")
        .default(90)
        .argParser(positiveInteger),
    )
    .addOption(
      new Option(
        "--max-attempts <n>",
        "SDK attempts per API call before the collector re-drives it (default: 3)",
      ).argParser(positiveInteger),
    )
    .addOption(
      new Option("--stats [format]", "print API calls and throttles by operation on stderr")
        .choices(["text", "json"])
        .preset("text"),
    )
    .option("--quiet", "no progress bars or summary on stderr")
    .optionsGroup("Options:");
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

function regions(value: string): RegionSelection {
  if (value.trim() === "all") return "all";
  const list = [...new Set(value.split(",").map((r) => r.trim()))];
  const bad = list.find((r) => !REGION.test(r));
  if (bad !== undefined) throw new InvalidArgumentError(`expected all or region names like us-east-1, got "${bad}"`);
  return list;
}

function accounts(value: string): string[] {
  const list = [...new Set(value.split(",").map((a) => a.trim()))];
  const bad = list.find((a) => !/^\d{12}$/.test(a));
  if (bad !== undefined) throw new InvalidArgumentError(`expected 12-digit account ids, got "${bad}"`);
  return list;
}

/** Checks that need more than one option at a time. */
export function checkCollectOptions(options: CollectCliOptions): void {
  if (options.externalId && !options.roleName) throw new InputError("--external-id needs --role-name");
}
