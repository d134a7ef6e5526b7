import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { KMS_KEY, processingJob, TRAIN_S3_OUTPUT } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

describe("MLH.14 processing job output KMS key", () => {
  controlCases(control, [
    {
      name: "S3 output with ProcessingOutputConfig.KmsKeyId",
      item: processingJob({ ProcessingOutputConfig: { Outputs: [TRAIN_S3_OUTPUT], KmsKeyId: KMS_KEY } }),
      status: "PASSED",
      observed: { "ProcessingOutputConfig.KmsKeyId": KMS_KEY },
    },
    {
      name: "S3 output without KmsKeyId",
      item: processingJob(),
      status: "FAILED",
      observed: { "ProcessingOutputConfig.KmsKeyId": null },
    },
    {
      name: "no ProcessingOutputConfig: nothing is uploaded",
      item: processingJob({ ProcessingOutputConfig: undefined }),
      status: "NOT_APPLICABLE",
      observed: { "ProcessingOutputConfig.Outputs[].OutputName": [] },
    },
    {
      name: "only a Feature Store output, encrypted by the feature group",
      item: processingJob({
        ProcessingOutputConfig: {
          Outputs: [
            {
              OutputName: "features",
              FeatureStoreOutput: { FeatureGroupName: "churn-customer-features" },
              AppManaged: false,
            },
          ],
        },
      }),
      status: "NOT_APPLICABLE",
      observed: { "ProcessingOutputConfig.Outputs[].OutputName": ["features"] },
    },
  ]);
});
