import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS, type SageMakerCollection } from "../../model/resource-types.js";
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotOrganizations } from "../../snapshot/schema.js";

/**
 * Generated estates for the collector's round-trip tests and its benchmark: many accounts, regions and
 * resources, written exactly as `collect --org` writes a snapshot (every collection present, empty ones as []),
 * with items shaped like the SDK's Describe* outputs and Dates as `toISOString()` strings.
 */
export interface EstateShape {
  accounts: number;
  regions: readonly string[];
  /** SageMaker items per collection in one account-region (absent: none). */
  perRegion: (account: number, region: string) => Partial<Record<SageMakerCollection, number>>;
  /** S3 buckets and IAM roles per account. */
  buckets?: number;
  roles?: number;
  /** Jobs are created within the 30 days before this. */
  now: Date;
}

export function accountIdOf(index: number): string {
  return String(100_000_000_000 + index * 1_111);
}

const ARN_TYPE: Record<SageMakerCollection, string> = {
  notebookInstances: "notebook-instance",
  models: "model",
  endpointConfigs: "endpoint-config",
  endpoints: "endpoint",
  monitoringSchedules: "monitoring-schedule",
  dataQualityJobDefinitions: "data-quality-job-definition",
  modelQualityJobDefinitions: "model-quality-job-definition",
  modelBiasJobDefinitions: "model-bias-job-definition",
  modelExplainabilityJobDefinitions: "model-explainability-job-definition",
  featureGroups: "feature-group",
  appImageConfigs: "app-image-config",
  images: "image",
  inferenceExperiments: "inference-experiment",
  domains: "domain",
  trainingJobs: "training-job",
  processingJobs: "processing-job",
  transformJobs: "transform-job",
};

type Item = Record<string, unknown>;

export function generateEstate(shape: EstateShape): Snapshot {
  const accounts = Array.from({ length: shape.accounts }, (_, a) => {
    const accountId = accountIdOf(a);
    return {
      accountId,
      partition: "aws" as const,
      iam: { roles: range(shape.roles ?? 2, (i) => role(accountId, i)), policies: [managedPolicy(accountId)] },
      s3: {
        buckets: range(shape.buckets ?? 3, (i) =>
          bucket(accountId, shape.regions[i % shape.regions.length] ?? "us-east-1", i),
        ),
      },
      regions: shape.regions.map((region) => regionOf(shape, a, accountId, region)),
    };
  });
  return {
    format: SNAPSHOT_FORMAT,
    collectedAt: shape.now.toISOString(),
    accounts,
    organizations: organization(accounts.map((a) => a.accountId)),
  } as Snapshot;
}

/** The bucket of each account that the `RESTRICTED_OU`'s SCP keeps its accounts from reading. */
export const restrictedBucket = (accountId: string) => `ml-data-${accountId}-1`;
export const RESTRICTED_OU = "ou-a1b2-11111111";
const WORKLOADS_OU = "ou-a1b2-22222222";

/**
 * The organization as Organizations describes it: the first account manages it from the root; the odd accounts
 * sit in the `ml-restricted` OU, whose SCP denies s3:GetObject on each account's restricted bucket; the others in
 * `ml-workloads`. FullAWSAccess is attached to the root, each OU and each account, as AWS attaches it. Accounts are
 * in the order the collector lists them: breadth first from the root.
 */
function organization(accountIds: string[]): SnapshotOrganizations {
  const [management = ""] = accountIds;
  const orgId = "o-a1b2c3d4e5";
  const arn = (resource: string) => `arn:aws:organizations::${management}:${resource}`;
  const scps = [{ Type: "SERVICE_CONTROL_POLICY", Status: "ENABLED" }];
  const root = { Id: "r-a1b2", Arn: arn(`root/${orgId}/r-a1b2`), Name: "Root" };
  const restricted = { Id: RESTRICTED_OU, Arn: arn(`ou/${orgId}/${RESTRICTED_OU}`), Name: "ml-restricted" };
  const units = [restricted, { Id: WORKLOADS_OU, Arn: arn(`ou/${orgId}/${WORKLOADS_OU}`), Name: "ml-workloads" }];
  const parentOf = (i: number) =>
    i === 0
      ? { Id: root.Id, Type: "ROOT" as const }
      : { Id: i % 2 === 1 ? RESTRICTED_OU : WORKLOADS_OU, Type: "ORGANIZATIONAL_UNIT" as const };
  const indexes = range(accountIds.length, (i) => i);
  const order = [0, ...indexes.filter((i) => i % 2 === 1), ...indexes.filter((i) => i > 0 && i % 2 === 0)];
  const accounts = order.map((i) => {
    const id = accountIds[i] ?? "";
    return {
      Id: id,
      Arn: arn(`account/${orgId}/${id}`),
      Email: `aws+ml-${i}@example.com`,
      Name: `ml-${i}`,
      Status: "ACTIVE",
      State: "ACTIVE",
      JoinedMethod: i === 0 ? "INVITED" : "CREATED",
      JoinedTimestamp: "2024-01-15T10:00:00.000Z",
      Parents: [parentOf(i)],
    };
  });
  const target = (
    item: { Id: string; Arn: string; Name: string },
    Type: "ROOT" | "ORGANIZATIONAL_UNIT" | "ACCOUNT",
  ) => ({
    TargetId: item.Id,
    Arn: item.Arn,
    Name: item.Name,
    Type,
  });
  return {
    organization: {
      Id: orgId,
      Arn: arn(`organization/${orgId}`),
      FeatureSet: "ALL",
      MasterAccountArn: arn(`account/${orgId}/${management}`),
      MasterAccountId: management,
      MasterAccountEmail: "aws+ml-0@example.com",
      AvailablePolicyTypes: scps,
    },
    roots: [{ ...root, PolicyTypes: scps }],
    organizationalUnits: units.map((unit) => ({ ...unit, Parents: [{ Id: root.Id, Type: "ROOT" as const }] })),
    accounts,
    policies: [
      {
        PolicySummary: {
          Id: "p-FullAWSAccess",
          Arn: "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess",
          Name: "FullAWSAccess",
          Description: "Allows access to every operation",
          Type: "SERVICE_CONTROL_POLICY",
          AwsManaged: true,
        },
        Content: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
        }),
        Targets: [
          target(root, "ROOT"),
          ...units.map((unit) => target(unit, "ORGANIZATIONAL_UNIT")),
          ...accounts.map((account) => target(account, "ACCOUNT")),
        ],
      },
      {
        PolicySummary: {
          Id: "p-restrictdata",
          Arn: arn(`policy/${orgId}/service_control_policy/p-restrictdata`),
          Name: "deny-restricted-data-read",
          Description: "No reads of the restricted buckets",
          Type: "SERVICE_CONTROL_POLICY",
          AwsManaged: false,
        },
        Content: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "NoRestrictedReads",
              Effect: "Deny",
              Action: "s3:GetObject",
              Resource: `arn:aws:s3:::${restrictedBucket("*")}/*`,
            },
          ],
        }),
        Targets: [target(restricted, "ORGANIZATIONAL_UNIT")],
      },
    ],
  };
}

function regionOf(shape: EstateShape, a: number, accountId: string, region: string) {
  const counts = shape.perRegion(a, region);
  const ctx = { accountId, region, now: shape.now };
  const sagemaker: Record<string, Item[]> = {};
  const tags: Record<string, Record<string, string>> = {};
  for (const collection of SAGEMAKER_COLLECTIONS) {
    sagemaker[collection] = range(counts[collection] ?? 0, (i) => {
      const item = sageMakerItem(collection, ctx, i);
      const arn = String(item[SAGEMAKER_KINDS[collection].arnField]);
      if (i % 2 === 0) tags[arn] = { team: `team-${i % 5}`, environment: i % 4 === 0 ? "prod" : "dev" };
      return item;
    });
  }
  return { region, sagemaker, tags, ec2: vpcContext(accountId, region), ecr: { repositories: [repository(ctx)] } };
}

interface Ctx {
  accountId: string;
  region: string;
  now: Date;
}

const iso = (date: Date) => date.toISOString();
const daysBefore = (now: Date, days: number, i: number) => new Date(now.getTime() - days * 86_400_000 - i * 61_000);
const roleArn = (ctx: Ctx) => `arn:aws:iam::${ctx.accountId}:role/service-role/AmazonSageMaker-ExecutionRole-ml`;
const image = (ctx: Ctx, repo: string) =>
  `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com/${repo}:1.${ctx.region.length}`;
const subnet = (ctx: Ctx, i: number) => `subnet-0${ctx.accountId.slice(-6)}${i % 2}`;
const vpcConfig = (ctx: Ctx, i: number) => ({
  SecurityGroupIds: [`sg-0${ctx.accountId.slice(-8)}a`],
  Subnets: [subnet(ctx, i)],
});
const clusterConfig = { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 20 };

function sageMakerItem(collection: SageMakerCollection, ctx: Ctx, i: number): Item {
  const kind = SAGEMAKER_KINDS[collection];
  const name = `${ARN_TYPE[collection]}-${i}`;
  const arn = `arn:aws:sagemaker:${ctx.region}:${ctx.accountId}:${ARN_TYPE[collection]}/${name}`;
  const created = iso(daysBefore(ctx.now, 3, i));
  const base: Item = { [kind.nameField]: name, [kind.arnField]: arn };
  switch (collection) {
    case "notebookInstances":
      return {
        ...base,
        NotebookInstanceStatus: "InService",
        InstanceType: "ml.t3.medium",
        SubnetId: subnet(ctx, i),
        SecurityGroups: [`sg-0${ctx.accountId.slice(-8)}a`],
        RoleArn: roleArn(ctx),
        DirectInternetAccess: i % 3 === 0 ? "Enabled" : "Disabled",
        RootAccess: i % 2 === 0 ? "Enabled" : "Disabled",
        PlatformIdentifier: "notebook-al2-v3",
        InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" },
        VolumeSizeInGB: 5,
        CreationTime: created,
        LastModifiedTime: created,
      };
    case "models":
      return {
        ...base,
        PrimaryContainer: {
          Image: image(ctx, "inference"),
          Mode: "SingleModel",
          ModelDataUrl: `s3://models/${name}.tar.gz`,
        },
        ExecutionRoleArn: roleArn(ctx),
        VpcConfig: vpcConfig(ctx, i),
        EnableNetworkIsolation: i % 2 === 0,
        CreationTime: created,
      };
    case "endpointConfigs":
      return {
        ...base,
        ProductionVariants: [
          {
            VariantName: "AllTraffic",
            ModelName: `model-${i}`,
            InitialInstanceCount: 1 + (i % 3),
            InstanceType: "ml.m5.large",
            InitialVariantWeight: 1,
          },
        ],
        ...(i % 2 === 0 ? { KmsKeyId: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/0000-${i}` } : {}),
        CreationTime: created,
      };
    case "endpoints":
      return {
        ...base,
        EndpointConfigName: `endpoint-config-${i}`,
        EndpointStatus: "InService",
        CreationTime: created,
        LastModifiedTime: created,
      };
    case "monitoringSchedules":
      return {
        ...base,
        MonitoringScheduleStatus: "Scheduled",
        MonitoringType: "DataQuality",
        EndpointName: `endpoint-${i}`,
        MonitoringScheduleConfig: {
          ScheduleConfig: { ScheduleExpression: "cron(0 * ? * * *)" },
          MonitoringJobDefinitionName: `data-quality-job-definition-${i}`,
          MonitoringType: "DataQuality",
        },
        CreationTime: created,
        LastModifiedTime: created,
      };
    case "dataQualityJobDefinitions":
    case "modelQualityJobDefinitions":
    case "modelBiasJobDefinitions":
    case "modelExplainabilityJobDefinitions":
      return {
        ...base,
        JobResources: { ClusterConfig: clusterConfig },
        NetworkConfig: {
          EnableInterContainerTrafficEncryption: i % 2 === 0,
          EnableNetworkIsolation: i % 3 === 0,
          VpcConfig: vpcConfig(ctx, i),
        },
        RoleArn: roleArn(ctx),
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        CreationTime: created,
      };
    case "featureGroups":
      return {
        ...base,
        FeatureGroupStatus: "Created",
        RecordIdentifierFeatureName: "id",
        EventTimeFeatureName: "event_time",
        FeatureDefinitions: [
          { FeatureName: "id", FeatureType: "String" },
          { FeatureName: "event_time", FeatureType: "Fractional" },
        ],
        OnlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: { KmsKeyId: `alias/fs-${i}` } },
        RoleArn: roleArn(ctx),
        CreationTime: created,
      };
    case "appImageConfigs":
      return {
        ...base,
        KernelGatewayImageConfig: { KernelSpecs: [{ Name: "python3" }] },
        CreationTime: created,
        LastModifiedTime: created,
      };
    case "images":
      return {
        ...base,
        ImageStatus: "CREATED",
        RoleArn: roleArn(ctx),
        CreationTime: created,
        LastModifiedTime: created,
      };
    case "inferenceExperiments":
      return {
        ...base,
        Arn: arn,
        Name: name,
        Type: "ShadowMode",
        Status: "Completed",
        RoleArn: roleArn(ctx),
        EndpointMetadata: {
          EndpointName: `endpoint-${i}`,
          EndpointConfigName: `endpoint-config-${i}`,
          EndpointStatus: "InService",
        },
        ModelVariants: [
          {
            ModelName: `model-${i}`,
            VariantName: "shadow",
            InfrastructureConfig: {
              InfrastructureType: "RealTimeInference",
              RealTimeInferenceConfig: { InstanceType: "ml.m5.large", InstanceCount: 1 },
            },
          },
        ],
        CreationTime: created,
      };
    case "domains":
      return {
        DomainArn: `arn:aws:sagemaker:${ctx.region}:${ctx.accountId}:domain/d-${ctx.accountId.slice(-6)}${i}`,
        DomainId: `d-${ctx.accountId.slice(-6)}${i}`,
        DomainName: name,
        Status: "InService",
        AuthMode: "IAM",
        AppNetworkAccessType: i % 2 === 0 ? "VpcOnly" : "PublicInternetOnly",
        VpcId: `vpc-0${ctx.accountId.slice(-8)}`,
        SubnetIds: [subnet(ctx, 0), subnet(ctx, 1)],
        DefaultUserSettings: { ExecutionRole: roleArn(ctx), SecurityGroups: [`sg-0${ctx.accountId.slice(-8)}a`] },
        CreationTime: created,
      };
    case "trainingJobs":
      return {
        ...base,
        TrainingJobStatus: "Completed",
        SecondaryStatus: "Completed",
        RoleArn: roleArn(ctx),
        AlgorithmSpecification: { TrainingImage: image(ctx, "training"), TrainingInputMode: "File" },
        ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30 },
        OutputDataConfig: { S3OutputPath: `s3://training/${name}/` },
        StoppingCondition: { MaxRuntimeInSeconds: 86_400 },
        EnableNetworkIsolation: i % 2 === 0,
        EnableInterContainerTrafficEncryption: i % 3 === 0,
        CreationTime: iso(daysBefore(ctx.now, 1 + (i % 20), i)),
      };
    case "processingJobs":
      return {
        ...base,
        ProcessingJobStatus: "Completed",
        RoleArn: roleArn(ctx),
        AppSpecification: { ImageUri: image(ctx, "processing") },
        ProcessingResources: { ClusterConfig: clusterConfig },
        NetworkConfig: { EnableNetworkIsolation: i % 2 === 0 },
        CreationTime: iso(daysBefore(ctx.now, 1 + (i % 20), i)),
      };
    case "transformJobs":
      return {
        ...base,
        TransformJobStatus: "Completed",
        ModelName: `model-${i}`,
        TransformResources: { InstanceType: "ml.m5.large", InstanceCount: 1 },
        TransformOutput: { S3OutputPath: `s3://transform/${name}/` },
        CreationTime: iso(daysBefore(ctx.now, 1 + (i % 20), i)),
      };
  }
}

/** URL-encoded, as GetAccountAuthorizationDetails returns policy documents. */
const urlEncoded = (document: object) => encodeURIComponent(JSON.stringify(document));

function role(accountId: string, i: number): Item {
  return {
    Path: "/service-role/",
    RoleName: `ml-role-${i}`,
    RoleId: `AROA${accountId}${String(i).padStart(5, "0")}`,
    Arn: `arn:aws:iam::${accountId}:role/service-role/ml-role-${i}`,
    CreateDate: "2024-03-11T12:00:00.000Z",
    AssumeRolePolicyDocument: urlEncoded({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }],
    }),
    InstanceProfileList: [],
    RolePolicyList: [
      {
        PolicyName: "inline",
        PolicyDocument: urlEncoded({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
        }),
      },
    ],
    AttachedManagedPolicies: [{ PolicyName: "ml-access", PolicyArn: `arn:aws:iam::${accountId}:policy/ml-access` }],
    Tags: [],
  };
}

function managedPolicy(accountId: string): Item {
  return {
    PolicyName: "ml-access",
    PolicyId: `ANPA${accountId}00000`,
    Arn: `arn:aws:iam::${accountId}:policy/ml-access`,
    Path: "/",
    DefaultVersionId: "v1",
    AttachmentCount: 1,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: "2024-03-11T12:00:00.000Z",
    UpdateDate: "2024-03-11T12:00:00.000Z",
    PolicyVersionList: [
      {
        Document: urlEncoded({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "sagemaker:*", Resource: "*" }],
        }),
        VersionId: "v1",
        IsDefaultVersion: true,
        CreateDate: "2024-03-11T12:00:00.000Z",
      },
    ],
  };
}

/** Every third bucket has no policy, every other one no tags, every fourth no public-access block. */
function bucket(accountId: string, region: string, i: number): Item {
  const name = `ml-data-${accountId}-${i}`;
  return {
    Name: name,
    CreationDate: "2023-11-07T10:22:15.000Z",
    Region: region,
    ...(i % 3 === 0
      ? {}
      : {
          Policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: `arn:aws:s3:::${name}/*`,
                Condition: { Bool: { "aws:SecureTransport": "false" } },
              },
            ],
          }),
        }),
    ...(i % 2 === 0 ? {} : { Tags: [{ Key: "data-classification", Value: "internal" }] }),
    ...(i % 4 === 0
      ? {}
      : {
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        }),
  };
}

function vpcContext(accountId: string, region: string): Record<string, Item[]> {
  const vpc = `vpc-0${accountId.slice(-8)}`;
  const ctx = { accountId, region, now: new Date(0) };
  return {
    vpcs: [{ VpcId: vpc, CidrBlock: "10.0.0.0/16", IsDefault: false, State: "available", OwnerId: accountId }],
    subnets: [0, 1].map((i) => ({
      SubnetId: subnet(ctx, i),
      VpcId: vpc,
      CidrBlock: `10.0.${i}.0/24`,
      AvailabilityZone: `${region}${i === 0 ? "a" : "b"}`,
      State: "available",
      OwnerId: accountId,
    })),
    routeTables: [
      {
        RouteTableId: `rtb-0${accountId.slice(-8)}`,
        VpcId: vpc,
        Associations: [
          {
            Main: true,
            RouteTableAssociationId: `rtbassoc-0${accountId.slice(-8)}`,
            RouteTableId: `rtb-0${accountId.slice(-8)}`,
          },
        ],
        Routes: [
          { DestinationCidrBlock: "10.0.0.0/16", GatewayId: "local", Origin: "CreateRouteTable", State: "active" },
        ],
        PropagatingVgws: [],
        OwnerId: accountId,
      },
    ],
    natGateways: [],
    internetGateways: [
      {
        InternetGatewayId: `igw-0${accountId.slice(-8)}`,
        Attachments: [{ State: "available", VpcId: vpc }],
        OwnerId: accountId,
      },
    ],
    vpcEndpoints: [
      {
        VpcEndpointId: `vpce-0${accountId.slice(-8)}`,
        VpcEndpointType: "Interface",
        VpcId: vpc,
        ServiceName: `com.amazonaws.${region}.sagemaker.api`,
        State: "available",
        SubnetIds: [subnet(ctx, 0)],
        RouteTableIds: [],
        PrivateDnsEnabled: true,
        CreationTimestamp: "2024-02-26T15:52:31.000Z",
        OwnerId: accountId,
      },
    ],
    securityGroups: [
      {
        GroupId: `sg-0${accountId.slice(-8)}a`,
        GroupName: "ml",
        Description: "SageMaker",
        VpcId: vpc,
        OwnerId: accountId,
        IpPermissions: [],
        IpPermissionsEgress: [
          {
            IpProtocol: "-1",
            IpRanges: [{ CidrIp: "0.0.0.0/0" }],
            Ipv6Ranges: [],
            PrefixListIds: [],
            UserIdGroupPairs: [],
          },
        ],
      },
    ],
  };
}

function repository(ctx: Ctx): Item {
  return {
    repositoryArn: `arn:aws:ecr:${ctx.region}:${ctx.accountId}:repository/inference`,
    registryId: ctx.accountId,
    repositoryName: "inference",
    repositoryUri: `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com/inference`,
    createdAt: "2024-06-03T09:12:44.000Z",
    imageTagMutability: "IMMUTABLE",
  };
}

function range<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}
