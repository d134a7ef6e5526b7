import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The control folders on disk (one per control), for the docs generator and the catalog's completeness test. */
export function controlFolders(): string[] {
  const root = dirname(fileURLToPath(import.meta.url));
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^(sagemaker|mlh)-\d+/.test(entry.name))
    .map((entry) => join(root, entry.name))
    .sort();
}
