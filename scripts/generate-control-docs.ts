// Regenerates README.md in every control folder from the control's own metadata (`npm run docs`).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyControl } from "../src/controls/control.js";
import { controlFolders } from "../src/controls/folders.js";
import { explainControl } from "../src/report/control-docs.js";

for (const folder of controlFolders()) {
  const control = ((await import(join(folder, "control.ts"))) as { default: AnyControl }).default;
  writeFileSync(join(folder, "README.md"), explainControl(control));
}
console.log(`wrote ${controlFolders().length} control READMEs`);
