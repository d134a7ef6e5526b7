import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  NotebookInstanceArn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/churn-model-dev",
  NotebookInstanceName: "churn-model-dev",
  NotebookInstanceStatus: "InService",
  InstanceType: "ml.t3.medium",
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  PlatformIdentifier: "notebook-al2023-v1",
  RootAccess: "Disabled",
  VolumeSizeInGB: 20,
  CreationTime: "2026-05-20T09:14:02.000Z",
};

describe("SageMaker.2 notebook inside a custom VPC", () => {
  controlCases(control, [
    {
      name: "launched in a customer subnet",
      item: {
        ...base,
        SubnetId: "subnet-0a1b2c3d4e5f60718",
        SecurityGroups: ["sg-0f1e2d3c4b5a69788"],
        NetworkInterfaceId: "eni-0123456789abcdef0",
        DirectInternetAccess: "Disabled",
      },
      status: "PASSED",
      observed: { SubnetId: "subnet-0a1b2c3d4e5f60718" },
    },
    {
      name: "no SubnetId: runs in the SageMaker service VPC",
      item: { ...base, DirectInternetAccess: "Enabled" },
      status: "FAILED",
      observed: { SubnetId: null },
    },
  ]);
});
