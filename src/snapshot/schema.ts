import * as z from "zod";
import { SAGEMAKER_COLLECTIONS } from "../model/resource-types.js";

/**
 * The `mlharden/snapshot@1` contract: raw AWS API responses, field names exactly as AWS SDK v3 returns them.
 * Only the fields mlharden reads are typed; every object is loose, so unknown fields are kept, not rejected.
 * Every collection is optional; an `errors` entry says a collection could not be read.
 */
export const SNAPSHOT_FORMAT = "mlharden/snapshot@1";

const str = z.string();
const bool = z.boolean();
const int = z.number().int();
/** The SDK returns Date objects; JSON carries them as ISO-8601 strings (or epoch seconds, as the AWS CLI can). */
const date = z.union([z.string(), z.number()]);
const obj = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape);
const enabledOrDisabled = z.enum(["Enabled", "Disabled"]);
const tagList = z.array(obj({ Key: str, Value: str }));

const vpcConfig = obj({ SecurityGroupIds: z.array(str).optional(), Subnets: z.array(str).optional() });
const networkConfig = obj({
  EnableInterContainerTrafficEncryption: bool.optional(),
  EnableNetworkIsolation: bool.optional(),
  VpcConfig: vpcConfig.optional(),
});
const clusterConfig = obj({
  InstanceCount: int.optional(),
  InstanceType: str.optional(),
  VolumeSizeInGB: int.optional(),
  VolumeKmsKeyId: str.optional(),
});
const imageConfig = obj({
  RepositoryAccessMode: z.enum(["Platform", "Vpc"]),
  RepositoryAuthConfig: obj({ RepositoryCredentialsProviderArn: str }).optional(),
});
const containerDefinition = obj({
  ContainerHostname: str.optional(),
  Image: str.optional(),
  ImageConfig: imageConfig.optional(),
  Mode: str.optional(),
  ModelDataUrl: str.optional(),
  ModelPackageName: str.optional(),
  Environment: z.record(str, str).optional(),
});

const notebookInstance = obj({
  NotebookInstanceArn: str,
  NotebookInstanceName: str,
  NotebookInstanceStatus: str.optional(),
  InstanceType: str.optional(),
  SubnetId: str.optional(),
  SecurityGroups: z.array(str).optional(),
  RoleArn: str.optional(),
  KmsKeyId: str.optional(),
  NetworkInterfaceId: str.optional(),
  DirectInternetAccess: enabledOrDisabled.optional(),
  RootAccess: enabledOrDisabled.optional(),
  PlatformIdentifier: str.optional(),
  InstanceMetadataServiceConfiguration: obj({ MinimumInstanceMetadataServiceVersion: str }).optional(),
  VolumeSizeInGB: int.optional(),
  CreationTime: date.optional(),
  LastModifiedTime: date.optional(),
});

const model = obj({
  ModelName: str,
  ModelArn: str,
  ExecutionRoleArn: str.optional(),
  PrimaryContainer: containerDefinition.optional(),
  Containers: z.array(containerDefinition).optional(),
  VpcConfig: vpcConfig.optional(),
  EnableNetworkIsolation: bool.optional(),
  CreationTime: date.optional(),
});

const productionVariant = obj({
  VariantName: str,
  ModelName: str.optional(),
  InitialInstanceCount: int.optional(),
  InstanceType: str.optional(),
  InitialVariantWeight: z.number().optional(),
  ServerlessConfig: obj({ MemorySizeInMB: int, MaxConcurrency: int }).optional(),
});

const endpointConfig = obj({
  EndpointConfigName: str,
  EndpointConfigArn: str,
  ProductionVariants: z.array(productionVariant).optional(),
  ShadowProductionVariants: z.array(productionVariant).optional(),
  KmsKeyId: str.optional(),
  DataCaptureConfig: obj({ DestinationS3Uri: str.optional(), KmsKeyId: str.optional() }).optional(),
  ExecutionRoleArn: str.optional(),
  VpcConfig: vpcConfig.optional(),
  EnableNetworkIsolation: bool.optional(),
  CreationTime: date.optional(),
});

const endpoint = obj({
  EndpointName: str,
  EndpointArn: str,
  EndpointConfigName: str.optional(),
  EndpointStatus: str.optional(),
  CreationTime: date.optional(),
  LastModifiedTime: date.optional(),
});

const monitoringResources = obj({ ClusterConfig: clusterConfig });

const monitoringSchedule = obj({
  MonitoringScheduleArn: str,
  MonitoringScheduleName: str,
  MonitoringScheduleStatus: str.optional(),
  MonitoringType: str.optional(),
  EndpointName: str.optional(),
  MonitoringScheduleConfig: obj({
    ScheduleConfig: obj({ ScheduleExpression: str }).optional(),
    MonitoringJobDefinition: obj({
      MonitoringResources: monitoringResources.optional(),
      NetworkConfig: networkConfig.optional(),
      RoleArn: str.optional(),
    }).optional(),
    MonitoringJobDefinitionName: str.optional(),
    MonitoringType: str.optional(),
  }).optional(),
  CreationTime: date.optional(),
});

const jobDefinition = obj({
  JobDefinitionArn: str,
  JobDefinitionName: str,
  JobResources: monitoringResources.optional(),
  NetworkConfig: networkConfig.optional(),
  RoleArn: str.optional(),
  CreationTime: date.optional(),
});

const featureGroup = obj({
  FeatureGroupArn: str,
  FeatureGroupName: str,
  FeatureGroupStatus: str.optional(),
  RoleArn: str.optional(),
  OnlineStoreConfig: obj({
    EnableOnlineStore: bool.optional(),
    SecurityConfig: obj({ KmsKeyId: str.optional() }).optional(),
    StorageType: z.enum(["Standard", "Standard_V2", "InMemory"]).optional(),
  }).optional(),
  OfflineStoreConfig: obj({
    S3StorageConfig: obj({ S3Uri: str, KmsKeyId: str.optional(), ResolvedOutputS3Uri: str.optional() }),
    DisableGlueTableCreation: bool.optional(),
  }).optional(),
  CreationTime: date.optional(),
});

const appImageConfig = obj({ AppImageConfigArn: str, AppImageConfigName: str, CreationTime: date.optional() });
const image = obj({ ImageArn: str, ImageName: str, ImageStatus: str.optional(), RoleArn: str.optional() });

const inferenceExperiment = obj({
  Arn: str,
  Name: str,
  Type: str.optional(),
  Status: str.optional(),
  RoleArn: str.optional(),
  KmsKey: str.optional(),
  EndpointMetadata: obj({ EndpointName: str }).optional(),
  DataStorageConfig: obj({ Destination: str, KmsKey: str.optional() }).optional(),
});

const domain = obj({
  DomainArn: str,
  DomainId: str.optional(),
  DomainName: str,
  AppNetworkAccessType: z.enum(["PublicInternetOnly", "VpcOnly"]).optional(),
  VpcId: str.optional(),
  SubnetIds: z.array(str).optional(),
  KmsKeyId: str.optional(),
  DefaultUserSettings: obj({ ExecutionRole: str.optional(), SecurityGroups: z.array(str).optional() }).optional(),
});

const trainingJob = obj({
  TrainingJobArn: str,
  TrainingJobName: str,
  TrainingJobStatus: str.optional(),
  RoleArn: str.optional(),
  AlgorithmSpecification: obj({ TrainingImage: str.optional(), AlgorithmName: str.optional() }).optional(),
  ResourceConfig: obj({
    InstanceCount: int.optional(),
    InstanceType: str.optional(),
    VolumeSizeInGB: int.optional(),
    VolumeKmsKeyId: str.optional(),
    InstanceGroups: z.array(obj({ InstanceCount: int, InstanceGroupName: str, InstanceType: str })).optional(),
  }).optional(),
  OutputDataConfig: obj({ S3OutputPath: str.optional(), KmsKeyId: str.optional() }).optional(),
  VpcConfig: vpcConfig.optional(),
  EnableNetworkIsolation: bool.optional(),
  EnableInterContainerTrafficEncryption: bool.optional(),
  CreationTime: date.optional(),
});

const processingJob = obj({
  ProcessingJobArn: str,
  ProcessingJobName: str,
  ProcessingJobStatus: str.optional(),
  RoleArn: str.optional(),
  AppSpecification: obj({ ImageUri: str }).optional(),
  ProcessingResources: obj({ ClusterConfig: clusterConfig }).optional(),
  ProcessingOutputConfig: obj({ Outputs: z.array(obj({ OutputName: str })), KmsKeyId: str.optional() }).optional(),
  NetworkConfig: networkConfig.optional(),
  CreationTime: date.optional(),
});

const transformJob = obj({
  TransformJobArn: str,
  TransformJobName: str,
  TransformJobStatus: str.optional(),
  ModelName: str.optional(),
  TransformResources: obj({ InstanceType: str, InstanceCount: int, VolumeKmsKeyId: str.optional() }).optional(),
  TransformOutput: obj({ S3OutputPath: str, KmsKeyId: str.optional() }).optional(),
  CreationTime: date.optional(),
});

export const sagemakerSection = obj({
  notebookInstances: z.array(notebookInstance).optional(),
  models: z.array(model).optional(),
  endpointConfigs: z.array(endpointConfig).optional(),
  endpoints: z.array(endpoint).optional(),
  monitoringSchedules: z.array(monitoringSchedule).optional(),
  dataQualityJobDefinitions: z.array(jobDefinition).optional(),
  modelQualityJobDefinitions: z.array(jobDefinition).optional(),
  modelBiasJobDefinitions: z.array(jobDefinition).optional(),
  modelExplainabilityJobDefinitions: z.array(jobDefinition).optional(),
  featureGroups: z.array(featureGroup).optional(),
  appImageConfigs: z.array(appImageConfig).optional(),
  images: z.array(image).optional(),
  inferenceExperiments: z.array(inferenceExperiment).optional(),
  domains: z.array(domain).optional(),
  trainingJobs: z.array(trainingJob).optional(),
  processingJobs: z.array(processingJob).optional(),
  transformJobs: z.array(transformJob).optional(),
});

/** IAM policy documents: the API returns URL-encoded JSON strings; hand-written snapshots may inline the object. */
const policyDocument = z.union([str, z.looseObject({})]);

const roleDetail = obj({
  Path: str.optional(),
  RoleName: str,
  RoleId: str.optional(),
  Arn: str,
  CreateDate: date.optional(),
  AssumeRolePolicyDocument: policyDocument.optional(),
  RolePolicyList: z.array(obj({ PolicyName: str, PolicyDocument: policyDocument })).optional(),
  AttachedManagedPolicies: z.array(obj({ PolicyName: str.optional(), PolicyArn: str })).optional(),
  PermissionsBoundary: obj({ PermissionsBoundaryType: str.optional(), PermissionsBoundaryArn: str }).optional(),
  Tags: tagList.optional(),
});

const managedPolicyDetail = obj({
  PolicyName: str,
  PolicyId: str.optional(),
  Arn: str,
  Path: str.optional(),
  DefaultVersionId: str.optional(),
  PolicyVersionList: z
    .array(obj({ Document: policyDocument.optional(), VersionId: str.optional(), IsDefaultVersion: bool.optional() }))
    .optional(),
});

const bucket = obj({
  Name: str,
  Region: str.optional(),
  CreationDate: date.optional(),
  Policy: str.optional(),
  Tags: tagList.optional(),
  PublicAccessBlockConfiguration: obj({
    BlockPublicAcls: bool.optional(),
    IgnorePublicAcls: bool.optional(),
    BlockPublicPolicy: bool.optional(),
    RestrictPublicBuckets: bool.optional(),
  }).optional(),
});

const ec2Section = obj({
  vpcs: z.array(obj({ VpcId: str, CidrBlock: str.optional(), IsDefault: bool.optional() })).optional(),
  subnets: z
    .array(obj({ SubnetId: str, VpcId: str, CidrBlock: str.optional(), AvailabilityZone: str.optional() }))
    .optional(),
  routeTables: z
    .array(
      obj({
        RouteTableId: str,
        VpcId: str.optional(),
        Associations: z.array(obj({ SubnetId: str.optional(), Main: bool.optional() })).optional(),
        Routes: z
          .array(
            obj({
              DestinationCidrBlock: str.optional(),
              DestinationPrefixListId: str.optional(),
              GatewayId: str.optional(),
              NatGatewayId: str.optional(),
              State: str.optional(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
  natGateways: z
    .array(obj({ NatGatewayId: str, SubnetId: str.optional(), VpcId: str.optional(), State: str.optional() }))
    .optional(),
  internetGateways: z
    .array(obj({ InternetGatewayId: str, Attachments: z.array(obj({ VpcId: str, State: str.optional() })).optional() }))
    .optional(),
  vpcEndpoints: z
    .array(
      obj({
        VpcEndpointId: str,
        VpcId: str.optional(),
        ServiceName: str,
        VpcEndpointType: str.optional(),
        State: str.optional(),
        SubnetIds: z.array(str).optional(),
        RouteTableIds: z.array(str).optional(),
        PolicyDocument: str.optional(),
      }),
    )
    .optional(),
  securityGroups: z
    .array(
      obj({
        GroupId: str,
        GroupName: str.optional(),
        VpcId: str.optional(),
        IpPermissions: z.array(z.looseObject({})).optional(),
        IpPermissionsEgress: z.array(z.looseObject({})).optional(),
      }),
    )
    .optional(),
});

const ecrSection = obj({
  repositories: z
    .array(obj({ repositoryArn: str, repositoryName: str, registryId: str.optional(), repositoryUri: str.optional() }))
    .optional(),
});

/**
 * The collections an `errors` entry may name. A misspelt name must be rejected: it would match no control, and the
 * resources it could not read would silently vanish instead of being reported NOT_ASSESSED.
 */
const EC2_COLLECTIONS = [
  "vpcs",
  "subnets",
  "routeTables",
  "natGateways",
  "internetGateways",
  "vpcEndpoints",
  "securityGroups",
  "regions",
];
const GAP_COLLECTIONS: readonly string[] = [
  ...SAGEMAKER_COLLECTIONS.map((c) => `sagemaker.${c}`),
  ...EC2_COLLECTIONS.map((c) => `ec2.${c}`),
  "ecr.repositories",
  "tags",
  "iam",
  "s3",
  "organizations",
];

export const collectionError = obj({
  service: str,
  operation: str,
  collection: z.enum(GAP_COLLECTIONS as [string, ...string[]], {
    error:
      "expected a collection name such as sagemaker.models, tags, ec2.subnets, ecr.repositories, iam, s3 or organizations",
  }),
  code: str,
  message: str,
});

const region = obj({
  region: str,
  sagemaker: sagemakerSection.optional(),
  tags: z.record(str, z.record(str, str)).optional(),
  ec2: ec2Section.optional(),
  ecr: ecrSection.optional(),
  errors: z.array(collectionError).optional(),
});

const account = obj({
  accountId: z.string().regex(/^\d{12}$/, "expected a 12-digit AWS account id"),
  partition: z.enum(["aws", "aws-cn", "aws-us-gov"]).default("aws"),
  iam: obj({ roles: z.array(roleDetail).optional(), policies: z.array(managedPolicyDetail).optional() }).optional(),
  s3: obj({ buckets: z.array(bucket).optional() }).optional(),
  /** Account-wide collections that failed (IAM, S3). */
  errors: z.array(collectionError).optional(),
  regions: z.array(region).default([]),
});

/** Organizations API responses (`collect --org`), so service control policies can cut what a role may do. */
const orgParent = obj({ Id: str, Type: z.enum(["ROOT", "ORGANIZATIONAL_UNIT"]) });
const organizationsSection = obj({
  organization: obj({ Id: str.optional(), Arn: str.optional(), MasterAccountId: str }),
  roots: z.array(obj({ Id: str, Arn: str.optional(), Name: str.optional() })).optional(),
  organizationalUnits: z
    .array(obj({ Id: str, Arn: str.optional(), Name: str.optional(), Parents: z.array(orgParent) }))
    .optional(),
  accounts: z
    .array(obj({ Id: str, Arn: str.optional(), Name: str.optional(), Parents: z.array(orgParent) }))
    .optional(),
  policies: z
    .array(
      obj({
        PolicySummary: obj({ Id: str, Arn: str.optional(), Name: str.optional(), Type: str.optional() }),
        Content: str,
        Targets: z.array(
          obj({ TargetId: str, Type: z.enum(["ACCOUNT", "ORGANIZATIONAL_UNIT", "ROOT"]), Name: str.optional() }),
        ),
      }),
    )
    .optional(),
});

export const snapshotSchema = obj({
  format: z.literal(SNAPSHOT_FORMAT),
  collectedAt: z.string(),
  accounts: z.array(account),
  organizations: organizationsSection.optional(),
  /** Collections of the whole scan that failed (`organizations`). */
  errors: z.array(collectionError).optional(),
});

export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotAccount = Snapshot["accounts"][number];
export type SnapshotRegion = SnapshotAccount["regions"][number];
export type CollectionError = z.output<typeof collectionError>;
export type SnapshotOrganizations = z.output<typeof organizationsSection>;
