import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainControl } from "../report/control-docs.js";
import { CONTROLS } from "./catalog.js";
import type { AnyControl } from "./control.js";
import { controlFolders } from "./folders.js";

const folders = await Promise.all(
  controlFolders().map(async (folder) => ({
    folder,
    control: ((await import(join(folder, "control.ts"))) as { default: AnyControl }).default,
  })),
);

describe("control catalog", () => {
  it("holds all 25 Security Hub SageMaker controls, in id order", () => {
    const ids = CONTROLS.filter((c) => c.source === "securityhub").map((c) => c.id);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `SageMaker.${i + 1}`));
  });

  it("has unique ids and lists every control folder exactly once", () => {
    const ids = CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(folders.map((f) => f.control.id).sort()).toEqual([...ids].sort());
  });

  it.each(folders.map((f) => [f.control.id, f] as const))("%s has complete metadata, tests and docs", (_id, entry) => {
    const { control, folder } = entry;
    expect(control.title.length).toBeGreaterThan(10);
    expect(control.description.length).toBeGreaterThan(20);
    expect(control.remediation.summary.length).toBeGreaterThan(10);
    expect(control.remediation.steps.length).toBeGreaterThan(0);
    if (control.source === "securityhub") {
      expect(control.id).toMatch(/^SageMaker\.\d+$/);
      expect(control.configRule).toMatch(/^sagemaker-[a-z0-9-]+$/);
    } else {
      expect(control.id).toMatch(/^MLH\.\d+$/);
    }
    expect(existsSync(join(folder, "control.test.ts"))).toBe(true);
    const readme = join(folder, "README.md");
    expect(existsSync(readme), `${readme} missing: run npm run docs`).toBe(true);
    expect(readFileSync(readme, "utf8"), `${readme} is stale: run npm run docs`).toBe(explainControl(control));
  });
});
