import * as ec2Sdk from "@aws-sdk/client-ec2";
import { DescribeRepositoriesCommand, ECRClient } from "@aws-sdk/client-ecr";
import { GetAccountAuthorizationDetailsCommand, IAMClient } from "@aws-sdk/client-iam";
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from "@aws-sdk/client-resource-groups-tagging-api";
import {
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import * as sagemakerSdk from "@aws-sdk/client-sagemaker";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/emulator/index.js";
import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS } from "../src/model/resource-types.js";
import { loadSnapshotFile } from "../src/snapshot/load.js";
import type { Snapshot, SnapshotAccount } from "../src/snapshot/schema.js";
import { call, clientConfig, failure, snapshotForm } from "./helpers/emulator.js";

const EC2_OPERATIONS = {
  vpcs: ["DescribeVpcs", "Vpcs"],
  subnets: ["DescribeSubnets", "Subnets"],
  routeTables: ["DescribeRouteTables", "RouteTables"],
  natGateways: ["DescribeNatGateways", "NatGateways"],
  internetGateways: ["DescribeInternetGateways", "InternetGateways"],
  vpcEndpoints: ["DescribeVpcEndpoints", "VpcEndpoints"],
  securityGroups: ["DescribeSecurityGroups", "SecurityGroups"],
} as const;

let snapshot: Snapshot;
let emulator: Emulator;
let management: SnapshotAccount;

beforeAll(async () => {
  snapshot = await loadSnapshotFile("examples/estates/lesson.json");
  management = snapshot.accounts[0] as SnapshotAccount;
  emulator = await startEmulator({ snapshot });
});
afterAll(() => emulator.stop());

/** Credentials for an account: the management account's own key, AssumeRole into the members. */
async function credentialsFor(account: SnapshotAccount) {
  const base = clientConfig(emulator, management.accountId);
  if (account === management) return base;
  const sts = new STSClient(base);
  const { Credentials } = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${account.accountId}:role/mlharden-scanner`,
      RoleSessionName: "test",
    }),
  );
  return {
    ...base,
    credentials: {
      accessKeyId: String(Credentials?.AccessKeyId),
      secretAccessKey: String(Credentials?.SecretAccessKey),
      sessionToken: Credentials?.SessionToken,
    },
  };
}

/** Every page of a paginated call, small pages so that pagination is exercised. */
async function allPages(
  fetch: (token: string | undefined) => Promise<object>,
  listField: string,
  tokenField = "NextToken",
): Promise<unknown[]> {
  const items: unknown[] = [];
  let token: string | undefined;
  do {
    const page = (await fetch(token)) as Record<string, unknown>;
    items.push(...((page[listField] as unknown[]) ?? []));
    token = (page[tokenField] as string | undefined) || undefined;
  } while (token);
  return items;
}

describe("the emulator serving the lesson estate, read back through the AWS SDK", () => {
  it("returns every SageMaker resource of every account and region as the snapshot holds it", async () => {
    for (const account of snapshot.accounts) {
      const credentials = await credentialsFor(account);
      for (const region of account.regions) {
        const client = new sagemakerSdk.SageMakerClient({ ...credentials, region: region.region });
        for (const collection of SAGEMAKER_COLLECTIONS) {
          const kind = SAGEMAKER_KINDS[collection];
          const list = `List${kind.describe.slice("Describe".length)}s`;
          const recorded = region.errors?.find((error) => error.operation === list);
          if (recorded) {
            const error = await failure(call(client, sagemakerSdk, list));
            expect([error.name, error.message]).toEqual([recorded.code, recorded.message]);
            continue;
          }
          const stored = (region.sagemaker?.[collection] ?? []) as Record<string, unknown>[];
          const listField = Object.keys(await call(client, sagemakerSdk, list)).find(
            (k) => !["NextToken", "$metadata"].includes(k),
          );
          const summaries = (await allPages(
            (NextToken) => call(client, sagemakerSdk, list, { MaxResults: 2, NextToken }),
            String(listField),
          )) as Record<string, unknown>[];
          // Summaries name their resource as the Describe output does, except job definitions' "Monitoring..." names.
          const summaryName = kind.nameField === "JobDefinitionName" ? "MonitoringJobDefinitionName" : kind.nameField;
          expect(summaries.map((s) => s[summaryName])).toEqual(stored.map((item) => item[kind.nameField]));
          for (const item of stored) {
            const key =
              collection === "domains" ? { DomainId: item.DomainId } : { [kind.nameField]: item[kind.nameField] };
            const described = await call(client, sagemakerSdk, kind.describe, key);
            expect(snapshotForm(described), `${account.accountId} ${region.region} ${kind.describe}`).toEqual(item);
          }
        }
      }
    }
  });

  it("returns the EC2, ECR and tagging collections of every region as the snapshot holds them", async () => {
    for (const account of snapshot.accounts) {
      const credentials = await credentialsFor(account);
      for (const region of account.regions) {
        const config = { ...credentials, region: region.region };
        const ec2 = new ec2Sdk.EC2Client(config);
        for (const [collection, [operation, field]] of Object.entries(EC2_OPERATIONS)) {
          const items = await allPages(
            (NextToken) => call(ec2, ec2Sdk, operation, { MaxResults: 5, NextToken }),
            field,
          );
          const stored = region.ec2?.[collection as keyof typeof EC2_OPERATIONS] ?? [];
          expect(snapshotForm(items), `${region.region} ${operation}`).toEqual(stored);
        }

        const ecr = new ECRClient(config);
        const { repositories } = await ecr.send(new DescribeRepositoriesCommand({}));
        expect(snapshotForm(repositories)).toEqual(region.ecr?.repositories ?? []);

        const tagging = new ResourceGroupsTaggingAPIClient(config);
        const mappings = (await allPages(
          (PaginationToken) =>
            tagging.send(
              new GetResourcesCommand({ ResourceTypeFilters: ["sagemaker"], ResourcesPerPage: 2, PaginationToken }),
            ),
          "ResourceTagMappingList",
          "PaginationToken",
        )) as { ResourceARN: string; Tags: { Key: string; Value: string }[] }[];
        const tags = Object.fromEntries(
          mappings.map((m) => [m.ResourceARN, Object.fromEntries(m.Tags.map((t) => [t.Key, t.Value]))]),
        );
        expect(tags).toEqual(region.tags ?? {});
      }
    }
  });

  it("returns each account's IAM roles and policies and its S3 buckets as the snapshot holds them", async () => {
    for (const account of snapshot.accounts) {
      const credentials = await credentialsFor(account);
      const iam = new IAMClient(credentials);
      const entities = { roles: [] as unknown[], policies: [] as unknown[] };
      let Marker: string | undefined;
      do {
        const page = await iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 3, Marker }));
        entities.roles.push(...(page.RoleDetailList ?? []));
        entities.policies.push(...(page.Policies ?? []));
        Marker = page.IsTruncated ? page.Marker : undefined;
      } while (Marker);
      expect(snapshotForm(entities.roles)).toEqual(account.iam?.roles ?? []);
      expect(snapshotForm(entities.policies)).toEqual(account.iam?.policies ?? []);

      const s3 = new S3Client({ ...credentials, forcePathStyle: true });
      const { Buckets = [] } = await s3.send(new ListBucketsCommand({}));
      const buckets = [];
      for (const { Name, BucketRegion, CreationDate } of Buckets) {
        const bucket: Record<string, unknown> = { Name, Region: BucketRegion, CreationDate };
        const policy = await s3.send(new GetBucketPolicyCommand({ Bucket: Name })).catch((e: Error) => e);
        if (!(policy instanceof Error)) bucket.Policy = policy.Policy;
        else expect(policy.name).toBe("NoSuchBucketPolicy");
        const tagging = await s3.send(new GetBucketTaggingCommand({ Bucket: Name })).catch((e: Error) => e);
        if (!(tagging instanceof Error)) bucket.Tags = tagging.TagSet;
        else expect(tagging.name).toBe("NoSuchTagSet");
        const block = await s3.send(new GetPublicAccessBlockCommand({ Bucket: Name })).catch((e: Error) => e);
        if (!(block instanceof Error)) bucket.PublicAccessBlockConfiguration = block.PublicAccessBlockConfiguration;
        else expect(block.name).toBe("NoSuchPublicAccessBlockConfiguration");
        buckets.push(bucket);
      }
      expect(snapshotForm(buckets)).toEqual(account.s3?.buckets ?? []);
    }
  });
});
