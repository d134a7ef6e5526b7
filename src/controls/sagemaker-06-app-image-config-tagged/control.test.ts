import { describe, expect, it } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const item = {
  AppImageConfigArn: "arn:aws:sagemaker:us-east-1:111122223333:app-image-config/r-kernel-config",
  AppImageConfigName: "r-kernel-config",
  CreationTime: "2026-02-10T11:20:45.000Z",
  LastModifiedTime: "2026-02-10T11:20:45.000Z",
  KernelGatewayImageConfig: {
    KernelSpecs: [{ Name: "ir", DisplayName: "R (custom)" }],
    FileSystemConfig: { MountPath: "/home/sagemaker-user", DefaultUid: 1000, DefaultGid: 100 },
  },
};

describe("SageMaker.6 app image config tagged", () => {
  controlCases(control, [
    {
      name: "a user tag, no required keys configured",
      item,
      tags: { team: "data-science" },
      status: "PASSED",
      observed: { "Tags[].Key": ["team"] },
    },
    {
      name: "every required key present",
      item,
      tags: { Owner: "ml-platform", CostCenter: "4711", "aws:cloudformation:stack-name": "studio-images" },
      params: { requiredKeyTags: ["Owner", "CostCenter"] },
      status: "PASSED",
      observed: { "Tags[].Key": ["Owner", "CostCenter"] },
    },
    { name: "no tags at all", item, status: "FAILED", observed: { "Tags[].Key": [] } },
    {
      name: "only aws: system tags",
      item,
      tags: { "aws:cloudformation:stack-name": "studio-images" },
      status: "FAILED",
      observed: { "Tags[].Key": [] },
    },
    {
      name: "a required key missing (keys are case-sensitive)",
      item,
      tags: { owner: "ml-platform", CostCenter: "4711" },
      params: { requiredKeyTags: ["Owner", "CostCenter"] },
      status: "FAILED",
      observed: { missingKeys: ["Owner"] },
    },
    { name: "tags could not be read", item, tags: "unreadable", status: "NOT_ASSESSED" },
  ]);

  it("parses requiredKeyTags from a comma-separated list", () => {
    expect(control.parameters.requiredKeyTags?.parse(" Owner, CostCenter ,Owner")).toEqual(["Owner", "CostCenter"]);
  });

  it.each([
    ["", /1–6 tag keys, got 0/],
    ["a,b,c,d,e,f,g", /1–6 tag keys, got 7/],
    ["aws:createdBy", /system tag key/],
    ["Owner,cost#center", /not a valid AWS tag key/],
    ["k".repeat(129), /not a valid AWS tag key/],
  ])("rejects requiredKeyTags %j", (raw, message) => {
    expect(() => control.parameters.requiredKeyTags?.parse(raw)).toThrow(message);
  });
});
