import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  NotebookInstanceArn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/shared-training-box",
  NotebookInstanceName: "shared-training-box",
  NotebookInstanceStatus: "InService",
  InstanceType: "ml.m5.xlarge",
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  DirectInternetAccess: "Enabled",
};

describe("SageMaker.3 notebook root access", () => {
  controlCases(control, [
    { name: "RootAccess Disabled", item: { ...base, RootAccess: "Disabled" }, status: "PASSED" },
    {
      name: "RootAccess Enabled",
      item: { ...base, RootAccess: "Enabled" },
      status: "FAILED",
      observed: { RootAccess: "Enabled" },
    },
    {
      name: "RootAccess omitted takes AWS's default, Enabled",
      item: base,
      status: "FAILED",
      observed: { RootAccess: "Enabled" },
    },
  ]);
});
