import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  ModelName: "churn-pipeline-2026-10",
  ModelArn: "arn:aws:sagemaker:us-east-1:111122223333:model/churn-pipeline-2026-10",
  ExecutionRoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  VpcConfig: { SecurityGroupIds: ["sg-0f1e2d3c4b5a69788"], Subnets: ["subnet-0a1b2c3d4e5f60718"] },
  EnableNetworkIsolation: true,
  CreationTime: "2026-10-20T16:45:00.000Z",
};
const pipeline = { ...base, InferenceExecutionConfig: { Mode: "Serial" } };
const vpc = { RepositoryAccessMode: "Vpc" };
const preprocess = {
  ContainerHostname: "preprocess",
  Image: "registry.ml.internal:5000/churn-preprocess:2.1",
  ModelDataUrl: "s3://ml-artifacts-111122223333/churn/preprocess/model.tar.gz",
};
const predict = {
  ContainerHostname: "predict",
  Image: "registry.ml.internal:5000/churn-xgboost:2.1",
  ModelDataUrl: "s3://ml-artifacts-111122223333/churn/xgboost/model.tar.gz",
};

describe("SageMaker.19 multi-container private registry", () => {
  controlCases(control, [
    {
      name: "every container pulls from the private registry in the VPC",
      item: {
        ...pipeline,
        Containers: [
          { ...preprocess, ImageConfig: vpc },
          { ...predict, ImageConfig: vpc },
        ],
      },
      status: "PASSED",
      observed: {
        "Containers[0].ImageConfig.RepositoryAccessMode": "Vpc",
        "Containers[1].ImageConfig.RepositoryAccessMode": "Vpc",
      },
    },
    {
      name: "one container uses Platform (Amazon ECR)",
      item: {
        ...pipeline,
        Containers: [
          { ...preprocess, ImageConfig: vpc },
          {
            ...predict,
            Image: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
            ImageConfig: { RepositoryAccessMode: "Platform" },
          },
        ],
      },
      status: "FAILED",
      observed: { "Containers[1].ImageConfig.RepositoryAccessMode": "Platform" },
    },
    {
      name: "one container without ImageConfig (defaults to ECR)",
      item: { ...pipeline, Containers: [{ ...preprocess, ImageConfig: vpc }, predict] },
      status: "FAILED",
      observed: {
        "Containers[0].ImageConfig.RepositoryAccessMode": "Vpc",
        "Containers[1].ImageConfig.RepositoryAccessMode": null,
      },
    },
    {
      name: "single PrimaryContainer model",
      item: { ...base, PrimaryContainer: { ...predict, ImageConfig: vpc } },
      status: "NOT_APPLICABLE",
    },
  ]);
});
