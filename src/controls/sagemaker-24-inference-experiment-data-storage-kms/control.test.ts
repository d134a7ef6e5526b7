import { describe, expect, it } from "vitest";
import { controlCases, runCase } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  Arn: "arn:aws:sagemaker:us-east-1:111122223333:inference-experiment/ranker-v7-shadow",
  Name: "ranker-v7-shadow",
  Type: "ShadowMode",
  Status: "Running",
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  EndpointMetadata: {
    EndpointName: "ranker-prod",
    EndpointConfigName: "ranker-prod-shadow-config",
    EndpointStatus: "InService",
  },
  ModelVariants: [
    {
      ModelName: "ranker-v6",
      VariantName: "production",
      InfrastructureConfig: {
        InfrastructureType: "RealTimeInference",
        RealTimeInferenceConfig: { InstanceType: "ml.c5.xlarge", InstanceCount: 2 },
      },
      Status: "InService",
    },
    {
      ModelName: "ranker-v7",
      VariantName: "shadow",
      InfrastructureConfig: {
        InfrastructureType: "RealTimeInference",
        RealTimeInferenceConfig: { InstanceType: "ml.c5.xlarge", InstanceCount: 1 },
      },
      Status: "InService",
    },
  ],
  ShadowModeConfig: {
    SourceModelVariantName: "production",
    ShadowModelVariants: [{ ShadowModelVariantName: "shadow", SamplingPercentage: 50 }],
  },
  Schedule: { StartTime: "2026-11-20T09:00:00.000Z", EndTime: "2026-11-27T09:00:00.000Z" },
  CreationTime: "2026-11-20T08:55:00.000Z",
};
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
