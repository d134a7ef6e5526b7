import { describe, expect, it } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const OWN_IMAGE = "111122223333.dkr.ecr.us-east-1.amazonaws.com/churn-inference@sha256:5f0c0a3e1b2d";
const DLC_IMAGE =
  "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker";

const model = (fields: Record<string, unknown>) => ({
  ModelName: "churn-inference-2026-05-02",
  ModelArn: "arn:aws:sagemaker:us-east-1:111122223333:model/churn-inference-2026-05-02",
  ExecutionRoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  CreationTime: "2026-05-02T11:20:00.000Z",
  EnableNetworkIsolation: false,
  ...fields,
});

const container = (image: string, fields: Record<string, unknown> = {}) => ({
  Image: image,
  Mode: "SingleModel",
  ModelDataUrl: "s3://ml-artifacts-111122223333/churn/output/model.tar.gz",
  Environment: { SAGEMAKER_PROGRAM: "inference.py" },
  ...fields,
});

/** A non-ECR image is only allowed from a registry reached through the model's VPC. */
const viaVpc = (image: string) =>
  model({
    PrimaryContainer: container(image, { ImageConfig: { RepositoryAccessMode: "Vpc" } }),
    VpcConfig: { SecurityGroupIds: ["sg-0a1b2c3d4e5f60718"], Subnets: ["subnet-0123456789abcdef0"] },
  });

describe("MLH.15 model images come from registries you control", () => {
  controlCases(control, [
    {
      name: "image in the model's own account's ECR",
      item: model({ PrimaryContainer: container(OWN_IMAGE) }),
      status: "PASSED",
      observed: {
        "PrimaryContainer.Image": { registry: "ecr", account: "111122223333", trustedAs: "estate account" },
      },
    },
    {
      name: "image in another estate account's ECR (a shared tooling account)",
      item: model({
        PrimaryContainer: container("444455556666.dkr.ecr.us-east-1.amazonaws.com/ml-platform/churn-inference:1.4.0"),
      }),
      accounts: ["444455556666"],
      status: "PASSED",
      observed: { "PrimaryContainer.Image": { account: "444455556666", trustedAs: "estate account" } },
    },
    {
      name: "AWS Deep Learning Container, not trusted by default",
      item: model({ PrimaryContainer: container(DLC_IMAGE) }),
      status: "FAILED",
      observed: { "PrimaryContainer.Image": { registry: "ecr", account: "763104351884" } },
    },
    {
      name: "AWS Deep Learning Container trusted through trustedRegistryAccounts",
      item: model({ PrimaryContainer: container(DLC_IMAGE) }),
      params: { trustedRegistryAccounts: ["763104351884"] },
      status: "PASSED",
      observed: { "PrimaryContainer.Image": { account: "763104351884", trustedAs: "trustedRegistryAccounts" } },
    },
    {
      name: "Docker Hub short name pytorch/pytorch:2.3.0",
      item: viaVpc("pytorch/pytorch:2.3.0"),
      status: "FAILED",
      observed: { "PrimaryContainer.Image": { registry: "docker-hub", host: "docker.io" } },
    },
    {
      name: "Docker Hub with an explicit registry-1.docker.io host",
      item: viaVpc("registry-1.docker.io/library/python:3.12-slim"),
      status: "FAILED",
      observed: { "PrimaryContainer.Image": { registry: "docker-hub", host: "registry-1.docker.io" } },
    },
    {
      name: "ECR Public Gallery",
      item: viaVpc("public.ecr.aws/deep-learning-containers/pytorch-inference:2.3.0-cpu-py311"),
      status: "FAILED",
      observed: { "PrimaryContainer.Image": { registry: "ecr-public", host: "public.ecr.aws" } },
    },
    {
      name: "self-hosted registry on a custom host and port",
      item: viaVpc("registry.ml.example.com:5000/churn/inference:1.4.0"),
      status: "FAILED",
      observed: { "PrimaryContainer.Image": { registry: "other", host: "registry.ml.example.com:5000" } },
    },
    {
      name: "self-hosted registry in the VPC, trusted through trustedRegistryHosts",
      item: viaVpc("registry.ml-prod.internal/churn/inference:1.4.0"),
      params: { trustedRegistryHosts: ["registry.ml-prod.internal"] },
      status: "PASSED",
      observed: {
        "PrimaryContainer.Image": {
          registry: "other",
          host: "registry.ml-prod.internal",
          trustedAs: "trustedRegistryHosts",
        },
      },
    },
    {
      name: "China partition ECR host of the estate's account",
      item: model({
        PrimaryContainer: container("111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/churn-inference:1.4.0"),
      }),
      status: "PASSED",
      observed: { "PrimaryContainer.Image": { registry: "ecr", account: "111122223333", trustedAs: "estate account" } },
    },
    {
      name: "inference pipeline with one container from Docker Hub",
      item: model({
        Containers: [
          container("111122223333.dkr.ecr.us-east-1.amazonaws.com/churn-preprocess:1.4.0", {
            ContainerHostname: "preprocess",
          }),
          container("nvcr.io/nvidia/tritonserver:24.05-py3", {
            ContainerHostname: "triton",
            ImageConfig: { RepositoryAccessMode: "Vpc" },
          }),
        ],
        InferenceExecutionConfig: { Mode: "Serial" },
        VpcConfig: { SecurityGroupIds: ["sg-0a1b2c3d4e5f60718"], Subnets: ["subnet-0123456789abcdef0"] },
      }),
      status: "FAILED",
      observed: {
        "Containers[0].Image": { registry: "ecr", trustedAs: "estate account" },
        "Containers[1].Image": { registry: "other", host: "nvcr.io" },
      },
    },
    {
      name: "model from a Marketplace model package names no image",
      item: model({
        PrimaryContainer: {
          ModelPackageName: "arn:aws:sagemaker:us-east-1:865070037744:model-package/fraud-detector-v2-1a2b3c4d",
        },
        EnableNetworkIsolation: true,
      }),
      status: "NOT_APPLICABLE",
      observed: {
        "PrimaryContainer.ModelPackageName":
          "arn:aws:sagemaker:us-east-1:865070037744:model-package/fraud-detector-v2-1a2b3c4d",
      },
    },
  ]);

  it("parses trustedRegistryAccounts as a comma-separated list of account ids", () => {
    const spec = control.parameters.trustedRegistryAccounts;
    expect(spec?.parse(" 763104351884, 217643126080,")).toEqual(["763104351884", "217643126080"]);
    expect(() => spec?.parse("763104351884,dlc")).toThrow("dlc");
  });
});
