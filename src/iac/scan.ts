import { readFile } from "node:fs/promises";
import type { AnyControl, Severity, Status } from "../controls/control.js";
import { evaluate } from "../evaluate/evaluate.js";
import type { Finding } from "../evaluate/finding.js";
import { type Summary, summarize } from "../evaluate/summary.js";
import { applyExceptions, type ExceptionsFile } from "../exceptions/index.js";
import type { AnyResource } from "../model/resource.js";
import { cloudFormationUnit } from "./cloudformation/adapter.js";
import { looksLikeTemplate, parseTemplate } from "./cloudformation/parse.js";
import { type Candidate, discover } from "./discover.js";
import { locateFinding } from "./location.js";
import { type IacFileError, type IacFinding, IacParseError, type IacResource, type IacUnit } from "./model.js";
import { Stopwatch } from "./stopwatch.js";
import type { DeployTarget } from "./target.js";
import { type SourceFile, terraformUnit } from "./terraform/adapter.js";
import { looksLikePlan, terraformPlanUnit } from "./terraform-plan/adapter.js";

export interface IacScanOptions {
  controls: readonly AnyControl[];
  /** Parameter overrides by control id, already parsed (see `resolveParameters`). */
  parameters?: Record<string, Record<string, unknown>>;
  failOn?: Severity;
  /** Reviewed exceptions (`--exceptions`), applied after inline suppressions, as `scan` applies them. */
  exceptions?: ExceptionsFile;
  /** The date exceptions expire against. */
  now?: Date;
  /** Paths in findings are relative to it; defaults to the process's working directory. */
  cwd?: string;
  /** The account, region and partition the templates are deployed to, when known (see `deployTarget`). */
  target?: DeployTarget;
}

export interface IacSummary extends Summary {
  files: number;
  errors: number;
}

export interface IacReport {
  findings: IacFinding[];
  /** Files that could not be scanned; the others are reported all the same. */
  errors: IacFileError[];
  /** Files scanned, relative to the working directory. */
  files: string[];
  summary: IacSummary;
  timing: { totalMs: number; parseMs: number };
}

/**
 * Scans CloudFormation templates (YAML, JSON, CDK output), Terraform modules and Terraform plans with the same
 * controls as the live scan: each adapter fills the one resource model, `evaluate()` runs unchanged.
 */
export async function scanIac(paths: readonly string[], options: IacScanOptions): Promise<IacReport> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const stopwatch = new Stopwatch();
  const { structured, modules, errors } = await discover(paths, cwd);
  const units: IacUnit[] = [];

  for (const candidate of structured) {
    try {
      const unit = await readStructured(candidate, stopwatch, options.target);
      if (unit) units.push(unit);
    } catch (error) {
      errors.push(toFileError(error, candidate.path));
    }
  }
  for (const module of modules) {
    try {
      const [tf, vars] = await Promise.all([readAll(module.tf), readAll(module.vars)]);
      const { unit, errors: moduleErrors } = await terraformUnit(tf, vars, stopwatch, options.target);
      units.push(unit);
      errors.push(...moduleErrors.map((e) => e.toFileError()));
    } catch (error) {
      errors.push(toFileError(error, module.directory));
    }
  }

  const evaluated = units.flatMap((unit) => evaluateUnit(unit, options));
  const { findings, exceptions } = withExceptions(evaluated, units, options);
  const files = [...new Set(units.flatMap((u) => u.files))].sort();
  return {
    findings: findings.sort(byLocation),
    errors: errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
    files,
    summary: {
      ...summarize(findings, options.failOn ?? "LOW"),
      ...(exceptions && { exceptions }),
      files: files.length,
      errors: errors.length,
    },
    timing: { totalMs: performance.now() - started, parseMs: stopwatch.ms },
  };
}

/** A YAML or JSON file: a Terraform plan, a CloudFormation template, or (when found by walking) anything else. */
async function readStructured(
  candidate: Candidate,
  stopwatch: Stopwatch,
  target: DeployTarget | undefined,
): Promise<IacUnit | undefined> {
  const text = await readFile(candidate.absolute, "utf8");
  if (candidate.path.endsWith(".json") && looksLikePlan(text)) {
    return stopwatch.timeSync(() => terraformPlanUnit(text, candidate.path, target));
  }
  if (!candidate.explicit && !looksLikeTemplate(text)) return undefined;
  if (candidate.explicit && !looksLikeTemplate(text) && !looksLikePlan(text)) {
    throw new IacParseError(
      candidate.path,
      "not a CloudFormation template, Terraform configuration or Terraform plan",
      1,
    );
  }
  const parsed = stopwatch.timeSync(() => parseTemplate(text, candidate.path));
  return cloudFormationUnit(parsed, candidate.path, target);
}

async function readAll(candidates: readonly Candidate[]): Promise<SourceFile[]> {
  return Promise.all(candidates.map(async (c) => ({ path: c.path, text: await readFile(c.absolute, "utf8") })));
}

function toFileError(error: unknown, file: string): IacFileError {
  if (error instanceof IacParseError) return error.toFileError();
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return { file, message: `cannot read: ${code}` };
  throw error;
}

const STATUS_RANK: Record<Status, number> = { FAILED: 4, SUPPRESSED: 3, NOT_ASSESSED: 2, PASSED: 1, NOT_APPLICABLE: 0 };

/**
 * Evaluates one unit. Resources with several variants (undecided conditions) are evaluated once per variant,
 * the others seeing the first variant of their neighbours; per control the worst verdict wins, so a finding
 * cannot pass when one branch fails, and its reason says which branch.
 */
function evaluateUnit(unit: IacUnit, options: IacScanOptions): IacFinding[] {
  const base = unit.resources.map((r) => r.variants[0]?.resource).filter((r): r is AnyResource => Boolean(r));
  // The deploying account is the estate's, as a live scan's accounts are (MLH.15 trusts its ECR registry).
  const accountIds = options.target?.accountId ? [options.target.accountId] : [];
  const run = (resources: AnyResource[], controls: readonly AnyControl[]) =>
    evaluate({ resources, gaps: [], accountIds, scopes: [] }, { controls, parameters: options.parameters });
  const baseFindings = groupBy(run(base, options.controls), (f) => f.resourceArn);

  return unit.resources.flatMap((resource) => {
    const [first] = resource.variants;
    if (!first) return [];
    const perVariant = resource.variants.map((variant, i) => {
      if (i === 0) return baseFindings.get(variant.resource.arn) ?? [];
      const neighbours = base.map((r) => (r.arn === variant.resource.arn ? variant.resource : r));
      const controls = options.controls.filter((c) => c.resourceType === variant.resource.type);
      return run(neighbours, controls).filter((f) => f.resourceArn === variant.resource.arn);
    });
    return (perVariant[0] ?? []).map((finding) => {
      const candidates = perVariant.map((findings, i) => ({
        finding: findings.find((f) => f.controlId === finding.controlId) ?? finding,
        variant: resource.variants[i] ?? first,
      }));
      const worst = candidates.reduce((a, b) =>
        STATUS_RANK[b.finding.status] > STATUS_RANK[a.finding.status] ? b : a,
      );
      const differ = candidates.some((c) => c.finding.status !== worst.finding.status);
      const decided: Finding =
        differ && worst.variant.assumptions.length
          ? { ...worst.finding, reason: `${worst.finding.reason} (when ${worst.variant.assumptions.join(" and ")})` }
          : worst.finding;
      return suppressInline({ ...decided, location: locateFinding(decided, worst.variant.resource) }, resource);
    });
  });
}

/** A FAILED finding a suppression in the template covers becomes SUPPRESSED, like one an exception covers. */
function suppressInline(finding: IacFinding, resource: IacResource): IacFinding {
  if (finding.status !== "FAILED") return finding;
  const inline = resource.suppressions.find((s) => s.controlId === finding.controlId);
  if (!inline) return finding;
  const source = inline.line ? `${inline.file}:${inline.line}` : inline.file;
  return { ...finding, status: "SUPPRESSED", suppression: { reason: inline.reason, source } };
}

/** The exceptions file applies to template resources as to live ones: by ARN glob (`<file>#<address>`) or tags. */
function withExceptions(findings: IacFinding[], units: readonly IacUnit[], options: IacScanOptions) {
  if (!options.exceptions) return { findings, exceptions: undefined };
  const resources = units.flatMap((u) => u.resources.flatMap((r) => r.variants.slice(0, 1).map((v) => v.resource)));
  const applied = applyExceptions(
    findings,
    options.exceptions,
    options.now ?? new Date(),
    resources,
    options.controls.map((c) => c.id),
  );
  const out = (applied.findings as IacFinding[]).map((f) =>
    f.exception && !f.suppression
      ? { ...f, suppression: { reason: f.exception.reason, source: f.exception.source } }
      : f,
  );
  return { findings: out, exceptions: applied.report };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function byLocation(a: IacFinding, b: IacFinding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    (a.origin && "line" in a.origin ? (a.origin.line ?? 0) : 0) -
      (b.origin && "line" in b.origin ? (b.origin.line ?? 0) : 0) ||
    a.location.address.localeCompare(b.location.address) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    a.controlId.localeCompare(b.controlId, "en", { numeric: true })
  );
}
