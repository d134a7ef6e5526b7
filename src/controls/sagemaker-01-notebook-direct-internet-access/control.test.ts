import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  NotebookInstanceArn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/ml-feature-exploration",
  NotebookInstanceName: "ml-feature-exploration",
  NotebookInstanceStatus: "InService",
  InstanceType: "ml.t3.medium",
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  PlatformIdentifier: "notebook-al2023-v1",
  CreationTime: "2024-03-11T12:00:00.000Z",
};

describe("SageMaker.1 notebook direct internet access", () => {
  controlCases(control, [
    {
      name: "DirectInternetAccess Disabled in a customer subnet",
      item: {
        ...base,
        DirectInternetAccess: "Disabled",
        SubnetId: "subnet-0ab12cd34",
        SecurityGroups: ["sg-0f1e2d3c"],
      },
      status: "PASSED",
      observed: { DirectInternetAccess: "Disabled" },
    },
    {
      name: "DirectInternetAccess Enabled",
      item: { ...base, DirectInternetAccess: "Enabled" },
      status: "FAILED",
      observed: { DirectInternetAccess: "Enabled" },
    },
    {
      name: "DirectInternetAccess omitted takes AWS's default, Enabled",
      item: base,
      status: "FAILED",
      observed: { DirectInternetAccess: "Enabled" },
    },
  ]);
});
