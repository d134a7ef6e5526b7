import { describe, expect, it } from "vitest";
import { controlCases, runCase } from "../test-helpers/cases.js";
import { shadowInferenceExperiment } from "../test-helpers/inference-experiment-fixtures.js";
import control from "./control.js";

const base = shadowInferenceExperiment();
const capture = {
  Destination: "s3://ml-data-capture-111122223333/ranker-v7-shadow",
  ContentType: { JsonContentTypes: ["application/json"] },
};
const keyArn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

describe("SageMaker.24 inference experiment data storage KMS", () => {
  controlCases(control, [
    {
      name: "data capture encrypted with a KMS key",
      item: { ...base, KmsKey: keyArn, DataStorageConfig: { ...capture, KmsKey: keyArn } },
      status: "PASSED",
      observed: { "DataStorageConfig.KmsKey": keyArn },
    },
    {
      name: "data capture without a KMS key (Running: fixable in place)",
      item: { ...base, KmsKey: keyArn, DataStorageConfig: capture },
      status: "FAILED",
      observed: { "DataStorageConfig.KmsKey": null, Status: "Running" },
    },
    {
      name: "data capture without a KMS key on a Completed experiment",
      item: { ...base, Status: "Completed", DataStorageConfig: capture },
      status: "FAILED",
      observed: { "DataStorageConfig.KmsKey": null, Status: "Completed" },
    },
    { name: "no data capture", item: base, status: "NOT_APPLICABLE", observed: { DataStorageConfig: null } },
  ]);

  it("tells a Completed experiment apart from one that can still be updated", () => {
    const completed = runCase(control, {
      name: "completed",
      item: { ...base, Status: "Completed", DataStorageConfig: capture },
      status: "FAILED",
    });
    const running = runCase(control, {
      name: "running",
      item: { ...base, DataStorageConfig: capture },
      status: "FAILED",
    });
    expect(completed.reason).toMatch(/Completed so it can no longer be updated: recreate it/);
    expect(running.reason).not.toMatch(/recreate/);
  });
});
