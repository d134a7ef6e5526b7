import {
  DescribeRegionsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  paginateDescribeSubnets,
} from "@aws-sdk/client-ec2";
import { DescribeRepositoriesCommand, ECRClient } from "@aws-sdk/client-ecr";
import { GetAccountAuthorizationDetailsCommand, IAMClient } from "@aws-sdk/client-iam";
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
  paginateListTargetsForPolicy,
} from "@aws-sdk/client-organizations";
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from "@aws-sdk/client-resource-groups-tagging-api";
import {
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import * as sagemakerSdk from "@aws-sdk/client-sagemaker";
import {
  DescribeNotebookInstanceCommand,
  DescribeTrainingJobCommand,
  ListNotebookInstancesCommand,
  ListTrainingJobsCommand,
  paginateListNotebookInstances,
  SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLLECTOR_OPERATIONS } from "../src/collect/operations.js";
import { accountIdOf, generateEstate, RESTRICTED_OU } from "../src/collect/test-helpers/estate.js";
import { type Emulator, startEmulator } from "../src/emulator/index.js";
import { servedOperations } from "../src/emulator/router.js";
import { call, clientConfig, failure, snapshotForm } from "./helpers/emulator.js";
import { AWKWARD_TEXT, emulatorEstate, MANAGEMENT, MEMBER } from "./helpers/emulator-estate.js";

const estate = emulatorEstate();
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: estate });
});
afterAll(() => emulator.stop());

const config = (region = "us-east-1", account = MANAGEMENT) => clientConfig(emulator, account, region);
const names = (page: { NotebookInstances?: { NotebookInstanceName?: string }[] }) =>
  (page.NotebookInstances ?? []).map((n) => n.NotebookInstanceName);

it("serves every operation the collector calls", () => {
  const served = servedOperations();
  for (const [service, operations] of Object.entries(COLLECTOR_OPERATIONS)) {
    expect(served[service], service).toEqual(expect.arrayContaining([...operations]));
  }
});

describe("SageMaker (JSON 1.1)", () => {
  it("pages lists with SageMaker's default page of 10, in snapshot order, and through the SDK paginator", async () => {
    const client = new SageMakerClient(config());
    const first = await client.send(new ListNotebookInstancesCommand({}));
    expect(names(first)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"].map((n) => `nb-${n}`));
    const second = await client.send(new ListNotebookInstancesCommand({ NextToken: first.NextToken }));
    expect([names(second), second.NextToken]).toEqual([["nb-11", "nb-12"], undefined]);

    const pages: (string | undefined)[][] = [];
    for await (const page of paginateListNotebookInstances({ client, pageSize: 5 }, {})) pages.push(names(page));
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(pages.flat()).toEqual(
      estate.accounts[0]?.regions[0]?.sagemaker?.notebookInstances?.map((n) => n.NotebookInstanceName),
    );
  });

  it("derives the summary shape from the stored Describe output, timestamps as Dates", async () => {
    const client = new SageMakerClient(config());
    const { NotebookInstances = [] } = await client.send(new ListNotebookInstancesCommand({ MaxResults: 1 }));
    expect(NotebookInstances[0]).toEqual({
      NotebookInstanceName: "nb-01",
      NotebookInstanceArn: `arn:aws:sagemaker:us-east-1:${MANAGEMENT}:notebook-instance/nb-01`,
      NotebookInstanceStatus: "InService",
      InstanceType: "ml.t3.medium",
      CreationTime: new Date("2026-01-01T12:00:00.000Z"),
      LastModifiedTime: new Date("2026-02-01T00:00:00.000Z"),
    });
    const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: "train-recent" }));
    expect(job.SecondaryStatusTransitions?.[0]?.StartTime).toEqual(new Date("2026-11-01T00:00:01.250Z"));
  });

  it("filters by NameContains and CreationTimeAfter/Before, and refuses filters it does not implement", async () => {
    const client = new SageMakerClient(config());
    const jobs = await client.send(
      new ListTrainingJobsCommand({ CreationTimeAfter: new Date("2026-01-01T00:00:00Z") }),
    );
    expect(jobs.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(["train-recent"]);
    const older = await client.send(
      new ListTrainingJobsCommand({ CreationTimeBefore: new Date("2026-01-01T00:00:00Z") }),
    );
    expect(older.TrainingJobSummaries?.map((j) => j.TrainingJobName)).toEqual(["train-old"]);
    expect(names(await client.send(new ListNotebookInstancesCommand({ NameContains: "NB-1" })))).toEqual([
      "nb-10",
      "nb-11",
      "nb-12",
    ]);
    const error = await failure(client.send(new ListNotebookInstancesCommand({ StatusEquals: "InService" })));
    expect([error.name, error.message]).toEqual([
      "ValidationException",
      "The mlharden emulator does not support the StatusEquals filter of ListNotebookInstances",
    ]);
  });

  it("answers bad page sizes and tokens with ValidationException", async () => {
    const client = new SageMakerClient(config());
    const tooMany = await failure(client.send(new ListNotebookInstancesCommand({ MaxResults: 101 })));
    expect([tooMany.name, tooMany.message, tooMany.$metadata.httpStatusCode]).toEqual([
      "ValidationException",
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
      400,
    ]);
    const token = await failure(client.send(new ListNotebookInstancesCommand({ NextToken: "bogus" })));
    expect(token.name).toBe("ValidationException");
  });

  it.each([
    ["DescribeNotebookInstance", { NotebookInstanceName: "gone" }, "ValidationException", "RecordNotFound"],
    [
      "DescribeModel",
      { ModelName: "Gone" },
      "ValidationException",
      `Could not find model "arn:aws:sagemaker:us-east-1:${MANAGEMENT}:model/gone".`,
    ],
    [
      "DescribeEndpointConfig",
      { EndpointConfigName: "gone" },
      "ValidationException",
      /^Could not find endpoint configuration "arn:/,
    ],
    ["DescribeEndpoint", { EndpointName: "gone" }, "ValidationException", /^Could not find endpoint "arn:/],
    ["DescribeTrainingJob", { TrainingJobName: "gone" }, "ValidationException", "Requested resource not found."],
    [
      "DescribeProcessingJob",
      { ProcessingJobName: "gone" },
      "ValidationException",
      "Could not find requested job with name gone",
    ],
    [
      "DescribeTransformJob",
      { TransformJobName: "gone" },
      "ValidationException",
      "Could not find requested job with name gone",
    ],
    ["DescribeMonitoringSchedule", { MonitoringScheduleName: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeDataQualityJobDefinition", { JobDefinitionName: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeModelQualityJobDefinition", { JobDefinitionName: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeModelBiasJobDefinition", { JobDefinitionName: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeModelExplainabilityJobDefinition", { JobDefinitionName: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeFeatureGroup", { FeatureGroupName: "gone" }, "ResourceNotFound", /feature group with name gone/],
    ["DescribeAppImageConfig", { AppImageConfigName: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeImage", { ImageName: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeInferenceExperiment", { Name: "gone" }, "ResourceNotFound", /gone/],
    ["DescribeDomain", { DomainId: "d-gone" }, "ResourceNotFound", /d-gone/],
  ])("%s of a missing name fails as SageMaker does", async (operation, input, name, message) => {
    const error = await failure(call(new SageMakerClient(config()), sagemakerSdk, operation, input));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual([name, 400]);
    if (typeof message === "string") expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it("answers a Describe without its name with a ValidationException", async () => {
    const error = await failure(call(new SageMakerClient(config()), sagemakerSdk, "DescribeModel", {}));
    expect(error.message).toBe(
      "1 validation error detected: Value null at 'modelName' failed to satisfy constraint: Member must not be null",
    );
  });

  it("serves the region named in the SigV4 scope", async () => {
    expect(names(await new SageMakerClient(config("eu-west-1")).send(new ListNotebookInstancesCommand({})))).toEqual([
      "eu-notebook",
    ]);
    // Enabled in every account, absent from the snapshot: an empty region.
    expect(names(await new SageMakerClient(config("us-west-2")).send(new ListNotebookInstancesCommand({})))).toEqual(
      [],
    );
    // An opt-in region the account has not enabled: AWS rejects the credentials there.
    const error = await failure(new SageMakerClient(config("me-south-1")).send(new ListNotebookInstancesCommand({})));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(["UnrecognizedClientException", 400]);
  });
});

describe("identity: STS and the access key convention", () => {
  it("acts in the account an access key names, or the first account for any other key", async () => {
    const own = await new STSClient(config()).send(new GetCallerIdentityCommand({}));
    expect([own.Account, own.Arn, own.UserId]).toEqual([MANAGEMENT, `arn:aws:iam::${MANAGEMENT}:root`, MANAGEMENT]);
    const member = await new STSClient(config("us-east-1", MEMBER)).send(new GetCallerIdentityCommand({}));
    expect(member.Account).toBe(MEMBER);
    const other = new STSClient({
      ...config(),
      credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "x" },
    });
    expect((await other.send(new GetCallerIdentityCommand({}))).Account).toBe(MANAGEMENT);
  });

  it("rejects a key naming an account the snapshot does not hold", async () => {
    const stranger = new STSClient(config("us-east-1", "999988887777"));
    const error = await failure(stranger.send(new GetCallerIdentityCommand({})));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(["InvalidClientTokenId", 403]);
  });

  it("assumes a role into a member account, whose data the new credentials then see", async () => {
    const sts = new STSClient(config());
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${MEMBER}:role/mlharden-scanner`,
        RoleSessionName: "scan",
        ExternalId: "x",
      }),
    );
    expect(assumed.Credentials?.AccessKeyId).toMatch(new RegExp(`^ASIA${MEMBER}[A-Z0-9]{4}$`));
    expect(assumed.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    expect(assumed.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${MEMBER}:assumed-role/mlharden-scanner/scan`);
    const credentials = {
      accessKeyId: String(assumed.Credentials?.AccessKeyId),
      secretAccessKey: String(assumed.Credentials?.SecretAccessKey),
      sessionToken: assumed.Credentials?.SessionToken,
    };
    const me = await new STSClient({ ...config(), credentials }).send(new GetCallerIdentityCommand({}));
    expect([me.Account, me.Arn]).toEqual([MEMBER, `arn:aws:sts::${MEMBER}:assumed-role/mlharden-scanner/scan`]);
    const sagemaker = new SageMakerClient({ ...config(), credentials });
    expect(names(await sagemaker.send(new ListNotebookInstancesCommand({})))).toEqual(["member-notebook"]);
    const notebook = await sagemaker.send(
      new DescribeNotebookInstanceCommand({ NotebookInstanceName: "member-notebook" }),
    );
    expect(notebook.NotebookInstanceArn).toContain(`:${MEMBER}:`);
  });

  it("refuses AssumeRole into an account outside the snapshot, and sessions longer than the role allows", async () => {
    const sts = new STSClient(config());
    const roleArn = "arn:aws:iam::999988887777:role/mlharden-scanner";
    const denied = await failure(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "scan" })));
    expect([denied.name, denied.$metadata.httpStatusCode, denied.message]).toEqual([
      "AccessDenied",
      403,
      `User: arn:aws:iam::${MANAGEMENT}:root is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    ]);
    const scanner = `arn:aws:iam::${MANAGEMENT}:role/mlharden-scanner`;
    await sts.send(new AssumeRoleCommand({ RoleArn: scanner, RoleSessionName: "s", DurationSeconds: 7200 }));
    const tooLong = await failure(
      sts.send(new AssumeRoleCommand({ RoleArn: scanner, RoleSessionName: "s", DurationSeconds: 7201 })),
    );
    expect([tooLong.name, tooLong.$metadata.httpStatusCode]).toEqual(["ValidationError", 400]);
  });
});

describe("Organizations (JSON 1.1)", () => {
  it("lists every snapshot account from the management account, page by page", async () => {
    const client = new OrganizationsClient(config());
    const first = await client.send(new ListAccountsCommand({ MaxResults: 1 }));
    const second = await client.send(new ListAccountsCommand({ MaxResults: 1, NextToken: first.NextToken }));
    expect([...(first.Accounts ?? []), ...(second.Accounts ?? [])].map((a) => [a.Id, a.Status])).toEqual([
      [MANAGEMENT, "ACTIVE"],
      [MEMBER, "ACTIVE"],
    ]);
    expect(second.NextToken).toBeUndefined();
    expect(first.Accounts?.[0]?.JoinedTimestamp).toEqual(new Date("2026-11-28T09:00:00.000Z"));
  });

  it("refuses a member account", async () => {
    const error = await failure(new OrganizationsClient(config("us-east-1", MEMBER)).send(new ListAccountsCommand({})));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(["AccessDeniedException", 400]);
  });

  it("synthesizes an organization without a section: one root over every account, FullAWSAccess on each", async () => {
    const client = new OrganizationsClient(config());
    const { Organization } = await new OrganizationsClient(config("us-east-1", MEMBER)).send(
      new DescribeOrganizationCommand({}),
    );
    expect(Organization).toMatchObject({ Id: `o-${MANAGEMENT}`, MasterAccountId: MANAGEMENT, FeatureSet: "ALL" });
    const { Roots = [] } = await client.send(new ListRootsCommand({}));
    expect(Roots).toEqual([
      {
        Id: "r-3333",
        Arn: `arn:aws:organizations::${MANAGEMENT}:root/o-${MANAGEMENT}/r-3333`,
        Name: "Root",
        PolicyTypes: [{ Type: "SERVICE_CONTROL_POLICY", Status: "ENABLED" }],
      },
    ]);
    const under = { ParentId: "r-3333" };
    expect((await client.send(new ListOrganizationalUnitsForParentCommand(under))).OrganizationalUnits).toEqual([]);
    const { Accounts = [] } = await client.send(new ListAccountsForParentCommand(under));
    expect(Accounts.map((a) => [a.Id, a.State])).toEqual([
      [MANAGEMENT, "ACTIVE"],
      [MEMBER, "ACTIVE"],
    ]);

    const { Policies = [] } = await client.send(new ListPoliciesCommand({ Filter: "SERVICE_CONTROL_POLICY" }));
    expect(Policies).toEqual([
      {
        Id: "p-FullAWSAccess",
        Arn: "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess",
        Name: "FullAWSAccess",
        Description: "Allows access to every operation",
        Type: "SERVICE_CONTROL_POLICY",
        AwsManaged: true,
      },
    ]);
    expect((await client.send(new ListPoliciesCommand({ Filter: "TAG_POLICY" }))).Policies).toEqual([]);
    const { Policy } = await client.send(new DescribePolicyCommand({ PolicyId: "p-FullAWSAccess" }));
    expect(JSON.parse(Policy?.Content ?? "")).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
    });
    const { Targets = [] } = await client.send(new ListTargetsForPolicyCommand({ PolicyId: "p-FullAWSAccess" }));
    expect(Targets.map((t) => [t.TargetId, t.Type])).toEqual([
      ["r-3333", "ROOT"],
      [MANAGEMENT, "ACCOUNT"],
      [MEMBER, "ACCOUNT"],
    ]);
  });

  it("serves the snapshot's section: children by parent, without Parents, paged by MaxResults", async () => {
    const withOrg = generateEstate({ accounts: 5, regions: ["us-east-1"], perRegion: () => ({}), now: new Date() });
    const served = await startEmulator({ snapshot: withOrg });
    try {
      const client = new OrganizationsClient(clientConfig(served, accountIdOf(0)));
      const units = await client.send(
        new ListOrganizationalUnitsForParentCommand({ ParentId: "r-a1b2", MaxResults: 1 }),
      );
      expect(units.OrganizationalUnits?.map((u) => u.Id)).toEqual([RESTRICTED_OU]);
      const rest = await client.send(
        new ListOrganizationalUnitsForParentCommand({ ParentId: "r-a1b2", MaxResults: 1, NextToken: units.NextToken }),
      );
      expect([rest.OrganizationalUnits?.map((u) => u.Name), rest.NextToken]).toEqual([["ml-workloads"], undefined]);
      const { Accounts = [] } = await client.send(new ListAccountsForParentCommand({ ParentId: RESTRICTED_OU }));
      const expected = withOrg.organizations?.accounts?.filter((a) => a.Parents[0]?.Id === RESTRICTED_OU) ?? [];
      expect(Accounts.map(snapshotForm)).toEqual(expected.map(({ Parents: _parents, ...account }) => account));
      expect(Accounts.map((a) => a.Id)).toEqual([accountIdOf(1), accountIdOf(3)]);
      // ListAccounts keeps the snapshot's order: the order the collector wrote them in, as ListAccounts gave them.
      const listed = await client.send(new ListAccountsCommand({}));
      expect(listed.Accounts?.map((a) => a.Id)).toEqual([0, 1, 2, 3, 4].map(accountIdOf));

      const pages: number[] = [];
      for await (const page of paginateListTargetsForPolicy({ client, pageSize: 4 }, { PolicyId: "p-FullAWSAccess" })) {
        pages.push(page.Targets?.length ?? 0);
      }
      expect(pages).toEqual([4, 4]);
    } finally {
      await served.stop();
    }
  });

  it("answers as Organizations does: members denied, unknown parents and policies, malformed input", async () => {
    const client = new OrganizationsClient(config());
    const member = new OrganizationsClient(config("us-east-1", MEMBER));
    const cases: [Promise<unknown>, string, string][] = [
      [member.send(new ListRootsCommand({})), "AccessDeniedException", "You don't have permissions"],
      [
        member.send(new DescribePolicyCommand({ PolicyId: "p-FullAWSAccess" })),
        "AccessDeniedException",
        "You don't have permissions",
      ],
      [
        client.send(new ListAccountsForParentCommand({ ParentId: "ou-3333-abcdefgh" })),
        "ParentNotFoundException",
        "We can't find a root or OU with the ParentId that you specified.",
      ],
      [
        client.send(new ListAccountsForParentCommand({ ParentId: "root" })),
        "InvalidInputException",
        "You provided a value that does not match the required pattern.",
      ],
      [
        client.send(new DescribePolicyCommand({ PolicyId: "p-12345678" })),
        "PolicyNotFoundException",
        "We can't find a policy with the PolicyId that you specified.",
      ],
      [
        client.send(new ListPoliciesCommand({} as never)),
        "InvalidInputException",
        "You must include a value for all required parameters.",
      ],
      [
        client.send(new ListPoliciesCommand({ Filter: "NO_SUCH_POLICY" as never })),
        "InvalidInputException",
        "You specified an invalid value.",
      ],
      [client.send(new ListRootsCommand({ MaxResults: 21 })), "InvalidInputException", "less than or equal to 20"],
    ];
    for (const [promise, code, message] of cases) {
      const error = await failure(promise);
      expect([error.name, error.$metadata.httpStatusCode, error.message]).toEqual([
        code,
        400,
        expect.stringContaining(message),
      ]);
    }
  });

  it("answers DescribeOrganization for an account outside the section's organization as not in use", async () => {
    const section = {
      organization: { Id: "o-a1b2c3d4e5", MasterAccountId: MANAGEMENT },
      accounts: [{ Id: MANAGEMENT, Parents: [{ Id: "r-a1b2", Type: "ROOT" as const }] }],
    };
    const served = await startEmulator({ snapshot: { ...estate, organizations: section } });
    try {
      const outside = new OrganizationsClient(clientConfig(served, MEMBER));
      const error = await failure(outside.send(new DescribeOrganizationCommand({})));
      expect([error.name, error.$metadata.httpStatusCode]).toEqual(["AWSOrganizationsNotInUseException", 400]);
      // The section's accounts, with the fields a hand-written entry lacks filled in.
      const { Accounts } = await new OrganizationsClient(clientConfig(served, MANAGEMENT)).send(
        new ListAccountsCommand({}),
      );
      expect(Accounts?.map((a) => [a.Id, a.Status, a.Name])).toEqual([[MANAGEMENT, "ACTIVE", `account-${MANAGEMENT}`]]);
    } finally {
      await served.stop();
    }
  });
});

describe("EC2 (ec2Query)", () => {
  it("lists the account's enabled regions with their opt-in status", async () => {
    const { Regions } = await new EC2Client(config()).send(new DescribeRegionsCommand({}));
    expect(Regions).toEqual([
      { RegionName: "us-east-1", Endpoint: "ec2.us-east-1.amazonaws.com", OptInStatus: "opt-in-not-required" },
      { RegionName: "eu-west-1", Endpoint: "ec2.eu-west-1.amazonaws.com", OptInStatus: "opt-in-not-required" },
      { RegionName: "af-south-1", Endpoint: "ec2.af-south-1.amazonaws.com", OptInStatus: "opted-in" },
    ]);
    const all = await new EC2Client(config()).send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(all.Regions?.find((r) => r.RegionName === "me-south-1")?.OptInStatus).toBe("not-opted-in");
  });

  it("pages with MaxResults and keeps text that XML must escape", async () => {
    const client = new EC2Client(config());
    const sizes: number[] = [];
    for await (const page of paginateDescribeSubnets({ client, pageSize: 5 }, {}))
      sizes.push(page.Subnets?.length ?? 0);
    expect(sizes).toEqual([5, 2]);
    const { Vpcs } = await client.send(new DescribeVpcsCommand({}));
    expect(snapshotForm(Vpcs)).toEqual(estate.accounts[0]?.regions[0]?.ec2?.vpcs);
    expect(Vpcs?.[0]?.Tags?.[0]?.Value).toBe(AWKWARD_TEXT);
  });

  it("describes by ID, fails for unknown IDs and refuses filters", async () => {
    const client = new EC2Client(config());
    const { Subnets } = await client.send(new DescribeSubnetsCommand({ SubnetIds: ["subnet-03", "subnet-01"] }));
    expect(Subnets?.map((s) => s.SubnetId)).toEqual(["subnet-03", "subnet-01"]);
    const missing = await failure(client.send(new DescribeSubnetsCommand({ SubnetIds: ["subnet-ff"] })));
    expect([missing.name, missing.message, missing.$metadata.httpStatusCode]).toEqual([
      "InvalidSubnetID.NotFound",
      "The subnet ID 'subnet-ff' does not exist",
      400,
    ]);
    const filtered = await failure(
      client.send(new DescribeSubnetsCommand({ Filters: [{ Name: "vpc-id", Values: ["vpc-01"] }] })),
    );
    expect(filtered.name).toBe("InvalidParameterValue");
  });
});

describe("ECR and Resource Groups Tagging (JSON 1.1)", () => {
  it("describes repositories, by name too, with epoch timestamps read back as Dates", async () => {
    const client = new ECRClient(config());
    const { repositories } = await client.send(new DescribeRepositoriesCommand({}));
    expect(snapshotForm(repositories)).toEqual(estate.accounts[0]?.regions[0]?.ecr?.repositories);
    const one = await client.send(new DescribeRepositoriesCommand({ repositoryNames: ["base"] }));
    expect(one.repositories?.map((r) => r.repositoryName)).toEqual(["base"]);
    const missing = await failure(client.send(new DescribeRepositoriesCommand({ repositoryNames: ["nope"] })));
    expect(missing.name).toBe("RepositoryNotFoundException");
  });

  it("filters tagged resources by type and tag, paging with PaginationToken", async () => {
    const client = new ResourceGroupsTaggingAPIClient(config());
    const first = await client.send(
      new GetResourcesCommand({ ResourceTypeFilters: ["sagemaker"], ResourcesPerPage: 2 }),
    );
    const last = await client.send(
      new GetResourcesCommand({
        ResourceTypeFilters: ["sagemaker"],
        ResourcesPerPage: 2,
        PaginationToken: first.PaginationToken,
      }),
    );
    expect([first.ResourceTagMappingList?.length, last.ResourceTagMappingList?.length, last.PaginationToken]).toEqual([
      2,
      1,
      "",
    ]);
    const notebooks = await client.send(
      new GetResourcesCommand({
        ResourceTypeFilters: ["sagemaker:notebook-instance"],
        TagFilters: [{ Key: "owner", Values: ["ml"] }],
      }),
    );
    expect(notebooks.ResourceTagMappingList).toEqual([
      {
        ResourceARN: `arn:aws:sagemaker:us-east-1:${MANAGEMENT}:notebook-instance/nb-01`,
        Tags: [
          { Key: "owner", Value: "ml" },
          { Key: "env", Value: "prod" },
        ],
      },
    ]);
  });
});

describe("IAM (awsQuery)", () => {
  it("pages roles and policies with MaxItems/Marker and sends documents URL-encoded", async () => {
    const client = new IAMClient(config());
    const pages = [];
    let Marker: string | undefined;
    do {
      const page = await client.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 3, Marker }));
      pages.push(page);
      Marker = page.IsTruncated ? page.Marker : undefined;
    } while (Marker);
    expect(pages.map((p) => [p.RoleDetailList?.length, p.Policies?.length, p.IsTruncated])).toEqual([
      [2, 1, true],
      [0, 1, false],
    ]);
    const [role] = pages[0]?.RoleDetailList ?? [];
    expect(role?.AssumeRolePolicyDocument).toBe(encodeURIComponent('{"Version":"2012-10-17","Statement":[]}'));
    expect(role?.Tags?.[0]?.Value).toBe(AWKWARD_TEXT);
    expect(pages[1]?.Policies?.[0]?.PolicyVersionList?.[0]?.Document).toBe(
      encodeURIComponent('{"Version":"2012-10-17"}'),
    );
  });

  it("honours the entity filter", async () => {
    const client = new IAMClient(config());
    const roles = await client.send(new GetAccountAuthorizationDetailsCommand({ Filter: ["Role"] }));
    expect([roles.RoleDetailList?.length, roles.Policies?.length]).toEqual([2, 0]);
    const local = await client.send(new GetAccountAuthorizationDetailsCommand({ Filter: ["LocalManagedPolicy"] }));
    expect(local.Policies?.map((p) => p.PolicyName)).toEqual(["ml-data"]);
  });
});

describe("S3 (restXml, path-style)", () => {
  const s3 = (account = MANAGEMENT) => new S3Client({ ...config("us-east-1", account), forcePathStyle: true });

  it("lists the account's buckets with their regions, page by page", async () => {
    const first = await s3().send(new ListBucketsCommand({ MaxBuckets: 1 }));
    const second = await s3().send(
      new ListBucketsCommand({ MaxBuckets: 1, ContinuationToken: first.ContinuationToken }),
    );
    expect([...(first.Buckets ?? []), ...(second.Buckets ?? [])].map((b) => [b.Name, b.BucketRegion])).toEqual([
      ["mgmt-full", "us-east-1"],
      ["mgmt-bare", "eu-west-1"],
    ]);
    expect(first.Buckets?.[0]?.CreationDate).toEqual(new Date("2024-05-01T10:00:00.000Z"));
  });

  it("returns a bucket's policy, tags and public access block", async () => {
    const policy = await s3().send(new GetBucketPolicyCommand({ Bucket: "mgmt-full" }));
    expect(policy.Policy).toBe('{"Version":"2012-10-17","Statement":[]}');
    const tagging = await s3().send(new GetBucketTaggingCommand({ Bucket: "mgmt-full" }));
    expect(tagging.TagSet).toEqual([{ Key: "owner", Value: "ml" }]);
    const block = await s3().send(new GetPublicAccessBlockCommand({ Bucket: "mgmt-full" }));
    expect(block.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: false,
    });
  });

  it.each([
    ["GetBucketPolicy", () => new GetBucketPolicyCommand({ Bucket: "mgmt-bare" }), "NoSuchBucketPolicy"],
    ["GetBucketTagging", () => new GetBucketTaggingCommand({ Bucket: "mgmt-bare" }), "NoSuchTagSet"],
    [
      "GetPublicAccessBlock",
      () => new GetPublicAccessBlockCommand({ Bucket: "mgmt-bare" }),
      "NoSuchPublicAccessBlockConfiguration",
    ],
    ["GetBucketPolicy of an unknown bucket", () => new GetBucketPolicyCommand({ Bucket: "nobody" }), "NoSuchBucket"],
  ])("%s answers 404 %s", async (_, command, name) => {
    const error = await failure(s3().send(command() as GetBucketPolicyCommand));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual([name, 404]);
  });

  it("answers AccessDenied for another account's bucket", async () => {
    const error = await failure(s3().send(new GetBucketPolicyCommand({ Bucket: "member-bucket" })));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(["AccessDenied", 403]);
  });
});

describe("requests the emulator cannot route", () => {
  it("answers an unsigned request with MissingAuthenticationToken and an unknown operation as the service does", async () => {
    const unsigned = await fetch(emulator.url, { method: "POST", body: "{}" });
    expect([unsigned.status, (await unsigned.json()).__type]).toEqual([403, "MissingAuthenticationTokenException"]);
    const unknown = await fetch(emulator.url, {
      method: "POST",
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=AKIA${MANAGEMENT}0000/20260101/us-east-1/sagemaker/aws4_request`,
        "x-amz-target": "SageMaker.CreateNotebookInstance",
        "content-type": "application/x-amz-json-1.1",
      },
      body: "{}",
    });
    expect([unknown.status, (await unknown.json()).__type]).toEqual([400, "UnknownOperationException"]);
  });
});
