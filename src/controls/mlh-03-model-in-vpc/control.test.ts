import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  ModelName: "churn-xgb-2026-04-30-1015",
  ModelArn: "arn:aws:sagemaker:us-east-1:111122223333:model/churn-xgb-2026-04-30-1015",
  PrimaryContainer: {
    Image: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
    Mode: "SingleModel",
    ModelDataUrl: "s3://ml-artifacts-111122223333/churn/output/model.tar.gz",
    Environment: {},
  },
  ExecutionRoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  CreationTime: "2026-04-30T10:15:00.000Z",
  EnableNetworkIsolation: true,
};

describe("MLH.3 model runs in a VPC", () => {
  controlCases(control, [
    {
      name: "VpcConfig with two private subnets",
      item: {
        ...base,
        VpcConfig: {
          SecurityGroupIds: ["sg-0a1b2c3d4e5f60718"],
          Subnets: ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
        },
      },
      status: "PASSED",
      observed: { "VpcConfig.Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"] },
    },
    {
      name: "no VpcConfig (AWS has no default VPC for models)",
      item: base,
      status: "FAILED",
      observed: { "VpcConfig.Subnets": null },
    },
  ]);
});
