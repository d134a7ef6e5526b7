import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { KMS_KEY, trainingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

const S3_OUTPUT = "s3://ml-artifacts-111122223333/churn/output";

describe("MLH.9 training job output KMS key", () => {
  controlCases(control, [
    {
      name: "OutputDataConfig.KmsKeyId set",
      item: trainingJob({ OutputDataConfig: { KmsKeyId: KMS_KEY, S3OutputPath: S3_OUTPUT } }),
      status: "PASSED",
      observed: { "OutputDataConfig.KmsKeyId": KMS_KEY },
    },
    {
      name: "empty KmsKeyId, as DescribeTrainingJob returns for an SDK run without output_kms_key",
      item: trainingJob(),
      status: "FAILED",
      observed: { "OutputDataConfig.KmsKeyId": "" },
    },
    {
      name: "KmsKeyId omitted (SageMaker falls back to the default aws/s3 key)",
      item: trainingJob({ OutputDataConfig: { S3OutputPath: S3_OUTPUT } }),
      status: "FAILED",
      observed: { "OutputDataConfig.KmsKeyId": null },
    },
    {
      name: "output to an S3 Express One Zone directory bucket, which takes no KMS key",
      item: trainingJob({ OutputDataConfig: { S3OutputPath: "s3://churn-artifacts--use1-az4--x-s3/output" } }),
      status: "NOT_APPLICABLE",
      observed: { "OutputDataConfig.S3OutputPath": "s3://churn-artifacts--use1-az4--x-s3/output" },
    },
  ]);
});
