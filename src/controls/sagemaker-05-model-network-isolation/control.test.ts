import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  ModelName: "xgboost-churn-2026-10-14",
  ModelArn: "arn:aws:sagemaker:us-east-1:111122223333:model/xgboost-churn-2026-10-14",
  ExecutionRoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  PrimaryContainer: {
    Image: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
    Mode: "SingleModel",
    ModelDataUrl: "s3://ml-artifacts-111122223333/churn/output/model.tar.gz",
    Environment: {},
  },
  VpcConfig: { SecurityGroupIds: ["sg-0f1e2d3c4b5a69788"], Subnets: ["subnet-0a1b2c3d4e5f60718"] },
  CreationTime: "2026-10-14T08:30:00.000Z",
};

describe("SageMaker.5 model network isolation", () => {
  controlCases(control, [
    {
      name: "EnableNetworkIsolation true",
      item: { ...base, EnableNetworkIsolation: true },
      status: "PASSED",
      observed: { EnableNetworkIsolation: true },
    },
    {
      name: "EnableNetworkIsolation false",
      item: { ...base, EnableNetworkIsolation: false },
      status: "FAILED",
      observed: { EnableNetworkIsolation: false },
    },
    {
      name: "EnableNetworkIsolation omitted takes AWS's default, false",
      item: base,
      status: "FAILED",
      observed: { EnableNetworkIsolation: false },
    },
  ]);
});
