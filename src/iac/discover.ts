import { readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import type { IacFileError } from "./model.js";

/** Folders never walked into: dependencies, Terraform's provider cache, version control. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".terraform", ".git"]);
/** Files that may hold a CloudFormation template (CDK writes `cdk.out/*.template.json`) or a plan. */
const STRUCTURED = new Set([".json", ".yaml", ".yml", ".template"]);

export interface Candidate {
  /** Path as shown in reports: relative to the working directory, with `/`. */
  path: string;
  absolute: string;
  /** Named on the command line: a file that is no template is then an error, not silently skipped. */
  explicit: boolean;
}

export interface TerraformModule {
  directory: string;
  tf: Candidate[];
  vars: Candidate[];
}

export interface Discovery {
  structured: Candidate[];
  modules: TerraformModule[];
  errors: IacFileError[];
}

/**
 * Finds what to scan under the given paths: YAML/JSON files (templates and plans, told apart by content later),
 * and Terraform modules (a directory's `.tf` files with its `terraform.tfvars` and `*.auto.tfvars`). A `.tf` file
 * named on the command line stands for its whole module, whose variables and locals it may use.
 */
export async function discover(paths: readonly string[], cwd: string): Promise<Discovery> {
  const structured: Candidate[] = [];
  const modules = new Map<string, TerraformModule>();
  const errors: IacFileError[] = [];
  const display = (absolute: string) => {
    const rel = relative(cwd, absolute);
    return (rel.startsWith("..") ? absolute : rel || ".").split(sep).join("/");
  };
  const candidate = (absolute: string, explicit: boolean): Candidate => ({
    path: display(absolute),
    absolute,
    explicit,
  });
  const module = (directory: string) => {
    let entry = modules.get(directory);
    if (!entry) {
      entry = { directory: display(directory), tf: [], vars: [] };
      modules.set(directory, entry);
    }
    return entry;
  };
  const addTerraformDirectory = async (directory: string) => {
    if (modules.get(directory)?.tf.length) return;
    const names = (await readdir(directory, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
    for (const name of names.sort()) {
      const absolute = join(directory, name);
      if (name.endsWith(".tf")) module(directory).tf.push(candidate(absolute, false));
      else if (isAutoVarFile(name)) module(directory).vars.push(candidate(absolute, false));
    }
  };

  const walk = async (directory: string): Promise<void> => {
    const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    let hasTerraform = false;
    for (const entry of entries) {
      const absolute = join(directory, entry.name);
      if (entry.isDirectory()) {
        // A CDK assembly's asset.* folders hold bundled code and Docker contexts, never templates.
        const cdkAsset = basename(directory) === "cdk.out" && entry.name.startsWith("asset.");
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !cdkAsset) await walk(absolute);
      } else if (entry.isFile()) {
        if (entry.name.endsWith(".tf")) hasTerraform = true;
        else if (STRUCTURED.has(extname(entry.name)) && !isAutoVarFile(entry.name)) {
          structured.push(candidate(absolute, false));
        }
      }
    }
    if (hasTerraform) await addTerraformDirectory(directory);
  };

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      errors.push({ file: path, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    if (info.isDirectory()) await walk(absolute);
    else if (absolute.endsWith(".tf")) await addTerraformDirectory(dirname(absolute));
    else structured.push(candidate(absolute, true));
  }
  return { structured: dedupe(structured), modules: [...modules.values()].filter((m) => m.tf.length > 0), errors };
}

/** Variable files Terraform loads by itself. */
function isAutoVarFile(name: string): boolean {
  const base = basename(name);
  return /^terraform\.tfvars(\.json)?$/.test(base) || /\.auto\.tfvars(\.json)?$/.test(base);
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    const known = seen.get(c.absolute);
    if (!known || (c.explicit && !known.explicit)) seen.set(c.absolute, c);
  }
  return [...seen.values()];
}
