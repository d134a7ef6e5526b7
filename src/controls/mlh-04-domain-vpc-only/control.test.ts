import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  DomainArn: "arn:aws:sagemaker:us-east-1:111122223333:domain/d-abcdefgh1234",
  DomainId: "d-abcdefgh1234",
  DomainName: "ml-research",
  HomeEfsFileSystemId: "fs-0123456789abcdef0",
  Status: "InService",
  CreationTime: "2026-02-10T14:00:00.000Z",
  LastModifiedTime: "2026-02-10T14:20:00.000Z",
  AuthMode: "IAM",
  DefaultUserSettings: {
    ExecutionRole: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20260210T140000",
    SecurityGroups: ["sg-0a1b2c3d4e5f60718"],
  },
  SubnetIds: ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
  Url: "https://d-abcdefgh1234.studio.us-east-1.sagemaker.aws",
  VpcId: "vpc-0a1b2c3d4e5f67890",
};

describe("MLH.4 domain is VpcOnly", () => {
  controlCases(control, [
    {
      name: "AppNetworkAccessType VpcOnly",
      item: { ...base, AppNetworkAccessType: "VpcOnly", AppSecurityGroupManagement: "Customer" },
      status: "PASSED",
      observed: { AppNetworkAccessType: "VpcOnly" },
    },
    {
      name: "AppNetworkAccessType PublicInternetOnly",
      item: { ...base, AppNetworkAccessType: "PublicInternetOnly" },
      status: "FAILED",
      observed: { AppNetworkAccessType: "PublicInternetOnly" },
    },
    {
      name: "AppNetworkAccessType omitted takes AWS's default, PublicInternetOnly",
      item: base,
      status: "FAILED",
      observed: { AppNetworkAccessType: "PublicInternetOnly" },
    },
  ]);
});
