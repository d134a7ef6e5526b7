import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { locateJsonError } from "./json-error.js";
import { snapshotJsonSchema } from "./json-schema.js";
import { loadSnapshotFile, parseSnapshot } from "./load.js";
import { inventoryFromSnapshot } from "./to-inventory.js";

const dir = mkdtempSync(join(tmpdir(), "mlharden-snapshot-"));

function snapshotWith(models: unknown[]): string {
  return JSON.stringify({
    format: "mlharden/snapshot@1",
    collectedAt: "2026-11-28T09:00:00.000Z",
    accounts: [
      { accountId: "111122223333", partition: "aws", regions: [{ region: "us-east-1" }] },
      { accountId: "444455556666", regions: [{ region: "eu-west-1", sagemaker: { models } }] },
    ],
  });
}

const model = {
  ModelName: "churn-xgb-v3",
  ModelArn: "arn:aws:sagemaker:eu-west-1:444455556666:model/churn-xgb-v3",
  ExecutionRoleArn: "arn:aws:iam::444455556666:role/sagemaker-inference",
  PrimaryContainer: { Image: "444455556666.dkr.ecr.eu-west-1.amazonaws.com/churn:3.1", Mode: "SingleModel" },
  CreationTime: "2026-10-02T08:15:00.000Z",
  DeploymentRecommendation: { RecommendationStatus: "COMPLETED" },
};

function errorOf(text: string): string {
  try {
    parseSnapshot(text, "estate.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

describe("snapshot loading", () => {
  it("names the path inside the file for a wrong type", () => {
    const text = snapshotWith([model, model, model, { ...model, EnableNetworkIsolation: "yes" }]);
    expect(errorOf(text)).toBe(
      "estate.json: accounts[1].regions[0].sagemaker.models[3].EnableNetworkIsolation: expected boolean, got string",
    );
  });

  it("names a missing required field", () => {
    const { ModelArn: _arn, ...withoutArn } = model;
    expect(errorOf(snapshotWith([withoutArn]))).toBe(
      "estate.json: accounts[1].regions[0].sagemaker.models[0].ModelArn: required string is missing",
    );
  });

  it("gives line and column for invalid JSON", () => {
    expect(errorOf('{\n  "format": "mlharden/snapshot@1",\n  "accounts": [}\n')).toMatch(
      /^estate\.json: invalid JSON at line 3 column 16: Unexpected token/,
    );
  });

  it("rejects an unknown format", () => {
    expect(errorOf(JSON.stringify({ format: "prowler/v3", accounts: [] }))).toBe(
      'estate.json: unknown snapshot format "prowler/v3"; expected "mlharden/snapshot@1"',
    );
  });

  it("rejects a document that is not a snapshot at all", () => {
    expect(errorOf("[1, 2, 3]")).toBe("estate.json: (top level): expected object, got array");
  });

  it("keeps unknown fields and applies defaults without touching the raw item", () => {
    const snapshot = parseSnapshot(snapshotWith([model]));
    const inventory = inventoryFromSnapshot(snapshot);
    const resource = inventory.resources[0];
    expect(resource?.properties).toMatchObject({
      DeploymentRecommendation: { RecommendationStatus: "COMPLETED" },
      EnableNetworkIsolation: false,
    });
    expect(snapshot.accounts[1]?.regions[0]?.sagemaker?.models?.[0]).not.toHaveProperty("EnableNetworkIsolation");
    expect(resource).toMatchObject({ accountId: "444455556666", region: "eu-west-1", partition: "aws", tags: {} });
    expect(inventory.scopes).toHaveLength(2);
  });

  it("reports an unreadable file as an input error naming it", async () => {
    await expect(loadSnapshotFile(join(dir, "missing.json"))).rejects.toThrow(
      /missing\.json: cannot read snapshot: ENOENT/,
    );
    const file = join(dir, "ok.json");
    writeFileSync(file, snapshotWith([model]));
    await expect(loadSnapshotFile(file)).resolves.toMatchObject({ format: "mlharden/snapshot@1" });
  });

  it("ships an up-to-date JSON Schema (npm run schema)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../../schema/snapshot.schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(snapshotJsonSchema());
  });
});

describe("JSON error location", () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a": [1, 2', 11],
    ['{"a" 1}', 5],
    ['{"a": tru}', 6],
    ['{"a": 1} x', 9],
    ['{"a": "x\ny"}', 8],
  ])("%j fails at offset %i", (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
  });
});

describe("collection errors", () => {
  it("rejects an errors entry naming an unknown collection, which would otherwise hide unread resources", () => {
    const text = JSON.stringify({
      format: "mlharden/snapshot@1",
      collectedAt: "2026-11-28T09:00:00.000Z",
      accounts: [
        {
          accountId: "111122223333",
          regions: [
            {
              region: "us-east-1",
              errors: [
                {
                  service: "sagemaker",
                  operation: "ListNotebookInstances",
                  collection: "notebookInstances",
                  code: "AccessDeniedException",
                  message: "denied",
                },
              ],
            },
          ],
        },
      ],
    });
    expect(() => parseSnapshot(text, "estate.json")).toThrow(
      "estate.json: accounts[0].regions[0].errors[0].collection: expected a collection name such as sagemaker.models",
    );
    expect(() => parseSnapshot(text.replace('"notebookInstances"', '"sagemaker.notebookInstances"'))).not.toThrow();
  });
});
