// Evaluation benchmark: a synthetic estate of N SageMaker resources (default 100,000), built from the lesson estate's
// real Describe* shapes, is written to a temp file; a child process then loads it the way `mlharden scan` does and
// evaluates every control, so its peak RSS covers loading and evaluation only, not the generation.
// Run: npx tsx bench/evaluate.bench.ts [--resources N] [--keep]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Table from "cli-table3";
import { CONTROLS } from "../src/controls/catalog.js";
import { evaluate } from "../src/evaluate/evaluate.js";
import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS, type SageMakerCollection } from "../src/model/resource-types.js";
import { parseJson, validateSnapshot } from "../src/snapshot/load.js";
import { inventoryFromSnapshot } from "../src/snapshot/to-inventory.js";

const LESSON_ESTATE = fileURLToPath(new URL("../examples/estates/lesson.json", import.meta.url));
const REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"];
/** Resources per account, roughly: a large organization's busiest ML accounts. */
const RESOURCES_PER_ACCOUNT = 2500;
/** Fields that name another resource of the same region; renamed together with the resource they name. */
const REFERENCE_FIELDS = new Set([
  "ModelName",
  "EndpointConfigName",
  "EndpointName",
  "MonitoringJobDefinitionName",
  "MonitoringScheduleName",
]);

type Json = Record<string, unknown>;

interface Measurement {
  resources: number;
  findings: number;
  controls: number;
  readMs: number;
  parseMs: number;
  validateMs: number;
  inventoryMs: number;
  loadMs: number;
  evaluateMs: number;
  ratio: number;
  maxRssMiB: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic estate

interface TemplateRegion {
  accountId: string;
  region: Json;
}

/** Copies one lesson region's SageMaker items into another account and region, every name suffixed alike. */
function copyRegion(
  template: TemplateRegion,
  accountId: string,
  region: string,
  suffix: string,
  target: { sagemaker: Record<string, Json[]>; tags: Record<string, Record<string, string>> },
  nextDomainId: () => string,
): number {
  const templateRegion = String(template.region.region);
  const sagemaker = (template.region.sagemaker ?? {}) as Record<string, Json[]>;
  const templateTags = (template.region.tags ?? {}) as Record<string, Record<string, string>>;
  const names = new Set<string>();
  for (const collection of SAGEMAKER_COLLECTIONS) {
    for (const item of sagemaker[collection] ?? []) names.add(String(item[SAGEMAKER_KINDS[collection].nameField]));
  }
  const rename = (value: unknown) => (typeof value === "string" && names.has(value) ? `${value}${suffix}` : value);

  let copied = 0;
  for (const collection of SAGEMAKER_COLLECTIONS) {
    const kind = SAGEMAKER_KINDS[collection];
    for (const item of sagemaker[collection] ?? []) {
      const text = JSON.stringify(item).replaceAll(template.accountId, accountId).replaceAll(templateRegion, region);
      const copy = renameReferences(JSON.parse(text), rename) as Json;
      copy[kind.nameField] = `${copy[kind.nameField]}${suffix}`;
      const oldArn = String(item[kind.arnField]);
      const id = collection === "domains" ? nextDomainId() : String(copy[kind.nameField]).toLowerCase();
      if (collection === "domains") copy.DomainId = id;
      const arn = `${String(copy[kind.arnField]).slice(0, String(copy[kind.arnField]).lastIndexOf("/") + 1)}${id}`;
      copy[kind.arnField] = arn;
      const tags = templateTags[oldArn];
      if (tags) target.tags[arn] = tags;
      const items = target.sagemaker[collection] ?? [];
      items.push(copy);
      target.sagemaker[collection] = items;
      copied++;
    }
  }
  return copied;
}

function renameReferences(value: unknown, rename: (value: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => renameReferences(v, rename));
  if (value && typeof value === "object") {
    const out: Json = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = REFERENCE_FIELDS.has(key) ? rename(child) : renameReferences(child, rename);
    }
    return out;
  }
  return value;
}

function replaceAccount(value: unknown, from: string, to: string): unknown {
  return JSON.parse(JSON.stringify(value).replaceAll(from, to));
}

/** An estate of at least `target` SageMaker resources over many accounts and regions. */
function syntheticEstate(target: number): { snapshot: Json; resources: number } {
  const lesson = JSON.parse(readFileSync(LESSON_ESTATE, "utf8")) as Json;
  const lessonAccounts = lesson.accounts as Json[];
  const templates: TemplateRegion[] = lessonAccounts.flatMap((account) =>
    (account.regions as Json[]).map((region) => ({ accountId: String(account.accountId), region })),
  );
  const accountCount = Math.max(2, Math.ceil(target / RESOURCES_PER_ACCOUNT));
  const accounts = Array.from({ length: accountCount }, (_, i) => {
    const template = lessonAccounts[i % lessonAccounts.length] as Json;
    const accountId = String(210000000000 + i * 7919);
    return {
      accountId,
      partition: "aws",
      iam: replaceAccount(template.iam, String(template.accountId), accountId),
      s3: replaceAccount(template.s3, String(template.accountId), accountId),
      regions: REGIONS.map((region) => ({
        region,
        sagemaker: {} as Record<string, Json[]>,
        tags: {} as Record<string, Record<string, string>>,
        errors: [] as Json[],
      })),
    };
  });

  const slots = accounts.flatMap((account) => account.regions.map((region) => ({ account, region })));
  let domainCounter = 0;
  const nextDomainId = () => `d-${(36 ** 11 + domainCounter++).toString(36)}`;
  let resources = 0;
  for (let k = 0; resources < target; k++) {
    const slot = slots[k % slots.length];
    const template = templates[(k + Math.floor(k / slots.length)) % templates.length];
    if (!slot || !template) throw new Error("no slot or template");
    const { account, region } = slot;
    resources += copyRegion(template, account.accountId, region.region, `-c${k}`, region, nextDomainId);
    for (const error of (template.region.errors ?? []) as Json[]) {
      const copy = replaceAccount(error, template.accountId, account.accountId) as Json;
      if (!region.errors.some((e) => e.collection === copy.collection)) region.errors.push(copy);
    }
  }
  return {
    snapshot: { format: "mlharden/snapshot@1", collectedAt: new Date().toISOString(), accounts },
    resources,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Measurement (runs in a child process)

async function measure(file: string): Promise<Measurement> {
  const t0 = performance.now();
  const text = await readFile(file, "utf8");
  const t1 = performance.now();
  const data = parseJson(text, file);
  const t2 = performance.now();
  const snapshot = validateSnapshot(data, file);
  const t3 = performance.now();
  const inventory = inventoryFromSnapshot(snapshot, file);
  const t4 = performance.now();
  const findings = evaluate(inventory, { controls: CONTROLS });
  const t5 = performance.now();
  const loadMs = t4 - t0;
  const evaluateMs = t5 - t4;
  return {
    resources: inventory.resources.length,
    findings: findings.length,
    controls: CONTROLS.length,
    readMs: t1 - t0,
    parseMs: t2 - t1,
    validateMs: t3 - t2,
    inventoryMs: t4 - t3,
    loadMs,
    evaluateMs,
    ratio: evaluateMs / loadMs,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

// ---------------------------------------------------------------------------------------------------------------

const { values } = parseArgs({
  options: {
    resources: { type: "string", default: "100000" },
    keep: { type: "boolean", default: false },
    measure: { type: "string" },
  },
});

if (values.measure) {
  process.stdout.write(JSON.stringify(await measure(values.measure)));
} else {
  const target = Number(values.resources);
  if (!Number.isInteger(target) || target < 1)
    throw new Error(`--resources must be a positive integer, got ${values.resources}`);
  const dir = mkdtempSync(join(tmpdir(), "mlharden-bench-"));
  const file = join(dir, "snapshot.json");
  try {
    const g0 = performance.now();
    const { snapshot, resources } = syntheticEstate(target);
    writeFileSync(file, JSON.stringify(snapshot));
    const generateMs = performance.now() - g0;
    const bytes = statSync(file).size;
    console.error(
      `generated ${resources} resources (${(bytes / 2 ** 20).toFixed(0)} MiB) in ${generateMs.toFixed(0)} ms`,
    );

    // Same interpreter and loader flags (tsx), fresh heap.
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--measure", file],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    const m = JSON.parse(output) as Measurement;
    const collections = new Set(
      (snapshot.accounts as { regions: { sagemaker: Record<string, unknown[]> }[] }[]).flatMap((a) =>
        a.regions.flatMap((r) => Object.keys(r.sagemaker)),
      ),
    ) as Set<SageMakerCollection>;

    const ms = (n: number) => `${n.toFixed(0)} ms`;
    const table = new Table({ head: ["measure", "value"], style: { head: [], border: [] } });
    table.push(
      ["resources", `${m.resources} in ${collections.size}/${SAGEMAKER_COLLECTIONS.length} collections`],
      ["snapshot file", `${(bytes / 2 ** 20).toFixed(1)} MiB`],
      ["load + validate", ms(m.loadMs)],
      ["  read file", ms(m.readMs)],
      ["  JSON.parse", ms(m.parseMs)],
      ["  zod validation", ms(m.validateMs)],
      ["  inventoryFromSnapshot", ms(m.inventoryMs)],
      [`evaluate (${m.controls} controls)`, ms(m.evaluateMs)],
      ["evaluate / load", `${m.ratio.toFixed(2)} (aim <= 2)`],
      ["findings", String(m.findings)],
      ["peak RSS (load + evaluate)", `${m.maxRssMiB.toFixed(0)} MiB`],
    );
    console.log(table.toString());
    console.log(JSON.stringify({ bench: "evaluate", node: process.version, bytes, ...m }));
    if (values.keep) console.error(`kept ${file}`);
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}
