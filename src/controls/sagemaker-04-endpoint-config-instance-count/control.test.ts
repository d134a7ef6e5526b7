import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  EndpointConfigName: "fraud-scoring-config-2026-11-02",
  EndpointConfigArn: "arn:aws:sagemaker:us-east-1:111122223333:endpoint-config/fraud-scoring-config-2026-11-02",
  CreationTime: "2026-11-02T14:03:11.000Z",
};

const variant = (name: string, count: number) => ({
  VariantName: name,
  ModelName: `fraud-scoring-${name.toLowerCase()}`,
  InitialInstanceCount: count,
  InstanceType: "ml.m5.xlarge",
  InitialVariantWeight: 1,
});

describe("SageMaker.4 endpoint config initial instance count", () => {
  controlCases(control, [
    {
      name: "every production variant starts with 2 instances",
      item: { ...base, ProductionVariants: [variant("AllTraffic", 2)] },
      status: "PASSED",
      observed: { "ProductionVariants[0].InitialInstanceCount": 2 },
    },
    {
      name: "one of two production variants starts with 1 instance",
      item: { ...base, ProductionVariants: [variant("Champion", 3), variant("Challenger", 1)] },
      status: "FAILED",
      observed: {
        "ProductionVariants[0].InitialInstanceCount": 3,
        "ProductionVariants[1].InitialInstanceCount": 1,
      },
    },
    {
      name: "a single-instance shadow variant is not evaluated",
      item: {
        ...base,
        ProductionVariants: [variant("AllTraffic", 2)],
        ShadowProductionVariants: [variant("Shadow", 1)],
      },
      status: "PASSED",
    },
    {
      name: "serverless-only configuration",
      item: {
        ...base,
        ProductionVariants: [
          {
            VariantName: "AllTraffic",
            ModelName: "fraud-scoring-serverless",
            ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 },
          },
        ],
      },
      status: "NOT_APPLICABLE",
      observed: { "ProductionVariants[0].ServerlessConfig": { MemorySizeInMB: 2048, MaxConcurrency: 5 } },
    },
  ]);
});
