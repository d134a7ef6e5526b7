import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const FIELD = "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion";

const base = {
  NotebookInstanceArn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/churn-analysis",
  NotebookInstanceName: "churn-analysis",
  NotebookInstanceStatus: "InService",
  Url: "churn-analysis.notebook.us-east-1.sagemaker.aws",
  InstanceType: "ml.t3.medium",
  SubnetId: "subnet-0ab12cd34ef567890",
  SecurityGroups: ["sg-0f1e2d3c4b5a69788"],
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  NetworkInterfaceId: "eni-0123456789abcdef0",
  DirectInternetAccess: "Disabled",
  VolumeSizeInGB: 5,
  RootAccess: "Disabled",
  PlatformIdentifier: "notebook-al2023-v1",
  CreationTime: "2026-06-02T09:15:00.000Z",
  LastModifiedTime: "2026-06-02T09:21:00.000Z",
};

describe("MLH.1 notebook requires IMDSv2", () => {
  controlCases(control, [
    {
      name: "minimum IMDS version 2",
      item: { ...base, InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" } },
      status: "PASSED",
      observed: { [FIELD]: "2" },
    },
    {
      name: "minimum IMDS version 1 accepts IMDSv1",
      item: { ...base, InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" } },
      status: "FAILED",
      observed: { [FIELD]: "1" },
    },
    {
      name: "InstanceMetadataServiceConfiguration omitted takes AWS's default, version 1",
      item: base,
      status: "FAILED",
      observed: { [FIELD]: "1" },
    },
  ]);
});
