import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  ModelName: "fraud-detector-1-4-2",
  ModelArn: "arn:aws:sagemaker:us-east-1:111122223333:model/fraud-detector-1-4-2",
  ExecutionRoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  VpcConfig: { SecurityGroupIds: ["sg-0f1e2d3c4b5a69788"], Subnets: ["subnet-0a1b2c3d4e5f60718"] },
  EnableNetworkIsolation: true,
  CreationTime: "2026-09-01T10:00:00.000Z",
};
const ecrImage = "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-detector:1.4.2";
const modelData = "s3://ml-artifacts-111122223333/fraud/1.4.2/model.tar.gz";

describe("SageMaker.16 primary container private registry", () => {
  controlCases(control, [
    {
      name: "image pulled from a private registry in the VPC",
      item: {
        ...base,
        PrimaryContainer: {
          Image: "registry.ml.internal:5000/fraud-detector:1.4.2",
          ImageConfig: {
            RepositoryAccessMode: "Vpc",
            RepositoryAuthConfig: {
              RepositoryCredentialsProviderArn:
                "arn:aws:lambda:us-east-1:111122223333:function:ml-registry-credentials",
            },
          },
          Mode: "SingleModel",
          ModelDataUrl: modelData,
        },
      },
      status: "PASSED",
      observed: { "PrimaryContainer.ImageConfig.RepositoryAccessMode": "Vpc" },
    },
    {
      name: "RepositoryAccessMode Platform (Amazon ECR)",
      item: {
        ...base,
        PrimaryContainer: {
          Image: ecrImage,
          ImageConfig: { RepositoryAccessMode: "Platform" },
          ModelDataUrl: modelData,
        },
      },
      status: "FAILED",
      observed: { "PrimaryContainer.ImageConfig.RepositoryAccessMode": "Platform" },
    },
    {
      name: "ImageConfig omitted: SageMaker pulls from ECR (Platform)",
      item: { ...base, PrimaryContainer: { Image: ecrImage, Mode: "SingleModel", ModelDataUrl: modelData } },
      status: "FAILED",
      observed: { "PrimaryContainer.ImageConfig.RepositoryAccessMode": null },
    },
    {
      name: "multi-container model without PrimaryContainer",
      item: {
        ...base,
        Containers: [
          { ContainerHostname: "preprocess", Image: ecrImage, ImageConfig: { RepositoryAccessMode: "Platform" } },
        ],
      },
      status: "NOT_APPLICABLE",
    },
  ]);
});
