// IaC scan benchmark: a generated tree of N templates (default 5,000) built from the test fixtures — CloudFormation
// YAML with short-form intrinsics, CloudFormation JSON, CDK output and Terraform modules — scanned the way
// `mlharden iac` scans a repository. Prints the total time, the time spent parsing, and their ratio.
// Run: npx tsx bench/iac.bench.ts [--templates N] [--keep]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CONTROLS } from "../src/controls/catalog.js";
import { scanIac } from "../src/iac/scan.js";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/iac/", import.meta.url));
const read = (path: string) => readFileSync(join(FIXTURES, path), "utf8");

/** The mix, by share of the templates: what a platform repository holding all three kinds might look like. */
const YAML_SHARE = 0.4;
const JSON_SHARE = 0.3;

interface Tree {
  root: string;
  templates: number;
}

/** Writes `count` templates; every copy gets its own names so no two resources collide. */
function generate(count: number): Tree {
  const root = mkdtempSync(join(tmpdir(), "mlharden-iac-bench-"));
  const yaml = read("cloudformation/ml-platform.yaml");
  const json = [read("cloudformation/churn-inference.json"), read("cdk/cdk.out/FraudMlStack.template.json")];
  const tf = {
    main: read("terraform/ml-platform/main.tf"),
    variables: read("terraform/ml-platform/variables.tf"),
    tfvars: read("terraform/ml-platform/terraform.tfvars"),
  };
  const rename = (text: string, n: number) => text.replace(/fraud-/g, `team${n}-`).replace(/churn-/g, `team${n}-`);

  const yamlCount = Math.round(count * YAML_SHARE);
  const jsonCount = Math.round(count * JSON_SHARE);
  let written = 0;
  for (let i = 0; i < yamlCount; i++, written++) {
    const dir = join(root, `team-${i % 50}`, "cloudformation");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `stack-${i}.yaml`), rename(yaml, i));
  }
  for (let i = 0; i < jsonCount; i++, written++) {
    const dir = join(root, `team-${i % 50}`, i % 2 ? "cdk.out" : "templates");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `Stack${i}.template.json`), rename(json[i % 2] as string, i));
  }
  // A Terraform module counts its two .tf files as two templates.
  for (let i = 0; written < count; i++, written += 2) {
    const dir = join(root, `team-${i % 50}`, "terraform", `module-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "main.tf"), rename(tf.main, i));
    writeFileSync(join(dir, "variables.tf"), tf.variables);
    writeFileSync(join(dir, "terraform.tfvars"), tf.tfvars);
  }
  return { root, templates: written };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { templates: { type: "string", default: "5000" }, keep: { type: "boolean", default: false } },
  });
  const count = Number(values.templates);
  const tree = generate(count);
  try {
    const report = await scanIac([tree.root], { controls: CONTROLS, cwd: tree.root });
    if (report.errors.length) throw new Error(`unexpected errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
    const { totalMs, parseMs } = report.timing;
    const resources = new Set(report.findings.map((f) => f.resourceArn)).size;
    const lines = [
      `templates         ${tree.templates} (${report.files.length} files scanned)`,
      `resources         ${resources}`,
      `findings          ${report.findings.length}`,
      `total             ${(totalMs / 1000).toFixed(2)} s (${(tree.templates / (totalMs / 1000)).toFixed(0)} templates/s)`,
      `parsing           ${(parseMs / 1000).toFixed(2)} s`,
      `parsing / total   ${((parseMs / totalMs) * 100).toFixed(1)} %`,
      `peak RSS          ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    if (values.keep) process.stdout.write(`tree kept in ${tree.root}\n`);
    else rmSync(tree.root, { recursive: true, force: true });
  }
}

await main();
