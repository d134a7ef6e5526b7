import { describe, expect, it } from "vitest";
import { controlCases, runCase } from "../test-helpers/cases.js";
import control from "./control.js";

const base = {
  NotebookInstanceArn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/forecasting-lab",
  NotebookInstanceName: "forecasting-lab",
  NotebookInstanceStatus: "InService",
  InstanceType: "ml.m5.xlarge",
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  SubnetId: "subnet-0a1b2c3d4e5f60718",
  SecurityGroups: ["sg-0f1e2d3c4b5a69788"],
  DirectInternetAccess: "Disabled",
  RootAccess: "Disabled",
};

describe("SageMaker.8 notebook platform version", () => {
  controlCases(control, [
    {
      name: "runs on notebook-al2023-v1",
      item: { ...base, PlatformIdentifier: "notebook-al2023-v1" },
      status: "PASSED",
      observed: { PlatformIdentifier: "notebook-al2023-v1" },
    },
    {
      name: "runs on Amazon Linux 2 (JupyterLab 4)",
      item: { ...base, PlatformIdentifier: "notebook-al2-v3" },
      status: "FAILED",
      observed: { PlatformIdentifier: "notebook-al2-v3" },
    },
    {
      name: "PlatformIdentifier omitted takes AWS's creation default, notebook-al2023-v1",
      item: base,
      status: "PASSED",
      observed: { PlatformIdentifier: "notebook-al2023-v1" },
    },
    {
      name: "an overridden list accepts AL2 (Security Hub itself does not allow this)",
      item: { ...base, PlatformIdentifier: "notebook-al2-v3" },
      params: { supportedPlatformIdentifierVersions: ["notebook-al2-v3", "notebook-al2023-v1"] },
      status: "PASSED",
    },
  ]);

  it("says an AL1 notebook must be recreated, an AL2 one updated in place", () => {
    const al1 = runCase(control, {
      name: "al1",
      item: { ...base, PlatformIdentifier: "notebook-al1-v1" },
      status: "FAILED",
    });
    const al2 = runCase(control, {
      name: "al2",
      item: { ...base, PlatformIdentifier: "notebook-al2-v2" },
      status: "FAILED",
    });
    expect(al1.status).toBe("FAILED");
    expect(al1.reason).toMatch(/cannot be updated in place: recreate/);
    expect(al2.status).toBe("FAILED");
    expect(al2.reason).toMatch(/update it in place/);
  });

  it("parses and validates supportedPlatformIdentifierVersions", () => {
    const spec = control.parameters.supportedPlatformIdentifierVersions;
    expect(spec?.default).toEqual(["notebook-al2023-v1"]);
    expect(spec?.parse("notebook-al2023-v1, notebook-al2-v3")).toEqual(["notebook-al2023-v1", "notebook-al2-v3"]);
    expect(() => spec?.parse(" , ")).toThrow(/at least one value/);
    expect(() => spec?.parse("al2023")).toThrow(/not a notebook platform identifier/);
  });
});
