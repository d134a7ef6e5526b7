import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const item = {
  ImageArn: "arn:aws:sagemaker:us-east-1:111122223333:image/r-kernel",
  ImageName: "r-kernel",
  ImageStatus: "CREATED",
  DisplayName: "R kernel (custom)",
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  CreationTime: "2026-02-10T11:18:02.000Z",
  LastModifiedTime: "2026-02-10T11:19:30.000Z",
};

describe("SageMaker.7 image tagged", () => {
  controlCases(control, [
    {
      name: "every required key present",
      item,
      tags: { Owner: "ml-platform", Environment: "prod" },
      params: { requiredKeyTags: ["Owner"] },
      status: "PASSED",
      observed: { "Tags[].Key": ["Owner", "Environment"] },
    },
    { name: "no tags at all", item, status: "FAILED", observed: { "Tags[].Key": [] } },
    {
      name: "a required key missing",
      item,
      tags: { Environment: "prod" },
      params: { requiredKeyTags: ["Owner", "Environment"] },
      status: "FAILED",
      observed: { missingKeys: ["Owner"] },
    },
    { name: "tags could not be read", item, tags: "unreadable", status: "NOT_ASSESSED" },
  ]);
});
