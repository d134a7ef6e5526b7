import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  NotebookInstanceArn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/claims-nlp-research",
  NotebookInstanceName: "claims-nlp-research",
  NotebookInstanceStatus: "Stopped",
  InstanceType: "ml.g5.xlarge",
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  SubnetId: "subnet-0a1b2c3d4e5f60718",
  SecurityGroups: ["sg-0f1e2d3c4b5a69788"],
  DirectInternetAccess: "Disabled",
  RootAccess: "Disabled",
  PlatformIdentifier: "notebook-al2023-v1",
  VolumeSizeInGB: 100,
};

describe("SageMaker.21 notebook KMS key", () => {
  controlCases(control, [
    {
      name: "encrypted with a KMS key ARN",
      item: { ...base, KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
      status: "PASSED",
      observed: { KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
    },
    { name: "no KmsKeyId", item: base, status: "FAILED", observed: { KmsKeyId: null } },
    { name: "empty KmsKeyId", item: { ...base, KmsKeyId: "" }, status: "FAILED", observed: { KmsKeyId: null } },
  ]);
});
