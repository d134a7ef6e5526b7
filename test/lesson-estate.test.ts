import { readFileSync } from "node:fs";
import * as ec2 from "@aws-sdk/client-ec2";
import * as ecr from "@aws-sdk/client-ecr";
import * as iam from "@aws-sdk/client-iam";
import * as organizations from "@aws-sdk/client-organizations";
import * as s3 from "@aws-sdk/client-s3";
import * as sagemaker from "@aws-sdk/client-sagemaker";
import { beforeAll, describe, expect, it } from "vitest";
import { LESSON_ESTATE, lessonEstateJson } from "../scripts/build-lesson-estate.js";
import { CONTROLS } from "../src/controls/catalog.js";
import type { Status } from "../src/controls/control.js";
import { evaluate } from "../src/evaluate/evaluate.js";
import type { Finding } from "../src/evaluate/finding.js";
import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS } from "../src/model/resource-types.js";
import { loadSnapshotFile } from "../src/snapshot/load.js";
import type { Snapshot } from "../src/snapshot/schema.js";
import { inventoryFromSnapshot } from "../src/snapshot/to-inventory.js";
import { shapeIssues } from "./helpers/sdk-shape.js";

const PROD = "111122223333";
const SANDBOX = "444455556666";

let snapshot: Snapshot;
let findings: Finding[];

beforeAll(async () => {
  snapshot = await loadSnapshotFile(LESSON_ESTATE);
  findings = evaluate(inventoryFromSnapshot(snapshot, LESSON_ESTATE), { controls: CONTROLS });
});

function verdict(controlId: string, notebook: string): Status | undefined {
  return findings.find(
    (f) =>
      f.controlId === controlId &&
      f.resourceArn === `arn:aws:sagemaker:us-east-1:${PROD}:notebook-instance/${notebook}`,
  )?.status;
}

describe("the bundled lesson estate", () => {
  it("is what scripts/build-lesson-estate.ts writes (regenerate with npx tsx scripts/build-lesson-estate.ts)", () => {
    expect(readFileSync(LESSON_ESTATE, "utf8")).toBe(lessonEstateJson());
  });

  it("validates as mlharden/snapshot@1 and covers both accounts in us-east-1 and eu-west-1", () => {
    expect(snapshot.accounts.map((a) => [a.accountId, a.regions.map((r) => r.region)])).toEqual([
      [PROD, ["us-east-1", "eu-west-1"]],
      [SANDBOX, ["us-east-1", "eu-west-1"]],
    ]);
  });

  it("holds exactly the lesson's three notebooks in 111122223333/us-east-1", () => {
    const region = snapshot.accounts.find((a) => a.accountId === PROD)?.regions.find((r) => r.region === "us-east-1");
    expect(region?.sagemaker?.notebookInstances?.map((n) => n.NotebookInstanceName)).toEqual([
      "ml-feature-exploration",
      "shared-training-box",
      "fraud-model-prod",
    ]);
  });

  it.each([
    ["ml-feature-exploration", "FAILED"],
    ["shared-training-box", "FAILED"],
    ["fraud-model-prod", "PASSED"],
  ] as const)("%s is %s on SageMaker.1, .2 and .3", (notebook, status) => {
    expect([
      verdict("SageMaker.1", notebook),
      verdict("SageMaker.2", notebook),
      verdict("SageMaker.3", notebook),
    ]).toEqual([status, status, status]);
  });

  it("fraud-model-prod passes every notebook control", () => {
    const notebookControls = CONTROLS.filter((c) => c.resourceType === "AWS::SageMaker::NotebookInstance");
    expect(notebookControls.length).toBeGreaterThan(3);
    for (const control of notebookControls) {
      expect([control.id, verdict(control.id, "fraud-model-prod")]).toEqual([control.id, "PASSED"]);
    }
  });

  // Iterates the catalog, so a control added later must find a PASSED and a FAILED resource here too.
  it.each(CONTROLS.map((c) => [c.id]))("%s has at least one PASSED and one FAILED resource", (id) => {
    const statuses = new Set(findings.filter((f) => f.controlId === id).map((f) => f.status));
    expect(statuses).toContain("PASSED");
    expect(statuses).toContain("FAILED");
  });

  it("reports the unreadable feature groups of 444455556666/eu-west-1 as NOT_ASSESSED, never PASSED", () => {
    const featureGroupControls = CONTROLS.filter((c) => c.resourceType === "AWS::SageMaker::FeatureGroup");
    expect(featureGroupControls.length).toBeGreaterThan(0);
    for (const control of featureGroupControls) {
      const inGap = findings.filter(
        (f) => f.controlId === control.id && f.accountId === SANDBOX && f.region === "eu-west-1",
      );
      expect(inGap.map((f) => [f.status, f.observed])).toEqual([
        ["NOT_ASSESSED", { collection: "sagemaker.featureGroups", errorCode: "AccessDeniedException" }],
      ]);
    }
  });

  it("holds only fields the AWS SDK v3 output shapes define, with their JSON types", () => {
    const raw = JSON.parse(readFileSync(LESSON_ESTATE, "utf8")) as RawSnapshot;
    const sdk = sagemaker as unknown as Record<string, unknown>;
    const issues: string[] = [];
    const check = (items: unknown[] | undefined, schema: unknown, path: string) => {
      expect(schema, path).toBeDefined();
      for (const [i, item] of (items ?? []).entries()) issues.push(...shapeIssues(item, schema, `${path}[${i}]`));
    };
    for (const [a, account] of raw.accounts.entries()) {
      const at = `accounts[${a}]`;
      check(account.iam?.roles, iam.RoleDetail$, `${at}.iam.roles`);
      check(account.iam?.policies, iam.ManagedPolicyDetail$, `${at}.iam.policies`);
      for (const [b, bucket] of (account.s3?.buckets ?? []).entries()) {
        const { Tags, PublicAccessBlockConfiguration, ...rest } = bucket;
        expect(Object.keys(rest).sort(), `${at}.s3.buckets[${b}]`).toEqual(
          ["CreationDate", "Name", "Policy", "Region"].filter((k) => k in rest),
        );
        check(Tags, s3.Tag$, `${at}.s3.buckets[${b}].Tags`);
        check([PublicAccessBlockConfiguration], s3.PublicAccessBlockConfiguration$, `${at}.s3.buckets[${b}].PAB`);
      }
      for (const [r, region] of account.regions.entries()) {
        const where = `${at}.regions[${r}]`;
        for (const collection of SAGEMAKER_COLLECTIONS) {
          const operation = SAGEMAKER_KINDS[collection].describe;
          const schema = sdk[`${operation}Output$`] ?? sdk[`${operation}Response$`];
          check(region.sagemaker?.[collection], schema, `${where}.sagemaker.${collection}`);
        }
        const ec2Shapes = {
          vpcs: ec2.Vpc$,
          subnets: ec2.Subnet$,
          routeTables: ec2.RouteTable$,
          natGateways: ec2.NatGateway$,
          internetGateways: ec2.InternetGateway$,
          vpcEndpoints: ec2.VpcEndpoint$,
          securityGroups: ec2.SecurityGroup$,
        };
        for (const [collection, schema] of Object.entries(ec2Shapes)) {
          check(region.ec2?.[collection], schema, `${where}.ec2.${collection}`);
        }
        check(region.ecr?.repositories, ecr.Repository$, `${where}.ecr.repositories`);
      }
    }
    // organizations: API items, plus the `Parents` (ListParents' shape) the snapshot adds to OUs and accounts.
    const org = raw.organizations;
    issues.push(...shapeIssues(org.organization, organizations.Organization$, "organizations.organization"));
    check(org.roots, organizations.Root$, "organizations.roots");
    for (const [key, schema] of [
      ["organizationalUnits", organizations.OrganizationalUnit$],
      ["accounts", organizations.Account$],
    ] as const) {
      check(
        org[key].map(({ Parents: _parents, ...item }) => item),
        schema,
        `organizations.${key}`,
      );
      check(
        org[key].flatMap((item) => item.Parents),
        organizations.Parent$,
        `organizations.${key}[].Parents`,
      );
    }
    for (const [p, policy] of org.policies.entries()) {
      expect(Object.keys(policy), `organizations.policies[${p}]`).toEqual(["PolicySummary", "Content", "Targets"]);
      issues.push(...shapeIssues(policy.PolicySummary, organizations.PolicySummary$, `organizations.policies[${p}]`));
      check(policy.Targets, organizations.PolicyTargetSummary$, `organizations.policies[${p}].Targets`);
    }
    expect(issues).toEqual([]);
  });

  it("writes every timestamp as JSON.stringify writes an SDK Date: ISO 8601 with milliseconds and Z", () => {
    const raw = JSON.parse(readFileSync(LESSON_ESTATE, "utf8")) as unknown;
    const timestamps: [string, unknown][] = [];
    walk(raw, "", (path, key, value) => {
      // Keys the SDK types as Date; DataAnalysisStartTime/EndTime are ISO 8601 *durations* such as "-PT1H".
      if (/(Time|Date|Timestamp|^createdAt|^collectedAt)$/.test(key) && !key.startsWith("DataAnalysis")) {
        timestamps.push([path, value]);
      }
    });
    expect(timestamps.length).toBeGreaterThan(100);
    const malformed = timestamps.filter(
      ([, v]) => typeof v !== "string" || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(v),
    );
    expect(malformed).toEqual([]);
  });
});

interface RawSnapshot {
  organizations: {
    organization: unknown;
    roots: unknown[];
    organizationalUnits: { Parents: unknown[] }[];
    accounts: { Parents: unknown[] }[];
    policies: { PolicySummary: unknown; Content: string; Targets: unknown[] }[];
  };
  accounts: {
    iam?: { roles?: unknown[]; policies?: unknown[] };
    s3?: { buckets?: ({ Tags?: unknown[]; PublicAccessBlockConfiguration?: unknown } & Record<string, unknown>)[] };
    regions: {
      sagemaker?: Record<string, unknown[]>;
      ec2?: Record<string, unknown[]>;
      ecr?: { repositories?: unknown[] };
    }[];
  }[];
}

function walk(value: unknown, path: string, visit: (path: string, key: string, value: unknown) => void): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, visit);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      visit(childPath, key, child);
      walk(child, childPath, visit);
    }
  }
}
