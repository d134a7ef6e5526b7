import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

const base = {
  EndpointConfigName: "fraud-scoring-config-v3",
  EndpointConfigArn: "arn:aws:sagemaker:us-east-1:111122223333:endpoint-config/fraud-scoring-config-v3",
  CreationTime: "2026-05-14T08:30:00.000Z",
  EnableNetworkIsolation: false,
};

const instanceVariant = (instanceType: string) => ({
  VariantName: "AllTraffic",
  ModelName: "fraud-scoring-xgb-2026-05-14",
  InitialInstanceCount: 2,
  InstanceType: instanceType,
  InitialVariantWeight: 1,
});

const serverlessVariant = {
  VariantName: "AllTraffic",
  ModelName: "fraud-scoring-xgb-2026-05-14",
  InitialVariantWeight: 1,
  ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 20 },
};

describe("MLH.2 endpoint config KMS key", () => {
  controlCases(control, [
    {
      name: "KmsKeyId set on an EBS-backed instance type",
      item: { ...base, ProductionVariants: [instanceVariant("ml.m5.xlarge")], KmsKeyId: KEY },
      status: "PASSED",
      observed: { KmsKeyId: KEY },
    },
    {
      name: "no KmsKeyId on an EBS-backed instance type",
      item: { ...base, ProductionVariants: [instanceVariant("ml.m5.xlarge")] },
      status: "FAILED",
      observed: { KmsKeyId: null, "ProductionVariants[0].InstanceType": "ml.m5.xlarge" },
    },
    {
      name: "no KmsKeyId on ml.c6gn (network-optimized, no instance store)",
      item: { ...base, ProductionVariants: [instanceVariant("ml.c6gn.xlarge")] },
      status: "FAILED",
    },
    {
      name: "serverless variant with KmsKeyId",
      item: { ...base, ProductionVariants: [serverlessVariant], KmsKeyId: "alias/sagemaker-serverless" },
      status: "PASSED",
    },
    {
      name: "serverless variant without KmsKeyId",
      item: { ...base, ProductionVariants: [serverlessVariant] },
      status: "FAILED",
      observed: { KmsKeyId: null },
    },
    {
      name: "ml.g4dn has local NVMe storage, for which AWS rejects KmsKeyId",
      item: { ...base, ProductionVariants: [instanceVariant("ml.g4dn.xlarge")] },
      status: "NOT_APPLICABLE",
      observed: { "ProductionVariants[0].InstanceType": "ml.g4dn.xlarge" },
    },
    {
      name: "a shadow variant on ml.g5 makes the whole configuration unable to take a key",
      item: {
        ...base,
        ProductionVariants: [instanceVariant("ml.m5.xlarge")],
        ShadowProductionVariants: [{ ...instanceVariant("ml.g5.2xlarge"), VariantName: "shadow-g5" }],
      },
      status: "NOT_APPLICABLE",
      observed: { "ShadowProductionVariants[0].InstanceType": "ml.g5.2xlarge" },
    },
  ]);
});
