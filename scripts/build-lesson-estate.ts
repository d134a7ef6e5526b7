// Writes examples/estates/lesson.json, the bundled example estate: a fintech ML platform as mlharden's collector
// would snapshot it. Every item is typed with the AWS SDK v3 output shape it stands for, so a misspelt field fails
// type-checking, and its Dates serialize exactly as JSON.stringify serializes the SDK's own Date objects.
// Run: npx tsx scripts/build-lesson-estate.ts
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type {
  Tag as Ec2Tag,
  InternetGateway,
  NatGateway,
  RouteTable,
  SecurityGroup,
  Subnet,
  Vpc,
  VpcEndpoint,
} from "@aws-sdk/client-ec2";
import type { Repository as EcrRepository } from "@aws-sdk/client-ecr";
import type { ManagedPolicyDetail, RoleDetail } from "@aws-sdk/client-iam";
import type {
  Account,
  Organization,
  OrganizationalUnit,
  Parent,
  PolicySummary,
  PolicyTargetSummary,
  Root,
} from "@aws-sdk/client-organizations";
import type { PublicAccessBlockConfiguration, Tag as S3Tag } from "@aws-sdk/client-s3";
import type {
  ContainerDefinition,
  DescribeAppImageConfigResponse,
  DescribeDataQualityJobDefinitionResponse,
  DescribeDomainResponse,
  DescribeEndpointConfigOutput,
  DescribeEndpointOutput,
  DescribeFeatureGroupResponse,
  DescribeImageResponse,
  DescribeInferenceExperimentResponse,
  DescribeModelBiasJobDefinitionResponse,
  DescribeModelExplainabilityJobDefinitionResponse,
  DescribeModelOutput,
  DescribeModelQualityJobDefinitionResponse,
  DescribeMonitoringScheduleResponse,
  DescribeNotebookInstanceOutput,
  DescribeProcessingJobResponse,
  DescribeTrainingJobResponse,
  DescribeTransformJobResponse,
  FeatureDefinition,
  MonitoringJobDefinition,
  SecondaryStatusTransition,
} from "@aws-sdk/client-sagemaker";
import { EC2_OPERATIONS } from "../src/collect/operations.js";
import { SAGEMAKER_COLLECTIONS, type SageMakerCollection } from "../src/model/resource-types.js";
import { validateSnapshot } from "../src/snapshot/load.js";
import type { CollectionError } from "../src/snapshot/schema.js";

export const LESSON_ESTATE = "examples/estates/lesson.json";

const PROD = "111122223333"; // "ml-prod"
const SANDBOX = "444455556666"; // "ml-sandbox"
const US_EAST_1 = "us-east-1";
const EU_WEST_1 = "eu-west-1";

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const at = (iso: string): Date => new Date(iso);
const plus = (date: Date, seconds: number): Date => new Date(date.getTime() + seconds * 1000);

/** A stable, real-looking sha256 digest for an image reference. */
const digest = (seed: string): string => `sha256:${createHash("sha256").update(seed).digest("hex")}`;

/** IAM returns policy documents URL-encoded per RFC 3986: every character but A–Z a–z 0–9 - . _ ~ is escaped. */
function iamDocument(document: object): string {
  return encodeURIComponent(JSON.stringify(document)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** IAM ids (AROA…, ANPA…): a prefix and 17 base32 characters, derived from the name so the output is stable. */
function iamId(prefix: string, seed: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bytes = createHash("sha256").update(seed).digest();
  return prefix + Array.from(bytes.subarray(0, 17), (b) => alphabet[b % 32]).join("");
}

/**
 * A value exactly as the API puts it on the wire where that differs from the SDK's enum: DescribeVpcEndpoints
 * reports `State: "available"` and DescribeInternetGateways attachment `State: "available"`.
 */
const asReturned = <T>(value: string): T => value as T;

const ec2Name = (name: string, extra: Ec2Tag[] = []): Ec2Tag[] => [{ Key: "Name", Value: name }, ...extra];

/** An ARN-addressed builder for one account and region. */
function scope(account: string, region: string) {
  return {
    account,
    region,
    sm: (kind: string, name: string) => `arn:aws:sagemaker:${region}:${account}:${kind}/${name}`,
    kms: (keyId: string) => `arn:aws:kms:${region}:${account}:key/${keyId}`,
    ecr: (repository: string) => `${account}.dkr.ecr.${region}.amazonaws.com/${repository}`,
  };
}

const prodUs = scope(PROD, US_EAST_1);
const prodEu = scope(PROD, EU_WEST_1);
const sandboxUs = scope(SANDBOX, US_EAST_1);
const sandboxEu = scope(SANDBOX, EU_WEST_1);

// KMS keys (customer managed)
const KEY_PROD_US = prodUs.kms("6f1c2a7e-3b4d-4e8f-9a0b-1c2d3e4f5a6b"); // alias/ml-prod-sagemaker
const KEY_DATALAKE_US = prodUs.kms("0b7e9d3c-8a21-4f6e-b5c4-d3e2f1a0b9c8"); // alias/ml-prod-datalake
const KEY_PROD_EU = prodEu.kms("9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0"); // alias/ml-prod-sagemaker-eu
const KEY_SANDBOX_US = sandboxUs.kms("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"); // alias/ml-sandbox

// IAM roles
const ROLE_CONSOLE = `arn:aws:iam::${PROD}:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000`;
const ROLE_FRAUD = `arn:aws:iam::${PROD}:role/ml/fraud-model-prod-execution`;
const ROLE_FEATURES = `arn:aws:iam::${PROD}:role/ml/ml-feature-pipeline`;
const ROLE_MONITOR = `arn:aws:iam::${PROD}:role/ml/sagemaker-model-monitor`;
const ROLE_STUDIO = `arn:aws:iam::${PROD}:role/ml/ml-prod-studio-user`;
const ROLE_SANDBOX_CONSOLE = `arn:aws:iam::${SANDBOX}:role/service-role/AmazonSageMaker-ExecutionRole-20250602T091455`;
const ROLE_SANDBOX_NO_S3 = `arn:aws:iam::${SANDBOX}:role/sandbox-notebook-no-s3`;

// Container images
const XGB_BUILTIN_US = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
const SKLEARN_BUILTIN_US = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3";
const DLC_PYTORCH_TRAINING_US =
  "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker";
const DLC_TGI_US =
  "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.3.0-tgi2.2.0-gpu-py310-cu121-ubuntu22.04";
const DLC_PYTORCH_INFERENCE_EU =
  "763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference:2.3.0-cpu-py311-ubuntu20.04-sagemaker";
const MODEL_MONITOR_US = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer";
const CLARIFY_US = "205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0";
const INTERNAL_REGISTRY = "registry.ml-prod.internal:5000";
const REGISTRY_CREDENTIALS = `arn:aws:lambda:us-east-1:${PROD}:function:ml-registry-credentials`;

// ---------------------------------------------------------------------------------------------------------------
// Builders for the repetitive parts of Describe* outputs

/** The SecondaryStatusTransitions of a job that completed normally. */
function completedTransitions(start: Date, end: Date): SecondaryStatusTransition[] {
  const t1 = plus(start, 95);
  const t2 = plus(start, 180);
  const t3 = plus(end, -40);
  return [
    { Status: "Starting", StartTime: start, EndTime: t1, StatusMessage: "Preparing the instances for training" },
    { Status: "Downloading", StartTime: t1, EndTime: t2, StatusMessage: "Downloading input data" },
    {
      Status: "Training",
      StartTime: t2,
      EndTime: t3,
      StatusMessage: "Training image download completed. Training in progress.",
    },
    { Status: "Uploading", StartTime: t3, EndTime: end, StatusMessage: "Uploading generated training model" },
    { Status: "Completed", StartTime: end, EndTime: end, StatusMessage: "Training job completed" },
  ];
}

/**
 * The service model marks DescribeFeatureGroup's NextToken as required, but it only pages FeatureDefinitions (2,500 a
 * page) and describes no setting of the feature group; the collector keeps a single page, so it is left out.
 */
type FeatureGroupItem = Omit<DescribeFeatureGroupResponse, "NextToken">;

const FRAUD_FEATURES: FeatureDefinition[] = [
  { FeatureName: "transaction_id", FeatureType: "String" },
  { FeatureName: "event_time", FeatureType: "String" },
  { FeatureName: "card_id", FeatureType: "String" },
  { FeatureName: "amount", FeatureType: "Fractional" },
  { FeatureName: "merchant_category_code", FeatureType: "Integral" },
  { FeatureName: "amount_zscore_30d", FeatureType: "Fractional" },
  { FeatureName: "is_cross_border", FeatureType: "Integral" },
];

/** The Model Monitor analyzer environment the SageMaker Python SDK writes for captured endpoint traffic. */
const MONITOR_ENVIRONMENT = {
  dataset_format: '{"sagemakerCaptureJson":{"captureIndexNames":["endpointInput","endpointOutput"]}}',
  dataset_source: "/opt/ml/processing/input/endpoint",
  output_path: "/opt/ml/processing/output",
  publish_cloudwatch_metrics: "Enabled",
};

// ---------------------------------------------------------------------------------------------------------------
// 111122223333 ml-prod / us-east-1: the lesson's region

const PROD_VPC = "vpc-0f3a9c2e7b1d45a86";
const PROD_PRIVATE_A = "subnet-0ab12cd34";
const PROD_PRIVATE_B = "subnet-0ab12cd56";
const PROD_PUBLIC_A = "subnet-0ab12ce78";
const SG_NOTEBOOKS = "sg-0c8a3f1e9b2d47a60";
const SG_JOBS = "sg-05e9d1b3a7c2f4e81";
const SG_INFERENCE = "sg-03b6d8f1a2c4e9075";
const SG_ENDPOINTS = "sg-0a7f2e4c9b1d36e52";
const SG_STUDIO = "sg-0b2d4f6a8c1e39d74";
const PROD_VPC_CONFIG = { SecurityGroupIds: [SG_JOBS], Subnets: [PROD_PRIVATE_A, PROD_PRIVATE_B] };
const PROD_INFERENCE_VPC = { SecurityGroupIds: [SG_INFERENCE], Subnets: [PROD_PRIVATE_A, PROD_PRIVATE_B] };

const ARTIFACTS = "s3://fintech-ml-prod-model-artifacts-us-east-1";
const MONITORING = "s3://fintech-ml-prod-monitoring-us-east-1";
const DATALAKE = "s3://fintech-ml-prod-datalake-us-east-1";
const FEATURE_STORE = "s3://fintech-ml-prod-feature-store-us-east-1";

function prodUsNotebooks(): DescribeNotebookInstanceOutput[] {
  return [
    {
      NotebookInstanceArn: prodUs.sm("notebook-instance", "ml-feature-exploration"),
      NotebookInstanceName: "ml-feature-exploration",
      NotebookInstanceStatus: "InService",
      Url: "ml-feature-exploration.notebook.us-east-1.sagemaker.aws",
      InstanceType: "ml.t3.xlarge",
      IpAddressType: "ipv4",
      RoleArn: ROLE_CONSOLE,
      LastModifiedTime: at("2026-11-24T08:02:19.604Z"),
      CreationTime: at("2024-03-11T12:06:41.227Z"),
      NotebookInstanceLifecycleConfigName: "install-conda-envs",
      DirectInternetAccess: "Enabled",
      VolumeSizeInGB: 50,
      DefaultCodeRepository: "https://git-codecommit.us-east-1.amazonaws.com/v1/repos/feature-exploration",
      RootAccess: "Enabled",
      PlatformIdentifier: "notebook-al2-v3",
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" },
    },
    {
      NotebookInstanceArn: prodUs.sm("notebook-instance", "shared-training-box"),
      NotebookInstanceName: "shared-training-box",
      NotebookInstanceStatus: "InService",
      Url: "shared-training-box.notebook.us-east-1.sagemaker.aws",
      InstanceType: "ml.g4dn.2xlarge",
      IpAddressType: "ipv4",
      RoleArn: ROLE_CONSOLE,
      LastModifiedTime: at("2026-11-26T17:45:03.118Z"),
      CreationTime: at("2024-09-02T10:31:57.540Z"),
      DirectInternetAccess: "Enabled",
      VolumeSizeInGB: 200,
      RootAccess: "Enabled",
      PlatformIdentifier: "notebook-al2023-v1",
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" },
    },
    {
      NotebookInstanceArn: prodUs.sm("notebook-instance", "fraud-model-prod"),
      NotebookInstanceName: "fraud-model-prod",
      NotebookInstanceStatus: "InService",
      Url: "fraud-model-prod.notebook.us-east-1.sagemaker.aws",
      InstanceType: "ml.m5.xlarge",
      IpAddressType: "ipv4",
      SubnetId: PROD_PRIVATE_A,
      SecurityGroups: [SG_NOTEBOOKS],
      RoleArn: ROLE_FRAUD,
      KmsKeyId: KEY_PROD_US,
      NetworkInterfaceId: "eni-0f1e2d3c4b5a69788",
      LastModifiedTime: at("2026-10-05T07:12:44.951Z"),
      CreationTime: at("2025-07-14T09:20:11.306Z"),
      DirectInternetAccess: "Disabled",
      VolumeSizeInGB: 100,
      DefaultCodeRepository: "https://git-codecommit.us-east-1.amazonaws.com/v1/repos/fraud-model",
      RootAccess: "Disabled",
      PlatformIdentifier: "notebook-al2023-v1",
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" },
    },
  ];
}

function prodUsModels(): DescribeModelOutput[] {
  const fraudXgb = (version: string, imageTag: string, isolated: boolean, created: string): DescribeModelOutput => ({
    ModelName: `fraud-xgb-${version}`,
    PrimaryContainer: {
      Image: prodUs.ecr(`fraud/xgboost-inference:${imageTag}`),
      Mode: "SingleModel",
      ModelDataUrl: `${ARTIFACTS}/fraud/xgb/${version}/output/model.tar.gz`,
      Environment: { SAGEMAKER_CONTAINER_LOG_LEVEL: "20", SAGEMAKER_REGION: "us-east-1" },
    },
    ExecutionRoleArn: ROLE_FRAUD,
    VpcConfig: PROD_INFERENCE_VPC,
    CreationTime: at(created),
    ModelArn: prodUs.sm("model", `fraud-xgb-${version}`),
    EnableNetworkIsolation: isolated,
  });
  const registryContainer = (hostname: string, image: string, modelData: string): ContainerDefinition => ({
    ContainerHostname: hostname,
    Image: `${INTERNAL_REGISTRY}/${image}`,
    ImageConfig: {
      RepositoryAccessMode: "Vpc",
      RepositoryAuthConfig: { RepositoryCredentialsProviderArn: REGISTRY_CREDENTIALS },
    },
    Mode: "SingleModel",
    ModelDataUrl: modelData,
    Environment: {},
  });

  return [
    fraudXgb("v8", "8.0.0-rc2", true, "2026-11-19T16:30:52.118Z"),
    fraudXgb("v7", "7.0.3", true, "2026-09-18T13:41:07.772Z"),
    fraudXgb("v6", "6.2.1", false, "2026-02-03T15:08:55.019Z"),
    {
      ModelName: "credit-risk-lgbm-2026-06",
      PrimaryContainer: {
        Image: prodUs.ecr("credit-risk/lgbm-inference:2.4.0"),
        ImageConfig: { RepositoryAccessMode: "Platform" },
        Mode: "SingleModel",
        ModelDataUrl: `${ARTIFACTS}/credit-risk/lgbm/2026-06/model.tar.gz`,
        Environment: { MODEL_SERVER_WORKERS: "2" },
      },
      ExecutionRoleArn: ROLE_CONSOLE,
      CreationTime: at("2026-06-22T11:19:30.483Z"),
      ModelArn: prodUs.sm("model", "credit-risk-lgbm-2026-06"),
      EnableNetworkIsolation: false,
    },
    {
      ModelName: "support-assistant-llm",
      PrimaryContainer: {
        Image: DLC_TGI_US,
        Mode: "SingleModel",
        Environment: {
          HF_MODEL_ID: "meta-llama/Meta-Llama-3-8B-Instruct",
          MAX_INPUT_LENGTH: "4095",
          MAX_TOTAL_TOKENS: "4096",
          SM_NUM_GPUS: "1",
        },
      },
      ExecutionRoleArn: ROLE_CONSOLE,
      CreationTime: at("2026-08-07T16:52:13.905Z"),
      ModelArn: prodUs.sm("model", "support-assistant-llm"),
      EnableNetworkIsolation: false,
    },
    {
      ModelName: "aml-transaction-screening-v2",
      PrimaryContainer: registryContainer(
        "aml-screening",
        "aml/screening-inference:2.0.1",
        `${ARTIFACTS}/aml/screening/v2/model.tar.gz`,
      ),
      ExecutionRoleArn: ROLE_FRAUD,
      VpcConfig: PROD_INFERENCE_VPC,
      CreationTime: at("2026-10-29T08:33:50.147Z"),
      ModelArn: prodUs.sm("model", "aml-transaction-screening-v2"),
      EnableNetworkIsolation: true,
    },
    {
      ModelName: "fraud-ensemble-pipeline-v3",
      Containers: [
        registryContainer(
          "feature-transform",
          "fraud/feature-transform:3.1.0",
          `${ARTIFACTS}/fraud/ensemble/v3/transform.tar.gz`,
        ),
        registryContainer("xgb-scorer", "fraud/xgboost-inference:7.0.3", `${ARTIFACTS}/fraud/ensemble/v3/xgb.tar.gz`),
      ],
      InferenceExecutionConfig: { Mode: "Serial" },
      ExecutionRoleArn: ROLE_FRAUD,
      VpcConfig: PROD_INFERENCE_VPC,
      CreationTime: at("2026-11-04T10:15:26.630Z"),
      ModelArn: prodUs.sm("model", "fraud-ensemble-pipeline-v3"),
      EnableNetworkIsolation: true,
    },
    {
      ModelName: "fraud-ensemble-pipeline-v2",
      Containers: [
        {
          ContainerHostname: "feature-transform",
          Image: prodUs.ecr("fraud/feature-transform:2.7.4"),
          Mode: "SingleModel",
          ModelDataUrl: `${ARTIFACTS}/fraud/ensemble/v2/transform.tar.gz`,
          Environment: {},
        },
        {
          ContainerHostname: "shap-explainer",
          Image: "public.ecr.aws/fintech-oss/shap-explainer:0.44.1",
          ImageConfig: { RepositoryAccessMode: "Vpc" },
          Mode: "SingleModel",
          Environment: { SHAP_BACKGROUND_SAMPLES: "200" },
        },
      ],
      InferenceExecutionConfig: { Mode: "Serial" },
      ExecutionRoleArn: ROLE_FRAUD,
      VpcConfig: PROD_INFERENCE_VPC,
      CreationTime: at("2025-12-09T14:47:38.214Z"),
      ModelArn: prodUs.sm("model", "fraud-ensemble-pipeline-v2"),
      EnableNetworkIsolation: false,
    },
    {
      ModelName: "marketing-propensity-sklearn",
      PrimaryContainer: {
        Image: SKLEARN_BUILTIN_US,
        Mode: "SingleModel",
        ModelDataUrl: `${ARTIFACTS}/marketing/propensity/2026-10/model.tar.gz`,
        Environment: {
          SAGEMAKER_PROGRAM: "inference.py",
          SAGEMAKER_SUBMIT_DIRECTORY: `${ARTIFACTS}/marketing/propensity/2026-10/sourcedir.tar.gz`,
        },
      },
      ExecutionRoleArn: ROLE_CONSOLE,
      CreationTime: at("2026-10-12T09:05:44.380Z"),
      ModelArn: prodUs.sm("model", "marketing-propensity-sklearn"),
      EnableNetworkIsolation: false,
    },
  ];
}

function prodUsEndpointConfigs(): DescribeEndpointConfigOutput[] {
  const capture = (endpoint: string, kms?: string) => ({
    EnableCapture: true,
    InitialSamplingPercentage: 20,
    DestinationS3Uri: `${MONITORING}/data-capture/${endpoint}`,
    ...(kms && { KmsKeyId: kms }),
    CaptureOptions: [{ CaptureMode: "Input" as const }, { CaptureMode: "Output" as const }],
    CaptureContentTypeHeader: { CsvContentTypes: ["text/csv"], JsonContentTypes: ["application/json"] },
  });
  return [
    {
      EndpointConfigName: "fraud-scoring-prod-config-v7",
      EndpointConfigArn: prodUs.sm("endpoint-config", "fraud-scoring-prod-config-v7"),
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          ModelName: "fraud-xgb-v7",
          InitialInstanceCount: 2,
          InstanceType: "ml.c5.2xlarge",
          InitialVariantWeight: 1,
        },
      ],
      DataCaptureConfig: capture("fraud-scoring-prod", KEY_PROD_US),
      KmsKeyId: KEY_PROD_US,
      CreationTime: at("2026-09-18T13:44:12.006Z"),
    },
    {
      EndpointConfigName: "fraud-scoring-prod-config-v6",
      EndpointConfigArn: prodUs.sm("endpoint-config", "fraud-scoring-prod-config-v6"),
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          ModelName: "fraud-xgb-v6",
          InitialInstanceCount: 1,
          InstanceType: "ml.c5.2xlarge",
          InitialVariantWeight: 1,
        },
      ],
      DataCaptureConfig: capture("fraud-scoring-prod"),
      CreationTime: at("2026-02-03T15:11:02.761Z"),
    },
    {
      EndpointConfigName: "credit-risk-scoring-config-2026-06",
      EndpointConfigArn: prodUs.sm("endpoint-config", "credit-risk-scoring-config-2026-06"),
      ProductionVariants: [
        {
          VariantName: "lgbm-2026-06",
          ModelName: "credit-risk-lgbm-2026-06",
          InitialInstanceCount: 1,
          InstanceType: "ml.m5.xlarge",
          InitialVariantWeight: 1,
        },
      ],
      DataCaptureConfig: capture("credit-risk-scoring", KEY_PROD_US),
      KmsKeyId: KEY_PROD_US,
      CreationTime: at("2026-06-22T11:24:57.318Z"),
    },
    {
      EndpointConfigName: "support-assistant-llm-config",
      EndpointConfigArn: prodUs.sm("endpoint-config", "support-assistant-llm-config"),
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          ModelName: "support-assistant-llm",
          InitialInstanceCount: 1,
          InstanceType: "ml.g5.2xlarge",
          InitialVariantWeight: 1,
          ModelDataDownloadTimeoutInSeconds: 1200,
          ContainerStartupHealthCheckTimeoutInSeconds: 900,
        },
      ],
      CreationTime: at("2026-08-07T16:55:40.092Z"),
    },
    {
      EndpointConfigName: "aml-screening-config-v2",
      EndpointConfigArn: prodUs.sm("endpoint-config", "aml-screening-config-v2"),
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          ModelName: "aml-transaction-screening-v2",
          InitialInstanceCount: 2,
          InstanceType: "ml.m5.2xlarge",
          InitialVariantWeight: 1,
        },
      ],
      DataCaptureConfig: capture("aml-screening", KEY_PROD_US),
      KmsKeyId: KEY_PROD_US,
      CreationTime: at("2026-10-29T08:37:02.559Z"),
    },
    {
      EndpointConfigName: "marketing-propensity-serverless-config",
      EndpointConfigArn: prodUs.sm("endpoint-config", "marketing-propensity-serverless-config"),
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          ModelName: "marketing-propensity-sklearn",
          ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 10 },
        },
      ],
      CreationTime: at("2026-10-12T09:07:15.771Z"),
    },
  ];
}

function prodUsEndpoints(): DescribeEndpointOutput[] {
  const instanceEndpoint = (
    name: string,
    config: string,
    variant: string,
    image: string,
    count: number,
    created: string,
    modified: string,
    captureKms?: string,
  ): DescribeEndpointOutput => ({
    EndpointName: name,
    EndpointArn: prodUs.sm("endpoint", name),
    EndpointConfigName: config,
    ProductionVariants: [
      {
        VariantName: variant,
        DeployedImages: [
          {
            SpecifiedImage: image,
            ResolvedImage: `${image.replace(/:[^:/]+$/, "")}@${digest(image)}`,
            ResolutionTime: at(modified),
          },
        ],
        CurrentWeight: 1,
        DesiredWeight: 1,
        CurrentInstanceCount: count,
        DesiredInstanceCount: count,
      },
    ],
    ...(captureKms !== undefined && {
      DataCaptureConfig: {
        EnableCapture: true,
        CaptureStatus: "Started",
        CurrentSamplingPercentage: 20,
        DestinationS3Uri: `${MONITORING}/data-capture/${name}`,
        KmsKeyId: captureKms,
      },
    }),
    EndpointStatus: "InService",
    CreationTime: at(created),
    LastModifiedTime: at(modified),
  });
  return [
    instanceEndpoint(
      "fraud-scoring-prod",
      "fraud-scoring-prod-config-v7",
      "AllTraffic",
      prodUs.ecr("fraud/xgboost-inference:7.0.3"),
      2,
      "2025-03-17T10:02:33.458Z",
      "2026-09-18T14:09:51.214Z",
      KEY_PROD_US,
    ),
    instanceEndpoint(
      "credit-risk-scoring",
      "credit-risk-scoring-config-2026-06",
      "lgbm-2026-06",
      prodUs.ecr("credit-risk/lgbm-inference:2.4.0"),
      1,
      "2026-06-22T11:25:30.940Z",
      "2026-06-22T11:33:18.602Z",
      KEY_PROD_US,
    ),
    instanceEndpoint(
      "support-assistant-llm",
      "support-assistant-llm-config",
      "AllTraffic",
      DLC_TGI_US,
      1,
      "2026-08-07T16:56:02.377Z",
      "2026-08-07T17:09:45.826Z",
    ),
    instanceEndpoint(
      "aml-screening",
      "aml-screening-config-v2",
      "AllTraffic",
      `${INTERNAL_REGISTRY}/aml/screening-inference:2.0.1`,
      2,
      "2025-11-20T12:40:08.113Z",
      "2026-10-29T08:49:27.035Z",
      KEY_PROD_US,
    ),
    {
      EndpointName: "marketing-propensity",
      EndpointArn: prodUs.sm("endpoint", "marketing-propensity"),
      EndpointConfigName: "marketing-propensity-serverless-config",
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          DeployedImages: [
            {
              SpecifiedImage: SKLEARN_BUILTIN_US,
              ResolvedImage: `683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn@${digest(SKLEARN_BUILTIN_US)}`,
              ResolutionTime: at("2026-10-12T09:07:49.602Z"),
            },
          ],
          CurrentWeight: 1,
          DesiredWeight: 1,
          CurrentServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 10 },
          DesiredServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 10 },
        },
      ],
      EndpointStatus: "InService",
      CreationTime: at("2026-10-12T09:07:48.915Z"),
      LastModifiedTime: at("2026-10-12T09:10:31.250Z"),
    },
  ];
}

// Model Monitor job definitions: one per kind for each monitored endpoint, as the SageMaker Python SDK creates them.

interface DefinitionSpec {
  name: string;
  endpoint: string;
  instances: number;
  /** NetworkConfig as written at creation; undefined = none. */
  network?: { EnableInterContainerTrafficEncryption?: boolean; EnableNetworkIsolation?: boolean; vpc?: boolean };
  created: string;
  outputKms?: string;
  volumeKms?: string;
}

function definitionCommon(spec: DefinitionSpec, region: ReturnType<typeof scope>, kind: string, role: string) {
  return {
    JobDefinitionArn: region.sm(kind, spec.name),
    JobDefinitionName: spec.name,
    CreationTime: at(spec.created),
    JobResources: {
      ClusterConfig: {
        InstanceCount: spec.instances,
        InstanceType: "ml.m5.xlarge" as const,
        VolumeSizeInGB: 30,
        ...(spec.volumeKms && { VolumeKmsKeyId: spec.volumeKms }),
      },
    },
    ...(spec.network && {
      NetworkConfig: {
        ...(spec.network.EnableInterContainerTrafficEncryption !== undefined && {
          EnableInterContainerTrafficEncryption: spec.network.EnableInterContainerTrafficEncryption,
        }),
        ...(spec.network.EnableNetworkIsolation !== undefined && {
          EnableNetworkIsolation: spec.network.EnableNetworkIsolation,
        }),
        ...(spec.network.vpc && { VpcConfig: PROD_VPC_CONFIG }),
      },
    }),
    RoleArn: role,
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  };
}

const monitorOutput = (spec: DefinitionSpec, kind: string) => ({
  MonitoringOutputs: [
    {
      S3Output: {
        S3Uri: `${MONITORING}/reports/${spec.endpoint}/${kind}`,
        LocalPath: "/opt/ml/processing/output",
        S3UploadMode: "EndOfJob" as const,
      },
    },
  ],
  ...(spec.outputKms && { KmsKeyId: spec.outputKms }),
});

const endpointInput = (endpoint: string) => ({
  EndpointName: endpoint,
  LocalPath: "/opt/ml/processing/input/endpoint",
  S3InputMode: "File" as const,
  S3DataDistributionType: "FullyReplicated" as const,
});

const SECURE_NETWORK = { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true, vpc: true };
const OPEN_NETWORK = { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: false };

function dataQualityDefinition(spec: DefinitionSpec): DescribeDataQualityJobDefinitionResponse {
  return {
    ...definitionCommon(spec, prodUs, "data-quality-job-definition", ROLE_MONITOR),
    DataQualityBaselineConfig: {
      ConstraintsResource: { S3Uri: `${MONITORING}/baselines/${spec.endpoint}/data-quality/constraints.json` },
      StatisticsResource: { S3Uri: `${MONITORING}/baselines/${spec.endpoint}/data-quality/statistics.json` },
    },
    DataQualityAppSpecification: { ImageUri: MODEL_MONITOR_US, Environment: MONITOR_ENVIRONMENT },
    DataQualityJobInput: { EndpointInput: endpointInput(spec.endpoint) },
    DataQualityJobOutputConfig: monitorOutput(spec, "data-quality"),
  };
}

function modelQualityDefinition(spec: DefinitionSpec): DescribeModelQualityJobDefinitionResponse {
  return {
    ...definitionCommon(spec, prodUs, "model-quality-job-definition", ROLE_MONITOR),
    ModelQualityBaselineConfig: {
      ConstraintsResource: { S3Uri: `${MONITORING}/baselines/${spec.endpoint}/model-quality/constraints.json` },
    },
    ModelQualityAppSpecification: {
      ImageUri: MODEL_MONITOR_US,
      ProblemType: "BinaryClassification",
      Environment: { analysis_type: "MODEL_QUALITY", ...MONITOR_ENVIRONMENT },
    },
    ModelQualityJobInput: {
      EndpointInput: { ...endpointInput(spec.endpoint), ProbabilityAttribute: "0", ProbabilityThresholdAttribute: 0.5 },
      GroundTruthS3Input: { S3Uri: `${MONITORING}/ground-truth/${spec.endpoint}` },
    },
    ModelQualityJobOutputConfig: monitorOutput(spec, "model-quality"),
  };
}

function modelBiasDefinition(spec: DefinitionSpec): DescribeModelBiasJobDefinitionResponse {
  return {
    ...definitionCommon(spec, prodUs, "model-bias-job-definition", ROLE_MONITOR),
    ModelBiasBaselineConfig: {
      ConstraintsResource: { S3Uri: `${MONITORING}/baselines/${spec.endpoint}/model-bias/analysis.json` },
    },
    ModelBiasAppSpecification: {
      ImageUri: CLARIFY_US,
      ConfigUri: `${MONITORING}/clarify/${spec.endpoint}/bias/analysis_config.json`,
      Environment: {},
    },
    ModelBiasJobInput: {
      EndpointInput: { ...endpointInput(spec.endpoint), FeaturesAttribute: "features", InferenceAttribute: "0" },
      GroundTruthS3Input: { S3Uri: `${MONITORING}/ground-truth/${spec.endpoint}` },
    },
    ModelBiasJobOutputConfig: monitorOutput(spec, "model-bias"),
  };
}

function modelExplainabilityDefinition(spec: DefinitionSpec): DescribeModelExplainabilityJobDefinitionResponse {
  return {
    ...definitionCommon(spec, prodUs, "model-explainability-job-definition", ROLE_MONITOR),
    ModelExplainabilityBaselineConfig: {
      ConstraintsResource: { S3Uri: `${MONITORING}/baselines/${spec.endpoint}/model-explainability/analysis.json` },
    },
    ModelExplainabilityAppSpecification: {
      ImageUri: CLARIFY_US,
      ConfigUri: `${MONITORING}/clarify/${spec.endpoint}/explainability/analysis_config.json`,
      Environment: {},
    },
    ModelExplainabilityJobInput: { EndpointInput: { ...endpointInput(spec.endpoint), FeaturesAttribute: "features" } },
    ModelExplainabilityJobOutputConfig: monitorOutput(spec, "model-explainability"),
  };
}

/** Three definitions per kind: hardened multi-instance, open multi-instance, single-instance. */
function definitionSpecs(
  kind: string,
  created: [string, string, string],
): [DefinitionSpec, DefinitionSpec, DefinitionSpec] {
  return [
    {
      name: `fraud-scoring-prod-${kind}`,
      endpoint: "fraud-scoring-prod",
      instances: 2,
      network: SECURE_NETWORK,
      created: created[0],
      outputKms: KEY_PROD_US,
      volumeKms: KEY_PROD_US,
    },
    {
      name: `credit-risk-scoring-${kind}`,
      endpoint: "credit-risk-scoring",
      instances: 2,
      network: OPEN_NETWORK,
      created: created[1],
    },
    {
      name: `aml-screening-${kind}`,
      endpoint: "aml-screening",
      instances: 1,
      ...(kind === "data-quality" ? {} : { network: { EnableNetworkIsolation: true, vpc: true } }),
      created: created[2],
      outputKms: KEY_PROD_US,
    },
  ];
}

const DQ = definitionSpecs("data-quality", [
  "2026-09-18T15:02:11.427Z",
  "2026-06-23T08:14:39.760Z",
  "2025-11-21T09:30:05.318Z",
]);
const MQ = definitionSpecs("model-quality", [
  "2026-09-18T15:03:26.881Z",
  "2026-06-23T08:16:02.145Z",
  "2025-11-21T09:31:47.902Z",
]);
const MB = definitionSpecs("model-bias", [
  "2026-09-18T15:04:40.219Z",
  "2026-06-23T08:17:55.603Z",
  "2025-11-21T09:33:12.486Z",
]);
const ME = definitionSpecs("model-explainability", [
  "2026-09-18T15:05:58.064Z",
  "2026-06-23T08:19:21.337Z",
  "2025-11-21T09:34:40.771Z",
]);

const MONITORING_TYPES = {
  "data-quality": "DataQuality",
  "model-quality": "ModelQuality",
  "model-bias": "ModelBias",
  "model-explainability": "ModelExplainability",
} as const;

/** A schedule that runs a named job definition (how the SageMaker Python SDK creates every schedule today). */
function referencingSchedule(
  spec: DefinitionSpec,
  kind: keyof typeof MONITORING_TYPES,
  cron: string,
  lastRun: string,
): DescribeMonitoringScheduleResponse {
  const name = `${spec.name}-schedule`;
  const type = MONITORING_TYPES[kind];
  const scheduled = at(lastRun);
  return {
    MonitoringScheduleArn: prodUs.sm("monitoring-schedule", name),
    MonitoringScheduleName: name,
    MonitoringScheduleStatus: "Scheduled",
    MonitoringType: type,
    CreationTime: plus(at(spec.created), 4),
    LastModifiedTime: plus(scheduled, 1260),
    MonitoringScheduleConfig: {
      ScheduleConfig: { ScheduleExpression: cron },
      MonitoringJobDefinitionName: spec.name,
      MonitoringType: type,
    },
    EndpointName: spec.endpoint,
    LastMonitoringExecutionSummary: {
      MonitoringScheduleName: name,
      ScheduledTime: scheduled,
      CreationTime: plus(scheduled, 9),
      LastModifiedTime: plus(scheduled, 1260),
      MonitoringExecutionStatus: spec.endpoint === "credit-risk-scoring" ? "CompletedWithViolations" : "Completed",
      ProcessingJobArn: prodUs.sm(
        "processing-job",
        `model-monitoring-${lastRun.slice(0, 16).replace(/[-T:]/g, "")}-${digest(name).slice(7, 31)}`,
      ),
      EndpointName: spec.endpoint,
      MonitoringJobDefinitionName: spec.name,
      MonitoringType: type,
    },
  };
}

/** An older-style schedule with its job definition written inline. */
function inlineSchedule(
  name: string,
  endpoint: string,
  network: MonitoringJobDefinition["NetworkConfig"],
  created: string,
  lastRun: string,
): DescribeMonitoringScheduleResponse {
  const scheduled = at(lastRun);
  return {
    MonitoringScheduleArn: prodUs.sm("monitoring-schedule", name),
    MonitoringScheduleName: name,
    MonitoringScheduleStatus: "Scheduled",
    MonitoringType: "DataQuality",
    CreationTime: at(created),
    LastModifiedTime: plus(scheduled, 1185),
    MonitoringScheduleConfig: {
      ScheduleConfig: { ScheduleExpression: "cron(0 * ? * * *)" },
      MonitoringJobDefinition: {
        BaselineConfig: {
          ConstraintsResource: { S3Uri: `${MONITORING}/baselines/${endpoint}/inline/constraints.json` },
          StatisticsResource: { S3Uri: `${MONITORING}/baselines/${endpoint}/inline/statistics.json` },
        },
        MonitoringInputs: [{ EndpointInput: endpointInput(endpoint) }],
        MonitoringOutputConfig: {
          MonitoringOutputs: [
            {
              S3Output: {
                S3Uri: `${MONITORING}/reports/${endpoint}/inline`,
                LocalPath: "/opt/ml/processing/output",
                S3UploadMode: "Continuous",
              },
            },
          ],
        },
        MonitoringResources: {
          ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 20 },
        },
        MonitoringAppSpecification: { ImageUri: MODEL_MONITOR_US },
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        Environment: MONITOR_ENVIRONMENT,
        ...(network && { NetworkConfig: network }),
        RoleArn: ROLE_MONITOR,
      },
    },
    EndpointName: endpoint,
    LastMonitoringExecutionSummary: {
      MonitoringScheduleName: name,
      ScheduledTime: scheduled,
      CreationTime: plus(scheduled, 7),
      LastModifiedTime: plus(scheduled, 1185),
      MonitoringExecutionStatus: "Completed",
      ProcessingJobArn: prodUs.sm(
        "processing-job",
        `model-monitoring-${lastRun.slice(0, 16).replace(/[-T:]/g, "")}-${digest(name).slice(7, 31)}`,
      ),
      EndpointName: endpoint,
    },
  };
}

function prodUsMonitoringSchedules(): DescribeMonitoringScheduleResponse[] {
  const [dqFraud, dqCredit, dqAml] = DQ;
  const [mqFraud, mqCredit] = MQ;
  const [mbFraud, mbCredit] = MB;
  const [meFraud, meCredit] = ME;
  return [
    referencingSchedule(dqFraud, "data-quality", "cron(0 * ? * * *)", "2026-11-27T08:00:00.000Z"),
    referencingSchedule(mqFraud, "model-quality", "cron(0 0 ? * * *)", "2026-11-27T00:00:00.000Z"),
    referencingSchedule(mbFraud, "model-bias", "cron(0 0 ? * * *)", "2026-11-27T00:00:00.000Z"),
    referencingSchedule(meFraud, "model-explainability", "cron(0 0 ? * * *)", "2026-11-27T00:00:00.000Z"),
    referencingSchedule(dqCredit, "data-quality", "cron(0 * ? * * *)", "2026-11-27T08:00:00.000Z"),
    referencingSchedule(mqCredit, "model-quality", "cron(0 0 ? * * *)", "2026-11-27T00:00:00.000Z"),
    referencingSchedule(mbCredit, "model-bias", "cron(0 0 ? * * *)", "2026-11-27T00:00:00.000Z"),
    referencingSchedule(meCredit, "model-explainability", "cron(0 0 ? * * *)", "2026-11-27T00:00:00.000Z"),
    referencingSchedule(dqAml, "data-quality", "cron(0 * ? * * *)", "2026-11-27T08:00:00.000Z"),
    inlineSchedule(
      "fraud-scoring-prod-legacy-data-quality",
      "fraud-scoring-prod",
      undefined,
      "2025-03-18T09:12:40.537Z",
      "2026-11-27T08:00:00.000Z",
    ),
    inlineSchedule(
      "aml-screening-capture-drift",
      "aml-screening",
      {
        EnableInterContainerTrafficEncryption: true,
        EnableNetworkIsolation: true,
        VpcConfig: PROD_VPC_CONFIG,
      },
      "2025-11-21T09:40:17.209Z",
      "2026-11-27T08:00:00.000Z",
    ),
  ];
}

function prodUsFeatureGroups(): FeatureGroupItem[] {
  const offline = (name: string, created: Date, kms?: string) => {
    const table = `${name.replace(/-/g, "_")}_${Math.floor(created.getTime() / 1000)}`;
    return {
      S3StorageConfig: {
        S3Uri: `${FEATURE_STORE}/offline-store`,
        ...(kms && { KmsKeyId: kms }),
        ResolvedOutputS3Uri: `${FEATURE_STORE}/offline-store/${PROD}/sagemaker/us-east-1/offline-store/${table}/data`,
      },
      DisableGlueTableCreation: false,
      DataCatalogConfig: { TableName: table, Catalog: "AwsDataCatalog", Database: "sagemaker_featurestore" },
      TableFormat: "Glue" as const,
    };
  };
  const fraudCreated = at("2025-04-02T13:27:45.019Z");
  const customerCreated = at("2024-05-20T10:48:03.662Z");
  const merchantCreated = at("2025-09-09T07:55:21.374Z");
  return [
    {
      FeatureGroupArn: prodUs.sm("feature-group", "fraud-transaction-features"),
      FeatureGroupName: "fraud-transaction-features",
      RecordIdentifierFeatureName: "transaction_id",
      EventTimeFeatureName: "event_time",
      FeatureDefinitions: FRAUD_FEATURES,
      CreationTime: fraudCreated,
      LastModifiedTime: at("2026-03-14T11:06:52.840Z"),
      OnlineStoreConfig: {
        SecurityConfig: { KmsKeyId: KEY_PROD_US },
        EnableOnlineStore: true,
        TtlDuration: { Unit: "Days", Value: 30 },
        StorageType: "Standard",
      },
      OfflineStoreConfig: offline("fraud-transaction-features", fraudCreated, KEY_PROD_US),
      ThroughputConfig: { ThroughputMode: "OnDemand" },
      RoleArn: ROLE_FEATURES,
      FeatureGroupStatus: "Created",
      OfflineStoreStatus: { Status: "Active" },
      Description: "Per-transaction fraud features, written by the fraud-features processing pipeline",
      OnlineStoreTotalSizeBytes: 48213770112,
    },
    {
      FeatureGroupArn: prodUs.sm("feature-group", "customer-profile-features"),
      FeatureGroupName: "customer-profile-features",
      RecordIdentifierFeatureName: "customer_id",
      EventTimeFeatureName: "event_time",
      FeatureDefinitions: [
        { FeatureName: "customer_id", FeatureType: "String" },
        { FeatureName: "event_time", FeatureType: "String" },
        { FeatureName: "tenure_months", FeatureType: "Integral" },
        { FeatureName: "avg_monthly_spend", FeatureType: "Fractional" },
        { FeatureName: "credit_limit_utilisation", FeatureType: "Fractional" },
      ],
      CreationTime: customerCreated,
      OnlineStoreConfig: { EnableOnlineStore: true, StorageType: "Standard" },
      OfflineStoreConfig: offline("customer-profile-features", customerCreated),
      ThroughputConfig: { ThroughputMode: "OnDemand" },
      RoleArn: ROLE_CONSOLE,
      FeatureGroupStatus: "Created",
      OfflineStoreStatus: { Status: "Active" },
      OnlineStoreTotalSizeBytes: 912403456,
    },
    {
      FeatureGroupArn: prodUs.sm("feature-group", "card-velocity-realtime"),
      FeatureGroupName: "card-velocity-realtime",
      RecordIdentifierFeatureName: "card_id",
      EventTimeFeatureName: "event_time",
      FeatureDefinitions: [
        { FeatureName: "card_id", FeatureType: "String" },
        { FeatureName: "event_time", FeatureType: "String" },
        { FeatureName: "txn_count_5m", FeatureType: "Integral" },
        { FeatureName: "txn_amount_sum_1h", FeatureType: "Fractional" },
      ],
      CreationTime: at("2026-01-15T16:20:09.488Z"),
      OnlineStoreConfig: {
        EnableOnlineStore: true,
        TtlDuration: { Unit: "Hours", Value: 24 },
        StorageType: "InMemory",
      },
      ThroughputConfig: { ThroughputMode: "OnDemand" },
      RoleArn: ROLE_FEATURES,
      FeatureGroupStatus: "Created",
      Description: "Streaming card velocity counters for real-time scoring",
    },
    {
      FeatureGroupArn: prodUs.sm("feature-group", "merchant-risk-history"),
      FeatureGroupName: "merchant-risk-history",
      RecordIdentifierFeatureName: "merchant_id",
      EventTimeFeatureName: "event_time",
      FeatureDefinitions: [
        { FeatureName: "merchant_id", FeatureType: "String" },
        { FeatureName: "event_time", FeatureType: "String" },
        { FeatureName: "chargeback_rate_90d", FeatureType: "Fractional" },
        { FeatureName: "risk_tier", FeatureType: "Integral" },
      ],
      CreationTime: merchantCreated,
      OfflineStoreConfig: offline("merchant-risk-history", merchantCreated, KEY_DATALAKE_US),
      ThroughputConfig: { ThroughputMode: "OnDemand" },
      RoleArn: ROLE_FEATURES,
      FeatureGroupStatus: "Created",
      OfflineStoreStatus: { Status: "Active" },
    },
  ];
}

function prodUsAppImageConfigs(): DescribeAppImageConfigResponse[] {
  return [
    {
      AppImageConfigArn: prodUs.sm("app-image-config", "fraud-analytics-kernel"),
      AppImageConfigName: "fraud-analytics-kernel",
      CreationTime: at("2025-05-06T14:11:38.202Z"),
      LastModifiedTime: at("2025-05-06T14:11:38.202Z"),
      KernelGatewayImageConfig: {
        KernelSpecs: [{ Name: "python3", DisplayName: "Python 3 (fraud analytics)" }],
        FileSystemConfig: { MountPath: "/home/sagemaker-user", DefaultUid: 1000, DefaultGid: 100 },
      },
    },
    {
      AppImageConfigArn: prodUs.sm("app-image-config", "r-tidyverse-jupyterlab"),
      AppImageConfigName: "r-tidyverse-jupyterlab",
      CreationTime: at("2025-08-27T09:44:02.915Z"),
      LastModifiedTime: at("2025-08-27T09:44:02.915Z"),
      JupyterLabAppImageConfig: {
        FileSystemConfig: { MountPath: "/home/sagemaker-user", DefaultUid: 1000, DefaultGid: 100 },
      },
    },
  ];
}

function prodUsImages(): DescribeImageResponse[] {
  return [
    {
      CreationTime: at("2025-05-06T14:02:19.577Z"),
      Description: "Fraud analytics Python 3.11 kernel with xgboost, shap and the internal feature SDK",
      DisplayName: "Fraud analytics (Python 3.11)",
      ImageArn: prodUs.sm("image", "fraud-analytics-python311"),
      ImageName: "fraud-analytics-python311",
      ImageStatus: "CREATED",
      LastModifiedTime: at("2026-07-30T10:25:47.031Z"),
      RoleArn: ROLE_STUDIO,
    },
    {
      CreationTime: at("2025-08-27T09:38:55.846Z"),
      ImageArn: prodUs.sm("image", "r-tidyverse"),
      ImageName: "r-tidyverse",
      ImageStatus: "CREATED",
      LastModifiedTime: at("2025-08-27T09:38:55.846Z"),
      RoleArn: ROLE_STUDIO,
    },
  ];
}

function prodUsInferenceExperiments(): DescribeInferenceExperimentResponse[] {
  return [
    {
      Arn: prodUs.sm("inference-experiment", "fraud-xgb-v8-shadow"),
      Name: "fraud-xgb-v8-shadow",
      Type: "ShadowMode",
      Schedule: { StartTime: at("2026-11-20T00:00:00.000Z"), EndTime: at("2026-12-04T00:00:00.000Z") },
      Status: "Running",
      Description: "Shadow-test xgboost v8 against production v7 on 10% of traffic",
      CreationTime: at("2026-11-19T16:42:05.338Z"),
      LastModifiedTime: at("2026-11-20T00:03:41.902Z"),
      RoleArn: ROLE_FRAUD,
      EndpointMetadata: {
        EndpointName: "fraud-scoring-prod",
        EndpointConfigName: "fraud-scoring-prod-config-v7",
        EndpointStatus: "InService",
      },
      ModelVariants: [
        {
          ModelName: "fraud-xgb-v7",
          VariantName: "production-v7",
          InfrastructureConfig: {
            InfrastructureType: "RealTimeInference",
            RealTimeInferenceConfig: { InstanceType: "ml.c5.2xlarge", InstanceCount: 2 },
          },
          Status: "InService",
        },
        {
          ModelName: "fraud-xgb-v8",
          VariantName: "shadow-v8",
          InfrastructureConfig: {
            InfrastructureType: "RealTimeInference",
            RealTimeInferenceConfig: { InstanceType: "ml.c5.2xlarge", InstanceCount: 1 },
          },
          Status: "InService",
        },
      ],
      DataStorageConfig: {
        Destination: `${MONITORING}/shadow-tests/fraud-xgb-v8`,
        KmsKey: KEY_PROD_US,
        ContentType: { CsvContentTypes: ["text/csv"] },
      },
      ShadowModeConfig: {
        SourceModelVariantName: "production-v7",
        ShadowModelVariants: [{ ShadowModelVariantName: "shadow-v8", SamplingPercentage: 10 }],
      },
      KmsKey: KEY_PROD_US,
    },
    {
      Arn: prodUs.sm("inference-experiment", "credit-risk-lgbm-shadow"),
      Name: "credit-risk-lgbm-shadow",
      Type: "ShadowMode",
      Schedule: { StartTime: at("2026-06-08T00:00:00.000Z"), EndTime: at("2026-06-15T00:00:00.000Z") },
      Status: "Completed",
      CreationTime: at("2026-06-05T13:09:27.614Z"),
      CompletionTime: at("2026-06-15T00:04:12.770Z"),
      LastModifiedTime: at("2026-06-15T00:04:12.770Z"),
      RoleArn: ROLE_CONSOLE,
      EndpointMetadata: { EndpointName: "credit-risk-scoring" },
      ModelVariants: [
        {
          ModelName: "credit-risk-lgbm-2026-03",
          VariantName: "lgbm-2026-03",
          InfrastructureConfig: {
            InfrastructureType: "RealTimeInference",
            RealTimeInferenceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1 },
          },
          Status: "Deleted",
        },
        {
          ModelName: "credit-risk-lgbm-2026-06",
          VariantName: "candidate-2026-06",
          InfrastructureConfig: {
            InfrastructureType: "RealTimeInference",
            RealTimeInferenceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1 },
          },
          Status: "Deleted",
        },
      ],
      DataStorageConfig: {
        Destination: `s3://sagemaker-us-east-1-${PROD}/shadow-tests/credit-risk-lgbm`,
        ContentType: { JsonContentTypes: ["application/json"] },
      },
      ShadowModeConfig: {
        SourceModelVariantName: "lgbm-2026-03",
        ShadowModelVariants: [{ ShadowModelVariantName: "candidate-2026-06", SamplingPercentage: 50 }],
      },
    },
  ];
}

function prodUsDomains(): DescribeDomainResponse[] {
  return [
    {
      DomainArn: prodUs.sm("domain", "d-4xkq7m2zdp9r"),
      DomainId: "d-4xkq7m2zdp9r",
      DomainName: "ml-prod-studio",
      HomeEfsFileSystemId: "fs-0a1b2c3d4e5f60718",
      Status: "InService",
      CreationTime: at("2025-02-10T10:14:55.087Z"),
      LastModifiedTime: at("2026-05-19T08:41:30.463Z"),
      SecurityGroupIdForDomainBoundary: "sg-0e4c2a8f6b1d39e07",
      AuthMode: "SSO",
      SingleSignOnManagedApplicationInstanceId: "ins-8f2b4c6d1e3a5970",
      SingleSignOnApplicationArn: `arn:aws:sso::${PROD}:application/ssoins-72239f4a1b6c8d05/apl-5e7c9a1b3d2f4068`,
      DefaultUserSettings: {
        ExecutionRole: ROLE_STUDIO,
        SecurityGroups: [SG_STUDIO],
        SharingSettings: { NotebookOutputOption: "Disabled" },
        JupyterServerAppSettings: {
          DefaultResourceSpec: {
            SageMakerImageArn: "arn:aws:sagemaker:us-east-1:081325390199:image/jupyter-server-3",
            InstanceType: "system",
          },
        },
        StudioWebPortal: "ENABLED",
        DefaultLandingUri: "studio::",
      },
      DomainSettings: { SecurityGroupIds: [SG_STUDIO], DockerSettings: { EnableDockerAccess: "DISABLED" } },
      AppNetworkAccessType: "VpcOnly",
      AppSecurityGroupManagement: "Customer",
      SubnetIds: [PROD_PRIVATE_A, PROD_PRIVATE_B],
      Url: "https://d-4xkq7m2zdp9r.studio.us-east-1.sagemaker.aws",
      VpcId: PROD_VPC,
      KmsKeyId: KEY_PROD_US,
      TagPropagation: "ENABLED",
      DefaultSpaceSettings: { ExecutionRole: ROLE_STUDIO, SecurityGroups: [SG_STUDIO] },
    },
  ];
}

function prodUsTrainingJobs(): DescribeTrainingJobResponse[] {
  const xgbStart = at("2026-11-20T03:00:12.481Z");
  const xgbEnd = plus(xgbStart, 1874);
  const ptStart = at("2026-11-18T14:22:05.913Z");
  const ptEnd = plus(ptStart, 6420);
  const hpoStart = at("2026-11-02T19:47:33.025Z");
  const hpoEnd = plus(hpoStart, 2310);
  return [
    {
      TrainingJobName: "fraud-xgb-train-2026-11-20-03-00-12-481",
      TrainingJobArn: prodUs.sm("training-job", "fraud-xgb-train-2026-11-20-03-00-12-481"),
      ModelArtifacts: {
        S3ModelArtifacts: `${ARTIFACTS}/fraud/xgb/training/fraud-xgb-train-2026-11-20-03-00-12-481/output/model.tar.gz`,
      },
      TrainingJobStatus: "Completed",
      SecondaryStatus: "Completed",
      HyperParameters: {
        objective: "binary:logistic",
        eval_metric: "aucpr",
        max_depth: "7",
        eta: "0.08",
        num_round: "600",
        scale_pos_weight: "42",
      },
      AlgorithmSpecification: {
        TrainingImage: XGB_BUILTIN_US,
        TrainingInputMode: "File",
        EnableSageMakerMetricsTimeSeries: false,
      },
      RoleArn: ROLE_FRAUD,
      InputDataConfig: [
        {
          ChannelName: "train",
          DataSource: {
            S3DataSource: {
              S3DataType: "S3Prefix",
              S3Uri: `${DATALAKE}/curated/fraud/training/2026-11-19/train/`,
              S3DataDistributionType: "ShardedByS3Key",
            },
          },
          ContentType: "text/csv",
          CompressionType: "None",
          RecordWrapperType: "None",
        },
        {
          ChannelName: "validation",
          DataSource: {
            S3DataSource: {
              S3DataType: "S3Prefix",
              S3Uri: `${DATALAKE}/curated/fraud/training/2026-11-19/validation/`,
              S3DataDistributionType: "FullyReplicated",
            },
          },
          ContentType: "text/csv",
          CompressionType: "None",
          RecordWrapperType: "None",
        },
      ],
      OutputDataConfig: {
        KmsKeyId: KEY_PROD_US,
        S3OutputPath: `${ARTIFACTS}/fraud/xgb/training`,
        CompressionType: "GZIP",
      },
      ResourceConfig: {
        InstanceType: "ml.m5.4xlarge",
        InstanceCount: 2,
        VolumeSizeInGB: 100,
        VolumeKmsKeyId: KEY_PROD_US,
        KeepAlivePeriodInSeconds: 0,
      },
      VpcConfig: PROD_VPC_CONFIG,
      StoppingCondition: { MaxRuntimeInSeconds: 14400 },
      CreationTime: plus(xgbStart, -3),
      TrainingStartTime: xgbStart,
      TrainingEndTime: xgbEnd,
      LastModifiedTime: plus(xgbEnd, 2),
      SecondaryStatusTransitions: completedTransitions(xgbStart, xgbEnd),
      FinalMetricDataList: [
        { MetricName: "validation:aucpr", Value: 0.8127, Timestamp: plus(xgbEnd, -60) },
        { MetricName: "train:aucpr", Value: 0.8934, Timestamp: plus(xgbEnd, -60) },
      ],
      EnableNetworkIsolation: true,
      EnableInterContainerTrafficEncryption: true,
      EnableManagedSpotTraining: false,
      TrainingTimeInSeconds: 1874,
      BillableTimeInSeconds: 3748,
      ProfilingStatus: "Disabled",
    },
    {
      TrainingJobName: "pytorch-training-2026-11-18-14-22-05-913",
      TrainingJobArn: prodUs.sm("training-job", "pytorch-training-2026-11-18-14-22-05-913"),
      ModelArtifacts: {
        S3ModelArtifacts: `s3://sagemaker-us-east-1-${PROD}/pytorch-training-2026-11-18-14-22-05-913/output/model.tar.gz`,
      },
      TrainingJobStatus: "Completed",
      SecondaryStatus: "Completed",
      HyperParameters: {
        epochs: "12",
        "learning-rate": "0.0003",
        sagemaker_program: '"train_tabtransformer.py"',
        sagemaker_region: '"us-east-1"',
        sagemaker_submit_directory: `"s3://sagemaker-us-east-1-${PROD}/pytorch-training-2026-11-18-14-22-05-913/source/sourcedir.tar.gz"`,
      },
      AlgorithmSpecification: {
        TrainingImage: DLC_PYTORCH_TRAINING_US,
        TrainingInputMode: "File",
        EnableSageMakerMetricsTimeSeries: true,
      },
      RoleArn: ROLE_CONSOLE,
      InputDataConfig: [
        {
          ChannelName: "training",
          DataSource: {
            S3DataSource: {
              S3DataType: "S3Prefix",
              S3Uri: `${DATALAKE}/curated/fraud/training/2026-11-15/`,
              S3DataDistributionType: "FullyReplicated",
            },
          },
          CompressionType: "None",
          RecordWrapperType: "None",
        },
      ],
      OutputDataConfig: { KmsKeyId: "", S3OutputPath: `s3://sagemaker-us-east-1-${PROD}/`, CompressionType: "GZIP" },
      ResourceConfig: {
        InstanceType: "ml.g5.12xlarge",
        InstanceCount: 1,
        VolumeSizeInGB: 30,
        KeepAlivePeriodInSeconds: 0,
      },
      StoppingCondition: { MaxRuntimeInSeconds: 86400 },
      CreationTime: plus(ptStart, -2),
      TrainingStartTime: ptStart,
      TrainingEndTime: ptEnd,
      LastModifiedTime: plus(ptEnd, 3),
      SecondaryStatusTransitions: completedTransitions(ptStart, ptEnd),
      EnableNetworkIsolation: false,
      EnableInterContainerTrafficEncryption: false,
      EnableManagedSpotTraining: false,
      TrainingTimeInSeconds: 6420,
      BillableTimeInSeconds: 6420,
      DebugHookConfig: {
        S3OutputPath: `s3://sagemaker-us-east-1-${PROD}/`,
        CollectionConfigurations: [],
      },
      ProfilerConfig: {
        S3OutputPath: `s3://sagemaker-us-east-1-${PROD}/`,
        ProfilingIntervalInMilliseconds: 500,
        DisableProfiler: false,
      },
      ProfilingStatus: "Enabled",
      Environment: {},
    },
    {
      TrainingJobName: "credit-risk-lgbm-hpo-007-3f2a1b9c",
      TrainingJobArn: prodUs.sm("training-job", "credit-risk-lgbm-hpo-007-3f2a1b9c"),
      TuningJobArn: prodUs.sm("hyper-parameter-tuning-job", "credit-risk-lgbm-hpo"),
      ModelArtifacts: {
        S3ModelArtifacts: `${ARTIFACTS}/credit-risk/lgbm/hpo/credit-risk-lgbm-hpo-007-3f2a1b9c/output/model.tar.gz`,
      },
      TrainingJobStatus: "Completed",
      SecondaryStatus: "Completed",
      HyperParameters: {
        _tuning_objective_metric: "validation:auc",
        num_leaves: "63",
        learning_rate: "0.04217",
        feature_fraction: "0.81",
      },
      AlgorithmSpecification: {
        TrainingImage: prodUs.ecr("credit-risk/lgbm-training:2.4.0"),
        TrainingInputMode: "File",
        MetricDefinitions: [{ Name: "validation:auc", Regex: "valid_0's auc: ([0-9\\.]+)" }],
        EnableSageMakerMetricsTimeSeries: false,
      },
      RoleArn: ROLE_CONSOLE,
      InputDataConfig: [
        {
          ChannelName: "train",
          DataSource: {
            S3DataSource: {
              S3DataType: "S3Prefix",
              S3Uri: `${DATALAKE}/curated/credit-risk/2026-10/`,
              S3DataDistributionType: "ShardedByS3Key",
            },
          },
          ContentType: "application/x-parquet",
          CompressionType: "None",
          RecordWrapperType: "None",
        },
      ],
      OutputDataConfig: { S3OutputPath: `${ARTIFACTS}/credit-risk/lgbm/hpo`, CompressionType: "GZIP" },
      ResourceConfig: {
        InstanceType: "ml.c5.4xlarge",
        InstanceCount: 4,
        VolumeSizeInGB: 50,
        VolumeKmsKeyId: KEY_PROD_US,
        KeepAlivePeriodInSeconds: 0,
      },
      VpcConfig: PROD_VPC_CONFIG,
      StoppingCondition: { MaxRuntimeInSeconds: 7200 },
      CreationTime: plus(hpoStart, -4),
      TrainingStartTime: hpoStart,
      TrainingEndTime: hpoEnd,
      LastModifiedTime: plus(hpoEnd, 2),
      SecondaryStatusTransitions: completedTransitions(hpoStart, hpoEnd),
      FinalMetricDataList: [{ MetricName: "validation:auc", Value: 0.7842, Timestamp: plus(hpoEnd, -55) }],
      EnableNetworkIsolation: false,
      EnableInterContainerTrafficEncryption: false,
      EnableManagedSpotTraining: false,
      TrainingTimeInSeconds: 2310,
      BillableTimeInSeconds: 9240,
      ProfilingStatus: "Disabled",
    },
  ];
}

function prodUsProcessingJobs(): DescribeProcessingJobResponse[] {
  const featuresStart = at("2026-11-27T02:00:41.665Z");
  const monitorScheduled = "2026-11-27T08:00:00.000Z";
  const monitorName = `model-monitoring-202611270800-${digest("fraud-scoring-prod-legacy-data-quality").slice(7, 31)}`;
  const monitorStart = plus(at(monitorScheduled), 7);
  const clarifyStart = at("2026-11-25T21:13:09.402Z");
  return [
    {
      ProcessingInputs: [
        {
          InputName: "transactions",
          AppManaged: false,
          S3Input: {
            S3Uri: `${DATALAKE}/raw/card-transactions/dt=2026-11-26/`,
            LocalPath: "/opt/ml/processing/input/transactions",
            S3DataType: "S3Prefix",
            S3InputMode: "File",
            S3DataDistributionType: "ShardedByS3Key",
            S3CompressionType: "None",
          },
        },
        {
          InputName: "code",
          AppManaged: false,
          S3Input: {
            S3Uri: `${ARTIFACTS}/pipelines/fraud-features/code/build_features.py`,
            LocalPath: "/opt/ml/processing/input/code",
            S3DataType: "S3Prefix",
            S3InputMode: "File",
            S3DataDistributionType: "FullyReplicated",
            S3CompressionType: "None",
          },
        },
      ],
      ProcessingOutputConfig: {
        Outputs: [
          {
            OutputName: "features",
            S3Output: {
              S3Uri: `${DATALAKE}/curated/fraud/features/dt=2026-11-26/`,
              LocalPath: "/opt/ml/processing/output/features",
              S3UploadMode: "EndOfJob",
            },
            AppManaged: false,
          },
        ],
        KmsKeyId: KEY_DATALAKE_US,
      },
      ProcessingJobName: "fraud-features-2026-11-27-02-00-38-117",
      ProcessingResources: {
        ClusterConfig: {
          InstanceCount: 2,
          InstanceType: "ml.m5.2xlarge",
          VolumeSizeInGB: 100,
          VolumeKmsKeyId: KEY_PROD_US,
        },
      },
      StoppingCondition: { MaxRuntimeInSeconds: 10800 },
      AppSpecification: {
        ImageUri: prodUs.ecr("fraud/feature-transform:3.1.0"),
        ContainerEntrypoint: ["python3", "/opt/ml/processing/input/code/build_features.py"],
        ContainerArguments: ["--date", "2026-11-26"],
      },
      Environment: { FEATURE_GROUP_NAME: "fraud-transaction-features" },
      NetworkConfig: {
        EnableInterContainerTrafficEncryption: true,
        EnableNetworkIsolation: true,
        VpcConfig: PROD_VPC_CONFIG,
      },
      RoleArn: ROLE_FEATURES,
      ProcessingJobArn: prodUs.sm("processing-job", "fraud-features-2026-11-27-02-00-38-117"),
      ProcessingJobStatus: "Completed",
      ExitMessage: "",
      ProcessingEndTime: plus(featuresStart, 1912),
      ProcessingStartTime: featuresStart,
      LastModifiedTime: plus(featuresStart, 1915),
      CreationTime: plus(featuresStart, -3),
    },
    {
      ProcessingInputs: [
        {
          InputName: "input_1",
          AppManaged: false,
          S3Input: {
            S3Uri: `${MONITORING}/data-capture/fraud-scoring-prod/AllTraffic/2026/11/27/07`,
            LocalPath: "/opt/ml/processing/input/endpoint/fraud-scoring-prod/AllTraffic/2026/11/27/07",
            S3DataType: "S3Prefix",
            S3InputMode: "File",
            S3DataDistributionType: "FullyReplicated",
            S3CompressionType: "None",
          },
        },
        {
          InputName: "baseline",
          AppManaged: false,
          S3Input: {
            S3Uri: `${MONITORING}/baselines/fraud-scoring-prod/inline/statistics.json`,
            LocalPath: "/opt/ml/processing/baseline/stats",
            S3DataType: "S3Prefix",
            S3InputMode: "File",
            S3DataDistributionType: "FullyReplicated",
            S3CompressionType: "None",
          },
        },
      ],
      ProcessingOutputConfig: {
        Outputs: [
          {
            OutputName: "result",
            S3Output: {
              S3Uri: `${MONITORING}/reports/fraud-scoring-prod/inline/2026/11/27/08`,
              LocalPath: "/opt/ml/processing/output",
              S3UploadMode: "Continuous",
            },
            AppManaged: false,
          },
        ],
      },
      ProcessingJobName: monitorName,
      ProcessingResources: {
        ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 20 },
      },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      AppSpecification: { ImageUri: MODEL_MONITOR_US },
      Environment: {
        ...MONITOR_ENVIRONMENT,
        baseline_constraints: "/opt/ml/processing/baseline/constraints/constraints.json",
        baseline_statistics: "/opt/ml/processing/baseline/stats/statistics.json",
        end_time: "2026-11-27T08:00:00Z",
        start_time: "2026-11-27T07:00:00Z",
        metric_time: "2026-11-27T07:00:00Z",
        sagemaker_endpoint_name: "fraud-scoring-prod",
        sagemaker_monitoring_schedule_name: "fraud-scoring-prod-legacy-data-quality",
      },
      RoleArn: ROLE_MONITOR,
      ProcessingJobArn: prodUs.sm("processing-job", monitorName),
      ProcessingJobStatus: "Completed",
      ExitMessage: "Completed: Job completed successfully with no violations.",
      ProcessingEndTime: plus(monitorStart, 1178),
      ProcessingStartTime: plus(monitorStart, 150),
      LastModifiedTime: plus(monitorStart, 1178),
      CreationTime: monitorStart,
      MonitoringScheduleArn: prodUs.sm("monitoring-schedule", "fraud-scoring-prod-legacy-data-quality"),
    },
    {
      ProcessingInputs: [
        {
          InputName: "dataset",
          AppManaged: false,
          S3Input: {
            S3Uri: `${DATALAKE}/curated/credit-risk/2026-10/holdout.csv`,
            LocalPath: "/opt/ml/processing/input/data",
            S3DataType: "S3Prefix",
            S3InputMode: "File",
            S3DataDistributionType: "FullyReplicated",
            S3CompressionType: "None",
          },
        },
        {
          InputName: "analysis_config",
          AppManaged: false,
          S3Input: {
            S3Uri: `s3://sagemaker-us-east-1-${PROD}/clarify/credit-risk/analysis_config.json`,
            LocalPath: "/opt/ml/processing/input/config",
            S3DataType: "S3Prefix",
            S3InputMode: "File",
            S3DataDistributionType: "FullyReplicated",
            S3CompressionType: "None",
          },
        },
      ],
      ProcessingOutputConfig: {
        Outputs: [
          {
            OutputName: "analysis_result",
            S3Output: {
              S3Uri: `s3://sagemaker-us-east-1-${PROD}/clarify/credit-risk/output`,
              LocalPath: "/opt/ml/processing/output",
              S3UploadMode: "EndOfJob",
            },
            AppManaged: false,
          },
        ],
      },
      ProcessingJobName: "Clarify-Bias-2026-11-25-21-13-05-734",
      ProcessingResources: {
        ClusterConfig: {
          InstanceCount: 2,
          InstanceType: "ml.c5.xlarge",
          VolumeSizeInGB: 30,
          VolumeKmsKeyId: KEY_PROD_US,
        },
      },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      AppSpecification: { ImageUri: CLARIFY_US },
      NetworkConfig: {
        EnableInterContainerTrafficEncryption: false,
        EnableNetworkIsolation: false,
        VpcConfig: PROD_VPC_CONFIG,
      },
      RoleArn: ROLE_CONSOLE,
      ProcessingJobArn: prodUs.sm("processing-job", "clarify-bias-2026-11-25-21-13-05-734"),
      ProcessingJobStatus: "Completed",
      ExitMessage: "",
      ProcessingEndTime: plus(clarifyStart, 842),
      ProcessingStartTime: clarifyStart,
      LastModifiedTime: plus(clarifyStart, 845),
      CreationTime: plus(clarifyStart, -4),
    },
  ];
}

function prodUsTransformJobs(): DescribeTransformJobResponse[] {
  const start = at("2026-11-26T23:30:18.206Z");
  const creditStart = at("2026-11-01T05:00:44.913Z");
  return [
    {
      TransformJobName: "fraud-xgb-v7-backscore-2026-11-26",
      TransformJobArn: prodUs.sm("transform-job", "fraud-xgb-v7-backscore-2026-11-26"),
      TransformJobStatus: "Completed",
      ModelName: "fraud-xgb-v7",
      MaxConcurrentTransforms: 4,
      ModelClientConfig: { InvocationsTimeoutInSeconds: 600, InvocationsMaxRetries: 3 },
      MaxPayloadInMB: 6,
      BatchStrategy: "MultiRecord",
      TransformInput: {
        DataSource: {
          S3DataSource: { S3DataType: "S3Prefix", S3Uri: `${DATALAKE}/curated/fraud/features/dt=2026-11-26/` },
        },
        ContentType: "text/csv",
        CompressionType: "None",
        SplitType: "Line",
      },
      TransformOutput: {
        S3OutputPath: `${DATALAKE}/scores/fraud-xgb-v7/dt=2026-11-26/`,
        Accept: "text/csv",
        AssembleWith: "Line",
        KmsKeyId: KEY_DATALAKE_US,
      },
      TransformResources: { InstanceType: "ml.c5.2xlarge", InstanceCount: 2, VolumeKmsKeyId: KEY_PROD_US },
      CreationTime: plus(start, -2),
      TransformStartTime: start,
      TransformEndTime: plus(start, 1377),
      DataProcessing: { InputFilter: "$[1:]", OutputFilter: "$", JoinSource: "None" },
    },
    {
      TransformJobName: "credit-risk-monthly-batch-2026-11",
      TransformJobArn: prodUs.sm("transform-job", "credit-risk-monthly-batch-2026-11"),
      TransformJobStatus: "Completed",
      ModelName: "credit-risk-lgbm-2026-06",
      MaxConcurrentTransforms: 1,
      MaxPayloadInMB: 6,
      BatchStrategy: "SingleRecord",
      TransformInput: {
        DataSource: {
          S3DataSource: { S3DataType: "S3Prefix", S3Uri: `${DATALAKE}/curated/credit-risk/portfolio/2026-11/` },
        },
        ContentType: "application/json",
        CompressionType: "None",
        SplitType: "None",
      },
      TransformOutput: {
        S3OutputPath: `s3://sagemaker-us-east-1-${PROD}/credit-risk/batch/2026-11/`,
        AssembleWith: "None",
      },
      TransformResources: { InstanceType: "ml.m5.xlarge", InstanceCount: 1 },
      CreationTime: plus(creditStart, -1),
      TransformStartTime: creditStart,
      TransformEndTime: plus(creditStart, 2980),
    },
  ];
}

function prodUsEc2() {
  const vpcs: Vpc[] = [
    {
      OwnerId: PROD,
      InstanceTenancy: "default",
      CidrBlockAssociationSet: [
        {
          AssociationId: "vpc-cidr-assoc-0d7e3b1a9f2c46e85",
          CidrBlock: "10.20.0.0/16",
          CidrBlockState: { State: "associated" },
        },
      ],
      IsDefault: false,
      Tags: ec2Name("ml-prod-vpc", [{ Key: "environment", Value: "prod" }]),
      BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
      VpcId: PROD_VPC,
      State: "available",
      CidrBlock: "10.20.0.0/16",
      DhcpOptionsId: "dopt-0a2c4e6f8b1d3f579",
    },
  ];
  const subnet = (id: string, cidr: string, az: string, azId: string, name: string, free: number): Subnet => ({
    AvailabilityZoneId: azId,
    MapCustomerOwnedIpOnLaunch: false,
    OwnerId: PROD,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    Tags: ec2Name(name),
    SubnetArn: `arn:aws:ec2:us-east-1:${PROD}:subnet/${id}`,
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: {
      HostnameType: "ip-name",
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
    BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
    SubnetId: id,
    State: "available",
    VpcId: PROD_VPC,
    CidrBlock: cidr,
    AvailableIpAddressCount: free,
    AvailabilityZone: az,
    DefaultForAz: false,
    MapPublicIpOnLaunch: false,
  });
  const subnets = [
    subnet(PROD_PRIVATE_A, "10.20.1.0/24", "us-east-1a", "use1-az4", "ml-prod-private-a", 231),
    subnet(PROD_PRIVATE_B, "10.20.2.0/24", "us-east-1b", "use1-az6", "ml-prod-private-b", 238),
    subnet(PROD_PUBLIC_A, "10.20.101.0/24", "us-east-1a", "use1-az4", "ml-prod-public-a", 249),
  ];
  const NAT = "nat-0b7e2c9d4a1f36e58";
  const IGW = "igw-0e1d2c3b4a5968778";
  const S3_GATEWAY = "vpce-0a3c5e7b9d1f24680";
  const local = {
    DestinationCidrBlock: "10.20.0.0/16",
    GatewayId: "local",
    Origin: "CreateRouteTable",
    State: "active",
  } as const;
  const routeTables: RouteTable[] = [
    {
      Associations: [
        {
          Main: true,
          RouteTableAssociationId: "rtbassoc-0f2a4c6e8b1d35a79",
          RouteTableId: "rtb-0e5a1b9c7d3f28464",
          AssociationState: { State: "associated" },
        },
      ],
      PropagatingVgws: [],
      RouteTableId: "rtb-0e5a1b9c7d3f28464",
      Routes: [local],
      Tags: ec2Name("ml-prod-main"),
      VpcId: PROD_VPC,
      OwnerId: PROD,
    },
    {
      Associations: [
        {
          Main: false,
          RouteTableAssociationId: "rtbassoc-03c5e7a9b1d2f4068",
          RouteTableId: "rtb-0c41e7a9d2b38f615",
          SubnetId: PROD_PRIVATE_A,
          AssociationState: { State: "associated" },
        },
        {
          Main: false,
          RouteTableAssociationId: "rtbassoc-04d6f8b0c2e3a5179",
          RouteTableId: "rtb-0c41e7a9d2b38f615",
          SubnetId: PROD_PRIVATE_B,
          AssociationState: { State: "associated" },
        },
      ],
      PropagatingVgws: [],
      RouteTableId: "rtb-0c41e7a9d2b38f615",
      Routes: [
        local,
        { DestinationCidrBlock: "0.0.0.0/0", NatGatewayId: NAT, Origin: "CreateRoute", State: "active" },
        { DestinationPrefixListId: "pl-63a5400a", GatewayId: S3_GATEWAY, Origin: "CreateRoute", State: "active" },
      ],
      Tags: ec2Name("ml-prod-private"),
      VpcId: PROD_VPC,
      OwnerId: PROD,
    },
    {
      Associations: [
        {
          Main: false,
          RouteTableAssociationId: "rtbassoc-05e7a9c1d3f4b6280",
          RouteTableId: "rtb-07d2f8b1c9e4a3560",
          SubnetId: PROD_PUBLIC_A,
          AssociationState: { State: "associated" },
        },
      ],
      PropagatingVgws: [],
      RouteTableId: "rtb-07d2f8b1c9e4a3560",
      Routes: [local, { DestinationCidrBlock: "0.0.0.0/0", GatewayId: IGW, Origin: "CreateRoute", State: "active" }],
      Tags: ec2Name("ml-prod-public"),
      VpcId: PROD_VPC,
      OwnerId: PROD,
    },
  ];
  const natGateways: NatGateway[] = [
    {
      CreateTime: at("2024-02-26T15:41:09.000Z"),
      NatGatewayAddresses: [
        {
          AllocationId: "eipalloc-0c3d9e1f7a2b45c68",
          NetworkInterfaceId: "eni-0d8f3a2c1b9e47a56",
          PrivateIp: "10.20.101.37",
          PublicIp: "203.0.113.25",
          AssociationId: "eipassoc-0e4f6a8c2b1d39e70",
          IsPrimary: true,
          Status: "succeeded",
        },
      ],
      NatGatewayId: NAT,
      State: "available",
      SubnetId: PROD_PUBLIC_A,
      VpcId: PROD_VPC,
      Tags: ec2Name("ml-prod-nat-a"),
      ConnectivityType: "public",
    },
  ];
  const internetGateways: InternetGateway[] = [
    {
      Attachments: [{ State: asReturned("available"), VpcId: PROD_VPC }],
      InternetGatewayId: IGW,
      OwnerId: PROD,
      Tags: ec2Name("ml-prod-igw"),
    },
  ];
  const interfaceEndpoint = (id: string, service: string, dnsLabel: string, created: string): VpcEndpoint => ({
    VpcEndpointId: id,
    VpcEndpointType: "Interface",
    VpcId: PROD_VPC,
    ServiceName: `com.amazonaws.us-east-1.${service}`,
    State: asReturned("available"),
    PolicyDocument:
      '{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}',
    RouteTableIds: [],
    SubnetIds: [PROD_PRIVATE_A, PROD_PRIVATE_B],
    Groups: [{ GroupId: SG_ENDPOINTS, GroupName: "ml-prod-vpc-endpoints" }],
    IpAddressType: "ipv4",
    DnsOptions: { DnsRecordIpType: "ipv4" },
    PrivateDnsEnabled: true,
    RequesterManaged: false,
    NetworkInterfaceIds: [`eni-0${digest(id).slice(7, 23)}`, `eni-0${digest(id).slice(23, 39)}`],
    DnsEntries: [
      {
        DnsName: `${id}-${digest(service).slice(7, 15)}.${dnsLabel}.us-east-1.vpce.amazonaws.com`,
        HostedZoneId: "Z7HUB22UULQXV",
      },
      {
        DnsName: `${dnsLabel}.us-east-1.amazonaws.com`,
        HostedZoneId: `Z0${digest(dnsLabel).slice(7, 25).toUpperCase()}`,
      },
    ],
    CreationTimestamp: at(created),
    Tags: ec2Name(`ml-prod-${service.replace(/\./g, "-")}`),
    OwnerId: PROD,
  });
  const vpcEndpoints: VpcEndpoint[] = [
    {
      VpcEndpointId: S3_GATEWAY,
      VpcEndpointType: "Gateway",
      VpcId: PROD_VPC,
      ServiceName: "com.amazonaws.us-east-1.s3",
      State: asReturned("available"),
      PolicyDocument:
        '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
      RouteTableIds: ["rtb-0c41e7a9d2b38f615"],
      SubnetIds: [],
      Groups: [],
      IpAddressType: "ipv4",
      PrivateDnsEnabled: false,
      RequesterManaged: false,
      NetworkInterfaceIds: [],
      DnsEntries: [],
      CreationTimestamp: at("2024-02-26T15:52:31.000Z"),
      Tags: ec2Name("ml-prod-s3-gateway"),
      OwnerId: PROD,
    },
    interfaceEndpoint("vpce-0b4d6f8a0c2e35791", "sagemaker.api", "api.sagemaker", "2024-02-26T16:03:12.000Z"),
    interfaceEndpoint("vpce-0c5e7a9b1d3f46802", "sagemaker.runtime", "runtime.sagemaker", "2024-02-26T16:03:14.000Z"),
    interfaceEndpoint("vpce-0d6f8b0c2e4a57913", "sts", "sts", "2024-02-26T16:04:40.000Z"),
    interfaceEndpoint("vpce-0e7a9c1d3f5b68024", "ecr.api", "api.ecr", "2024-02-26T16:05:02.000Z"),
    interfaceEndpoint("vpce-0f8b0d2e4a6c79135", "ecr.dkr", "dkr.ecr", "2024-02-26T16:05:05.000Z"),
    interfaceEndpoint("vpce-01a9c3e5b7d280246", "logs", "logs", "2024-02-26T16:06:27.000Z"),
  ];
  const https = (cidr: string, description: string) => ({
    IpProtocol: "tcp",
    FromPort: 443,
    ToPort: 443,
    UserIdGroupPairs: [],
    IpRanges: [{ CidrIp: cidr, Description: description }],
    Ipv6Ranges: [],
    PrefixListIds: [],
  });
  const allTraffic = {
    IpProtocol: "-1",
    UserIdGroupPairs: [],
    IpRanges: [{ CidrIp: "0.0.0.0/0" }],
    Ipv6Ranges: [],
    PrefixListIds: [],
  };
  const group = (
    id: string,
    name: string,
    description: string,
    ingress: SecurityGroup["IpPermissions"],
    egress: SecurityGroup["IpPermissionsEgress"],
  ): SecurityGroup => ({
    GroupId: id,
    IpPermissionsEgress: egress,
    Tags: ec2Name(name),
    VpcId: PROD_VPC,
    SecurityGroupArn: `arn:aws:ec2:us-east-1:${PROD}:security-group/${id}`,
    OwnerId: PROD,
    GroupName: name,
    Description: description,
    IpPermissions: ingress,
  });
  const securityGroups: SecurityGroup[] = [
    group(
      SG_NOTEBOOKS,
      "ml-prod-notebooks",
      "SageMaker notebook instances",
      [],
      [https("10.20.0.0/16", "VPC endpoints")],
    ),
    group(
      SG_JOBS,
      "ml-prod-training-jobs",
      "SageMaker training, processing and monitoring jobs",
      [
        {
          IpProtocol: "-1",
          UserIdGroupPairs: [{ GroupId: SG_JOBS, UserId: PROD, Description: "Inter-node traffic of distributed jobs" }],
          IpRanges: [],
          Ipv6Ranges: [],
          PrefixListIds: [],
        },
      ],
      [allTraffic],
    ),
    group(
      SG_INFERENCE,
      "ml-prod-inference",
      "SageMaker model containers",
      [],
      [https("10.20.0.0/16", "VPC endpoints and registry")],
    ),
    group(
      SG_ENDPOINTS,
      "ml-prod-vpc-endpoints",
      "Interface VPC endpoints",
      [https("10.20.0.0/16", "Whole VPC")],
      [allTraffic],
    ),
    group(SG_STUDIO, "ml-prod-studio", "SageMaker Studio apps", [], [allTraffic]),
  ];
  return { vpcs, subnets, routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups };
}

function ecrRepository(
  account: string,
  region: string,
  name: string,
  created: string,
  mutability: "IMMUTABLE" | "MUTABLE",
  scanOnPush: boolean,
  kmsKey?: string,
): EcrRepository {
  return {
    repositoryArn: `arn:aws:ecr:${region}:${account}:repository/${name}`,
    registryId: account,
    repositoryName: name,
    repositoryUri: `${account}.dkr.ecr.${region}.amazonaws.com/${name}`,
    createdAt: at(created),
    imageTagMutability: mutability,
    imageScanningConfiguration: { scanOnPush },
    encryptionConfiguration: kmsKey ? { encryptionType: "KMS", kmsKey } : { encryptionType: "AES256" },
  };
}

function prodUsRegion() {
  const tags: Record<string, Record<string, string>> = {
    [prodUs.sm("notebook-instance", "ml-feature-exploration")]: { owner: "data-science", team: "growth-analytics" },
    [prodUs.sm("notebook-instance", "shared-training-box")]: { owner: "ml-platform" },
    [prodUs.sm("notebook-instance", "fraud-model-prod")]: {
      owner: "fraud-ml",
      "data-classification": "restricted",
      "cost-center": "CC-4410",
    },
    [prodUs.sm("endpoint", "fraud-scoring-prod")]: { owner: "fraud-ml", "cost-center": "CC-4410", tier: "critical" },
    [prodUs.sm("endpoint", "credit-risk-scoring")]: { owner: "credit-risk", "cost-center": "CC-4520" },
    [prodUs.sm("model", "fraud-xgb-v7")]: { owner: "fraud-ml", "model-version": "7.0.3" },
    [prodUs.sm("feature-group", "fraud-transaction-features")]: {
      owner: "fraud-ml",
      "data-classification": "restricted",
    },
    [prodUs.sm("app-image-config", "fraud-analytics-kernel")]: { owner: "fraud-ml", "cost-center": "CC-4410" },
    // Created by a CloudFormation stack that set no tags of its own: only system tags, which do not count.
    [prodUs.sm("app-image-config", "r-tidyverse-jupyterlab")]: {
      "aws:cloudformation:stack-name": "studio-r-images",
      "aws:cloudformation:logical-id": "RTidyverseAppImageConfig",
      "aws:cloudformation:stack-id": `arn:aws:cloudformation:us-east-1:${PROD}:stack/studio-r-images/4f1e2d3c-b5a6-11f0-9c8d-0e7f6a5b4c3d`,
    },
    [prodUs.sm("image", "fraud-analytics-python311")]: { owner: "fraud-ml", "cost-center": "CC-4410" },
    [prodUs.sm("domain", "d-4xkq7m2zdp9r")]: { owner: "ml-platform", environment: "prod" },
  };
  return {
    region: US_EAST_1,
    sagemaker: {
      notebookInstances: prodUsNotebooks(),
      models: prodUsModels(),
      endpointConfigs: prodUsEndpointConfigs(),
      endpoints: prodUsEndpoints(),
      monitoringSchedules: prodUsMonitoringSchedules(),
      dataQualityJobDefinitions: DQ.map(dataQualityDefinition),
      modelQualityJobDefinitions: MQ.map(modelQualityDefinition),
      modelBiasJobDefinitions: MB.map(modelBiasDefinition),
      modelExplainabilityJobDefinitions: ME.map(modelExplainabilityDefinition),
      featureGroups: prodUsFeatureGroups(),
      appImageConfigs: prodUsAppImageConfigs(),
      images: prodUsImages(),
      inferenceExperiments: prodUsInferenceExperiments(),
      domains: prodUsDomains(),
      trainingJobs: prodUsTrainingJobs(),
      processingJobs: prodUsProcessingJobs(),
      transformJobs: prodUsTransformJobs(),
    },
    tags,
    ec2: prodUsEc2(),
    ecr: {
      repositories: [
        ecrRepository(
          PROD,
          US_EAST_1,
          "fraud/xgboost-inference",
          "2024-06-03T09:12:44.000Z",
          "IMMUTABLE",
          true,
          KEY_PROD_US,
        ),
        ecrRepository(
          PROD,
          US_EAST_1,
          "fraud/feature-transform",
          "2024-06-03T09:14:02.000Z",
          "IMMUTABLE",
          true,
          KEY_PROD_US,
        ),
        ecrRepository(PROD, US_EAST_1, "credit-risk/lgbm-inference", "2025-01-21T13:40:19.000Z", "MUTABLE", false),
        ecrRepository(PROD, US_EAST_1, "credit-risk/lgbm-training", "2025-01-21T13:41:05.000Z", "MUTABLE", false),
        ecrRepository(PROD, US_EAST_1, "studio/fraud-analytics-python311", "2025-05-06T13:55:30.000Z", "MUTABLE", true),
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 111122223333 ml-prod / eu-west-1: EU customers' models, in a VPC without an internet route

const EU_VPC = "vpc-02c7e9a4b6d18f353";
const EU_PRIVATE_A = "subnet-0a6e3c8f1d2b49e70";
const EU_PRIVATE_B = "subnet-0b7f4d9a2e3c51f81";
const SG_EU_ML = "sg-0c3e5a7b9d1f24e86";
const EU_VPC_CONFIG = { SecurityGroupIds: [SG_EU_ML], Subnets: [EU_PRIVATE_A, EU_PRIVATE_B] };
const EU_FEATURE_STORE = "s3://fintech-ml-prod-feature-store-eu-west-1";

function prodEuRegion() {
  const consentCreated = at("2025-10-06T08:17:29.551Z");
  const consentTable = `eu_customer_consent_${Math.floor(consentCreated.getTime() / 1000)}`;
  const aggregationStart = at("2026-11-26T04:00:22.738Z");
  const model: DescribeModelOutput = {
    ModelName: "eu-dispute-classifier",
    PrimaryContainer: {
      Image: DLC_PYTORCH_INFERENCE_EU,
      Mode: "SingleModel",
      ModelDataUrl: "s3://fintech-ml-prod-model-artifacts-eu-west-1/disputes/classifier/v4/model.tar.gz",
      Environment: {
        SAGEMAKER_PROGRAM: "inference.py",
        SAGEMAKER_SUBMIT_DIRECTORY: "/opt/ml/model/code",
        SAGEMAKER_CONTAINER_LOG_LEVEL: "20",
        SAGEMAKER_REGION: "eu-west-1",
      },
    },
    ExecutionRoleArn: ROLE_FRAUD,
    VpcConfig: EU_VPC_CONFIG,
    CreationTime: at("2026-04-14T12:51:06.390Z"),
    ModelArn: prodEu.sm("model", "eu-dispute-classifier"),
    EnableNetworkIsolation: true,
  };
  const endpointConfig: DescribeEndpointConfigOutput = {
    EndpointConfigName: "eu-dispute-classifier-config-v4",
    EndpointConfigArn: prodEu.sm("endpoint-config", "eu-dispute-classifier-config-v4"),
    ProductionVariants: [
      {
        VariantName: "AllTraffic",
        ModelName: "eu-dispute-classifier",
        InitialInstanceCount: 2,
        InstanceType: "ml.c6i.xlarge",
        InitialVariantWeight: 1,
      },
    ],
    KmsKeyId: KEY_PROD_EU,
    CreationTime: at("2026-04-14T12:53:48.027Z"),
  };
  const endpoint: DescribeEndpointOutput = {
    EndpointName: "eu-dispute-classifier",
    EndpointArn: prodEu.sm("endpoint", "eu-dispute-classifier"),
    EndpointConfigName: "eu-dispute-classifier-config-v4",
    ProductionVariants: [
      {
        VariantName: "AllTraffic",
        DeployedImages: [
          {
            SpecifiedImage: DLC_PYTORCH_INFERENCE_EU,
            ResolvedImage: `763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference@${digest(DLC_PYTORCH_INFERENCE_EU)}`,
            ResolutionTime: at("2026-04-14T12:54:20.611Z"),
          },
        ],
        CurrentWeight: 1,
        DesiredWeight: 1,
        CurrentInstanceCount: 2,
        DesiredInstanceCount: 2,
      },
    ],
    EndpointStatus: "InService",
    CreationTime: at("2025-06-30T10:05:41.284Z"),
    LastModifiedTime: at("2026-04-14T13:02:55.196Z"),
  };
  const featureGroup: FeatureGroupItem = {
    FeatureGroupArn: prodEu.sm("feature-group", "eu-customer-consent"),
    FeatureGroupName: "eu-customer-consent",
    RecordIdentifierFeatureName: "customer_id",
    EventTimeFeatureName: "event_time",
    FeatureDefinitions: [
      { FeatureName: "customer_id", FeatureType: "String" },
      { FeatureName: "event_time", FeatureType: "String" },
      { FeatureName: "marketing_consent", FeatureType: "Integral" },
      { FeatureName: "profiling_consent", FeatureType: "Integral" },
    ],
    CreationTime: consentCreated,
    OnlineStoreConfig: { SecurityConfig: { KmsKeyId: KEY_PROD_EU }, EnableOnlineStore: true, StorageType: "Standard" },
    OfflineStoreConfig: {
      S3StorageConfig: {
        S3Uri: `${EU_FEATURE_STORE}/offline-store`,
        KmsKeyId: KEY_PROD_EU,
        ResolvedOutputS3Uri: `${EU_FEATURE_STORE}/offline-store/${PROD}/sagemaker/eu-west-1/offline-store/${consentTable}/data`,
      },
      DisableGlueTableCreation: false,
      DataCatalogConfig: { TableName: consentTable, Catalog: "AwsDataCatalog", Database: "sagemaker_featurestore" },
      TableFormat: "Iceberg",
    },
    ThroughputConfig: { ThroughputMode: "OnDemand" },
    RoleArn: ROLE_FEATURES,
    FeatureGroupStatus: "Created",
    OfflineStoreStatus: { Status: "Active" },
    OnlineStoreTotalSizeBytes: 73400320,
  };
  const processingJob: DescribeProcessingJobResponse = {
    ProcessingInputs: [
      {
        InputName: "code",
        AppManaged: false,
        S3Input: {
          S3Uri: "s3://fintech-ml-prod-model-artifacts-eu-west-1/pipelines/consent/aggregate.py",
          LocalPath: "/opt/ml/processing/input/code",
          S3DataType: "S3Prefix",
          S3InputMode: "File",
          S3DataDistributionType: "FullyReplicated",
          S3CompressionType: "None",
        },
      },
    ],
    ProcessingOutputConfig: {
      Outputs: [
        {
          OutputName: "consent-snapshot",
          S3Output: {
            S3Uri: `${EU_FEATURE_STORE}/exports/consent/dt=2026-11-25/`,
            LocalPath: "/opt/ml/processing/output",
            S3UploadMode: "EndOfJob",
          },
          AppManaged: false,
        },
      ],
      KmsKeyId: KEY_PROD_EU,
    },
    ProcessingJobName: "eu-consent-aggregation-2026-11-26-04-00-19-402",
    ProcessingResources: {
      ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.large", VolumeSizeInGB: 30, VolumeKmsKeyId: KEY_PROD_EU },
    },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    AppSpecification: {
      ImageUri: "141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3",
      ContainerEntrypoint: ["python3", "/opt/ml/processing/input/code/aggregate.py"],
    },
    NetworkConfig: {
      EnableInterContainerTrafficEncryption: false,
      EnableNetworkIsolation: false,
      VpcConfig: EU_VPC_CONFIG,
    },
    RoleArn: ROLE_FEATURES,
    ProcessingJobArn: prodEu.sm("processing-job", "eu-consent-aggregation-2026-11-26-04-00-19-402"),
    ProcessingJobStatus: "Completed",
    ExitMessage: "",
    ProcessingEndTime: plus(aggregationStart, 611),
    ProcessingStartTime: aggregationStart,
    LastModifiedTime: plus(aggregationStart, 613),
    CreationTime: plus(aggregationStart, -3),
  };
  const domain: DescribeDomainResponse = {
    DomainArn: prodEu.sm("domain", "d-9hwz3tq6ck1b"),
    DomainId: "d-9hwz3tq6ck1b",
    DomainName: "ml-prod-studio-eu",
    HomeEfsFileSystemId: "fs-0d3c5e7a9b1f24608",
    Status: "InService",
    CreationTime: at("2025-06-16T09:02:47.915Z"),
    LastModifiedTime: at("2025-06-16T09:09:13.480Z"),
    SecurityGroupIdForDomainBoundary: "sg-07a9c1e3b5d2f4681",
    AuthMode: "IAM",
    DefaultUserSettings: {
      ExecutionRole: ROLE_STUDIO,
      SecurityGroups: [SG_EU_ML],
      SharingSettings: { NotebookOutputOption: "Disabled" },
      StudioWebPortal: "ENABLED",
      DefaultLandingUri: "studio::",
    },
    DomainSettings: { SecurityGroupIds: [SG_EU_ML], DockerSettings: { EnableDockerAccess: "DISABLED" } },
    AppNetworkAccessType: "VpcOnly",
    AppSecurityGroupManagement: "Customer",
    SubnetIds: [EU_PRIVATE_A, EU_PRIVATE_B],
    Url: "https://d-9hwz3tq6ck1b.studio.eu-west-1.sagemaker.aws",
    VpcId: EU_VPC,
    KmsKeyId: KEY_PROD_EU,
    TagPropagation: "DISABLED",
  };
  const euSubnet = (id: string, cidr: string, az: string, azId: string): Subnet => ({
    AvailabilityZoneId: azId,
    MapCustomerOwnedIpOnLaunch: false,
    OwnerId: PROD,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    Tags: ec2Name(`ml-prod-eu-private-${az.slice(-1)}`),
    SubnetArn: `arn:aws:ec2:eu-west-1:${PROD}:subnet/${id}`,
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: {
      HostnameType: "ip-name",
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
    BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
    SubnetId: id,
    State: "available",
    VpcId: EU_VPC,
    CidrBlock: cidr,
    AvailableIpAddressCount: 4082,
    AvailabilityZone: az,
    DefaultForAz: false,
    MapPublicIpOnLaunch: false,
  });
  const euEndpoint = (id: string, service: string, type: "Interface" | "Gateway", created: string): VpcEndpoint => ({
    VpcEndpointId: id,
    VpcEndpointType: type,
    VpcId: EU_VPC,
    ServiceName: `com.amazonaws.eu-west-1.${service}`,
    State: asReturned("available"),
    PolicyDocument:
      type === "Gateway"
        ? '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}'
        : '{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}',
    RouteTableIds: type === "Gateway" ? ["rtb-0f1a3c5e7b9d24680"] : [],
    SubnetIds: type === "Interface" ? [EU_PRIVATE_A, EU_PRIVATE_B] : [],
    Groups: type === "Interface" ? [{ GroupId: SG_EU_ML, GroupName: "ml-prod-eu-ml" }] : [],
    IpAddressType: "ipv4",
    ...(type === "Interface" && { DnsOptions: { DnsRecordIpType: "ipv4" as const } }),
    PrivateDnsEnabled: type === "Interface",
    RequesterManaged: false,
    NetworkInterfaceIds:
      type === "Interface" ? [`eni-0${digest(id).slice(7, 23)}`, `eni-0${digest(id).slice(23, 39)}`] : [],
    DnsEntries: [],
    CreationTimestamp: at(created),
    Tags: ec2Name(`ml-prod-eu-${service.replace(/\./g, "-")}`),
    OwnerId: PROD,
  });
  return {
    region: EU_WEST_1,
    sagemaker: {
      models: [model],
      endpointConfigs: [endpointConfig],
      endpoints: [endpoint],
      featureGroups: [featureGroup],
      domains: [domain],
      processingJobs: [processingJob],
    },
    tags: {
      [prodEu.sm("endpoint", "eu-dispute-classifier")]: { owner: "disputes-ml", "data-residency": "eu" },
      [prodEu.sm("feature-group", "eu-customer-consent")]: {
        owner: "data-platform",
        "data-classification": "restricted",
        "data-residency": "eu",
      },
    },
    ec2: {
      vpcs: [
        {
          OwnerId: PROD,
          InstanceTenancy: "default",
          CidrBlockAssociationSet: [
            {
              AssociationId: "vpc-cidr-assoc-0e8f4c2b0a3d57f96",
              CidrBlock: "10.40.0.0/16",
              CidrBlockState: { State: "associated" },
            },
          ],
          IsDefault: false,
          Tags: ec2Name("ml-prod-eu-vpc", [{ Key: "environment", Value: "prod" }]),
          BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
          VpcId: EU_VPC,
          State: "available",
          CidrBlock: "10.40.0.0/16",
          DhcpOptionsId: "dopt-0b3d5f7a9c2e4a681",
        },
      ] satisfies Vpc[],
      subnets: [
        euSubnet(EU_PRIVATE_A, "10.40.0.0/20", "eu-west-1a", "euw1-az3"),
        euSubnet(EU_PRIVATE_B, "10.40.16.0/20", "eu-west-1b", "euw1-az1"),
      ],
      routeTables: [
        {
          Associations: [
            {
              Main: true,
              RouteTableAssociationId: "rtbassoc-0a2b4c6d8e1f35a79",
              RouteTableId: "rtb-0f1a3c5e7b9d24680",
              AssociationState: { State: "associated" },
            },
          ],
          PropagatingVgws: [],
          RouteTableId: "rtb-0f1a3c5e7b9d24680",
          Routes: [
            { DestinationCidrBlock: "10.40.0.0/16", GatewayId: "local", Origin: "CreateRouteTable", State: "active" },
            {
              DestinationPrefixListId: "pl-6da54004",
              GatewayId: "vpce-02b4d6f8a1c3e5079",
              Origin: "CreateRoute",
              State: "active",
            },
          ],
          Tags: ec2Name("ml-prod-eu-private"),
          VpcId: EU_VPC,
          OwnerId: PROD,
        },
      ] satisfies RouteTable[],
      natGateways: [],
      internetGateways: [],
      vpcEndpoints: [
        euEndpoint("vpce-02b4d6f8a1c3e5079", "s3", "Gateway", "2025-06-12T14:20:05.000Z"),
        euEndpoint("vpce-03c5e7a9b2d4f6180", "sagemaker.api", "Interface", "2025-06-12T14:22:41.000Z"),
        euEndpoint("vpce-04d6f8b0c3e5a7291", "sagemaker.runtime", "Interface", "2025-06-12T14:22:44.000Z"),
        euEndpoint("vpce-05e7a9c1d4f6b8302", "sts", "Interface", "2025-06-12T14:23:10.000Z"),
        euEndpoint("vpce-06f8b0d2e5a7c9413", "ecr.api", "Interface", "2025-06-12T14:23:36.000Z"),
        euEndpoint("vpce-07a9c1e3f6b8d0524", "ecr.dkr", "Interface", "2025-06-12T14:23:39.000Z"),
        euEndpoint("vpce-08b0d2f4a7c9e1635", "logs", "Interface", "2025-06-12T14:24:02.000Z"),
      ],
      securityGroups: [
        {
          GroupId: SG_EU_ML,
          IpPermissionsEgress: [
            {
              IpProtocol: "tcp",
              FromPort: 443,
              ToPort: 443,
              UserIdGroupPairs: [],
              IpRanges: [{ CidrIp: "10.40.0.0/16", Description: "VPC endpoints" }],
              Ipv6Ranges: [],
              PrefixListIds: [{ PrefixListId: "pl-6da54004", Description: "S3 gateway endpoint" }],
            },
          ],
          Tags: ec2Name("ml-prod-eu-ml"),
          VpcId: EU_VPC,
          SecurityGroupArn: `arn:aws:ec2:eu-west-1:${PROD}:security-group/${SG_EU_ML}`,
          OwnerId: PROD,
          GroupName: "ml-prod-eu-ml",
          Description: "SageMaker workloads and interface endpoints (EU)",
          IpPermissions: [
            {
              IpProtocol: "tcp",
              FromPort: 443,
              ToPort: 443,
              UserIdGroupPairs: [{ GroupId: SG_EU_ML, UserId: PROD }],
              IpRanges: [],
              Ipv6Ranges: [],
              PrefixListIds: [],
            },
          ],
        },
      ] satisfies SecurityGroup[],
    },
    ecr: { repositories: [] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 444455556666 ml-sandbox / us-east-1: experiments, with looser settings

const SANDBOX_VPC = "vpc-0e4b7d1a9c3f26b58";
const SANDBOX_PRIVATE = "subnet-04c9e2a7f1b3d6e82";
const SANDBOX_PUBLIC = "subnet-09f1a3c5e7b2d4068";
const SG_SANDBOX = "sg-0e2a4c6b8d1f37592";
const SANDBOX_VPC_CONFIG = { SecurityGroupIds: [SG_SANDBOX], Subnets: [SANDBOX_PRIVATE] };
const SANDBOX_BUCKET = `s3://sagemaker-us-east-1-${SANDBOX}`;

function sandboxUsRegion() {
  const finetuneStart = at("2026-11-10T18:04:51.307Z");
  const finetuneEnd = plus(finetuneStart, 15388);
  const preprocessStart = at("2026-11-12T10:41:26.590Z");
  const notebooks: DescribeNotebookInstanceOutput[] = [
    {
      NotebookInstanceArn: sandboxUs.sm("notebook-instance", "sandbox-llm-playground"),
      NotebookInstanceName: "sandbox-llm-playground",
      NotebookInstanceStatus: "InService",
      Url: "sandbox-llm-playground.notebook.us-east-1.sagemaker.aws",
      InstanceType: "ml.g5.xlarge",
      IpAddressType: "ipv4",
      RoleArn: ROLE_SANDBOX_NO_S3,
      KmsKeyId: KEY_SANDBOX_US,
      LastModifiedTime: at("2026-11-25T13:37:02.744Z"),
      CreationTime: at("2026-06-03T15:20:38.129Z"),
      DirectInternetAccess: "Enabled",
      VolumeSizeInGB: 100,
      RootAccess: "Enabled",
      PlatformIdentifier: "notebook-al2023-v1",
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" },
    },
    {
      NotebookInstanceArn: sandboxUs.sm("notebook-instance", "intern-2025-churn"),
      NotebookInstanceName: "intern-2025-churn",
      NotebookInstanceStatus: "Stopped",
      Url: "intern-2025-churn.notebook.us-east-1.sagemaker.aws",
      InstanceType: "ml.t3.medium",
      IpAddressType: "ipv4",
      RoleArn: ROLE_SANDBOX_CONSOLE,
      LastModifiedTime: at("2025-09-05T16:58:11.032Z"),
      CreationTime: at("2025-06-02T09:16:03.871Z"),
      DirectInternetAccess: "Enabled",
      VolumeSizeInGB: 5,
      RootAccess: "Enabled",
      PlatformIdentifier: "notebook-al2-v2",
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" },
    },
  ];
  const models: DescribeModelOutput[] = [
    {
      ModelName: "sentiment-distilbert-hf",
      PrimaryContainer: {
        Image: "huggingface/transformers-pytorch-cpu:4.18.0",
        ImageConfig: { RepositoryAccessMode: "Vpc" },
        Mode: "SingleModel",
        ModelDataUrl: `${SANDBOX_BUCKET}/sentiment-distilbert/model.tar.gz`,
        Environment: { HF_TASK: "text-classification" },
      },
      ExecutionRoleArn: ROLE_SANDBOX_CONSOLE,
      VpcConfig: SANDBOX_VPC_CONFIG,
      CreationTime: at("2026-07-21T14:06:55.218Z"),
      ModelArn: sandboxUs.sm("model", "sentiment-distilbert-hf"),
      EnableNetworkIsolation: false,
    },
    {
      ModelName: "fraud-xgb-v7-replay",
      PrimaryContainer: {
        Image: prodUs.ecr("fraud/xgboost-inference:7.0.3"),
        Mode: "SingleModel",
        ModelDataUrl: `${SANDBOX_BUCKET}/replay/fraud-xgb-v7/model.tar.gz`,
        Environment: {},
      },
      ExecutionRoleArn: ROLE_SANDBOX_CONSOLE,
      CreationTime: at("2026-10-02T11:44:17.659Z"),
      ModelArn: sandboxUs.sm("model", "fraud-xgb-v7-replay"),
      EnableNetworkIsolation: true,
    },
  ];
  const endpointConfigs: DescribeEndpointConfigOutput[] = [
    {
      EndpointConfigName: "sentiment-distilbert-config",
      EndpointConfigArn: sandboxUs.sm("endpoint-config", "sentiment-distilbert-config"),
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          ModelName: "sentiment-distilbert-hf",
          InitialInstanceCount: 1,
          InstanceType: "ml.m5.large",
          InitialVariantWeight: 1,
        },
      ],
      CreationTime: at("2026-07-21T14:08:30.774Z"),
    },
  ];
  const endpoints: DescribeEndpointOutput[] = [
    {
      EndpointName: "sentiment-distilbert",
      EndpointArn: sandboxUs.sm("endpoint", "sentiment-distilbert"),
      EndpointConfigName: "sentiment-distilbert-config",
      ProductionVariants: [
        {
          VariantName: "AllTraffic",
          DeployedImages: [
            {
              SpecifiedImage: "huggingface/transformers-pytorch-cpu:4.18.0",
              ResolvedImage: `huggingface/transformers-pytorch-cpu@${digest("huggingface/transformers-pytorch-cpu:4.18.0")}`,
              ResolutionTime: at("2026-07-21T14:09:02.390Z"),
            },
          ],
          CurrentWeight: 1,
          DesiredWeight: 1,
          CurrentInstanceCount: 1,
          DesiredInstanceCount: 1,
        },
      ],
      EndpointStatus: "InService",
      CreationTime: at("2026-07-21T14:09:01.905Z"),
      LastModifiedTime: at("2026-07-21T14:16:47.512Z"),
    },
  ];
  const trainingJobs: DescribeTrainingJobResponse[] = [
    {
      TrainingJobName: "llm-finetune-llama3-8b-2026-11-10-18-04-48-772",
      TrainingJobArn: sandboxUs.sm("training-job", "llm-finetune-llama3-8b-2026-11-10-18-04-48-772"),
      ModelArtifacts: {
        S3ModelArtifacts: `${SANDBOX_BUCKET}/llm-finetune-llama3-8b-2026-11-10-18-04-48-772/output/model.tar.gz`,
      },
      TrainingJobStatus: "Completed",
      SecondaryStatus: "Completed",
      HyperParameters: {
        epochs: "3",
        lora_r: "16",
        per_device_train_batch_size: "4",
        sagemaker_distributed_dataparallel_enabled: "false",
        sagemaker_program: '"run_clm.py"',
        sagemaker_region: '"us-east-1"',
      },
      AlgorithmSpecification: {
        TrainingImage: DLC_PYTORCH_TRAINING_US,
        TrainingInputMode: "FastFile",
        EnableSageMakerMetricsTimeSeries: true,
      },
      RoleArn: ROLE_SANDBOX_CONSOLE,
      InputDataConfig: [
        {
          ChannelName: "training",
          DataSource: {
            S3DataSource: {
              S3DataType: "S3Prefix",
              S3Uri: `${SANDBOX_BUCKET}/datasets/support-tickets-redacted/`,
              S3DataDistributionType: "FullyReplicated",
            },
          },
          CompressionType: "None",
          RecordWrapperType: "None",
        },
      ],
      OutputDataConfig: { KmsKeyId: KEY_SANDBOX_US, S3OutputPath: `${SANDBOX_BUCKET}/`, CompressionType: "NONE" },
      ResourceConfig: {
        InstanceType: "ml.p4d.24xlarge",
        InstanceCount: 2,
        VolumeSizeInGB: 500,
        KeepAlivePeriodInSeconds: 0,
      },
      StoppingCondition: { MaxRuntimeInSeconds: 86400 },
      CreationTime: plus(finetuneStart, -3),
      TrainingStartTime: finetuneStart,
      TrainingEndTime: finetuneEnd,
      LastModifiedTime: plus(finetuneEnd, 2),
      SecondaryStatusTransitions: completedTransitions(finetuneStart, finetuneEnd),
      EnableNetworkIsolation: false,
      EnableInterContainerTrafficEncryption: true,
      EnableManagedSpotTraining: false,
      TrainingTimeInSeconds: 15388,
      BillableTimeInSeconds: 30776,
      ProfilingStatus: "Disabled",
      Environment: { HF_HUB_ENABLE_HF_TRANSFER: "1" },
    },
  ];
  const processingJobs: DescribeProcessingJobResponse[] = [
    {
      ProcessingInputs: [
        {
          InputName: "code",
          AppManaged: false,
          S3Input: {
            S3Uri: `${SANDBOX_BUCKET}/sklearn-preprocess-2026-11-12-10-41-23-118/input/code/preprocess.py`,
            LocalPath: "/opt/ml/processing/input/code",
            S3DataType: "S3Prefix",
            S3InputMode: "File",
            S3DataDistributionType: "FullyReplicated",
            S3CompressionType: "None",
          },
        },
      ],
      ProcessingOutputConfig: {
        Outputs: [
          {
            OutputName: "train",
            S3Output: {
              S3Uri: `${SANDBOX_BUCKET}/sklearn-preprocess-2026-11-12-10-41-23-118/output/train`,
              LocalPath: "/opt/ml/processing/train",
              S3UploadMode: "EndOfJob",
            },
            AppManaged: false,
          },
        ],
      },
      ProcessingJobName: "sklearn-preprocess-2026-11-12-10-41-23-118",
      ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30 } },
      StoppingCondition: { MaxRuntimeInSeconds: 86400 },
      AppSpecification: {
        ImageUri: SKLEARN_BUILTIN_US,
        ContainerEntrypoint: ["python3", "/opt/ml/processing/input/code/preprocess.py"],
      },
      RoleArn: ROLE_SANDBOX_CONSOLE,
      ProcessingJobArn: sandboxUs.sm("processing-job", "sklearn-preprocess-2026-11-12-10-41-23-118"),
      ProcessingJobStatus: "Completed",
      ProcessingEndTime: plus(preprocessStart, 402),
      ProcessingStartTime: preprocessStart,
      LastModifiedTime: plus(preprocessStart, 404),
      CreationTime: plus(preprocessStart, -3),
    },
  ];
  const domains: DescribeDomainResponse[] = [
    {
      DomainArn: sandboxUs.sm("domain", "d-7mfn2rk4xq8s"),
      DomainId: "d-7mfn2rk4xq8s",
      DomainName: "ml-sandbox-studio",
      HomeEfsFileSystemId: "fs-0e4d6f8a0b2c35719",
      Status: "InService",
      CreationTime: at("2025-06-02T09:03:12.664Z"),
      LastModifiedTime: at("2025-06-02T09:09:47.308Z"),
      AuthMode: "IAM",
      DefaultUserSettings: {
        ExecutionRole: ROLE_SANDBOX_CONSOLE,
        SharingSettings: {
          NotebookOutputOption: "Allowed",
          S3OutputPath: `${SANDBOX_BUCKET}/sharing`,
        },
        StudioWebPortal: "ENABLED",
        DefaultLandingUri: "studio::",
      },
      DomainSettings: { DockerSettings: { EnableDockerAccess: "ENABLED" } },
      AppNetworkAccessType: "PublicInternetOnly",
      SubnetIds: [SANDBOX_PRIVATE],
      Url: "https://d-7mfn2rk4xq8s.studio.us-east-1.sagemaker.aws",
      VpcId: SANDBOX_VPC,
      TagPropagation: "DISABLED",
    },
  ];
  const inferenceExperiments: DescribeInferenceExperimentResponse[] = [
    {
      Arn: sandboxUs.sm("inference-experiment", "sentiment-distilbert-load-shadow"),
      Name: "sentiment-distilbert-load-shadow",
      Type: "ShadowMode",
      Schedule: { StartTime: at("2026-07-22T09:00:00.000Z"), EndTime: at("2026-07-23T09:00:00.000Z") },
      Status: "Completed",
      CreationTime: at("2026-07-22T08:41:19.025Z"),
      CompletionTime: at("2026-07-23T09:02:30.447Z"),
      LastModifiedTime: at("2026-07-23T09:02:30.447Z"),
      RoleArn: ROLE_SANDBOX_CONSOLE,
      EndpointMetadata: { EndpointName: "sentiment-distilbert" },
      ModelVariants: [
        {
          ModelName: "sentiment-distilbert-hf",
          VariantName: "AllTraffic",
          InfrastructureConfig: {
            InfrastructureType: "RealTimeInference",
            RealTimeInferenceConfig: { InstanceType: "ml.m5.large", InstanceCount: 1 },
          },
          Status: "InService",
        },
        {
          ModelName: "sentiment-distilbert-hf",
          VariantName: "shadow-c6i",
          InfrastructureConfig: {
            InfrastructureType: "RealTimeInference",
            RealTimeInferenceConfig: { InstanceType: "ml.c6i.large", InstanceCount: 1 },
          },
          Status: "Deleted",
        },
      ],
      ShadowModeConfig: {
        SourceModelVariantName: "AllTraffic",
        ShadowModelVariants: [{ ShadowModelVariantName: "shadow-c6i", SamplingPercentage: 100 }],
      },
      KmsKey: KEY_SANDBOX_US,
    },
  ];
  const images: DescribeImageResponse[] = [
    {
      CreationTime: at("2026-03-09T10:12:40.118Z"),
      DisplayName: "PyTorch nightly (sandbox)",
      ImageArn: sandboxUs.sm("image", "pytorch-nightly"),
      ImageName: "pytorch-nightly",
      ImageStatus: "CREATED",
      LastModifiedTime: at("2026-11-01T07:30:02.954Z"),
      RoleArn: ROLE_SANDBOX_CONSOLE,
    },
  ];

  const SANDBOX_NAT = "nat-06a2c4e8b1d3f5079";
  const SANDBOX_IGW = "igw-0c7e1a3b5d9f24681";
  const sandboxSubnet = (id: string, cidr: string, name: string, publicIp: boolean): Subnet => ({
    AvailabilityZoneId: "use1-az2",
    MapCustomerOwnedIpOnLaunch: false,
    OwnerId: SANDBOX,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    Tags: ec2Name(name),
    SubnetArn: `arn:aws:ec2:us-east-1:${SANDBOX}:subnet/${id}`,
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: {
      HostnameType: "ip-name",
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
    BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
    SubnetId: id,
    State: "available",
    VpcId: SANDBOX_VPC,
    CidrBlock: cidr,
    AvailableIpAddressCount: 245,
    AvailabilityZone: "us-east-1c",
    DefaultForAz: false,
    MapPublicIpOnLaunch: publicIp,
  });
  const sandboxLocal = {
    DestinationCidrBlock: "10.99.0.0/16",
    GatewayId: "local",
    Origin: "CreateRouteTable",
    State: "active",
  } as const;

  return {
    region: US_EAST_1,
    sagemaker: {
      notebookInstances: notebooks,
      models,
      endpointConfigs,
      endpoints,
      images,
      inferenceExperiments,
      domains,
      trainingJobs,
      processingJobs,
    },
    tags: {
      [sandboxUs.sm("notebook-instance", "sandbox-llm-playground")]: { owner: "genai-lab", environment: "sandbox" },
      [sandboxUs.sm("image", "pytorch-nightly")]: { owner: "genai-lab", environment: "sandbox" },
      [sandboxUs.sm("domain", "d-7mfn2rk4xq8s")]: { environment: "sandbox" },
    },
    ec2: {
      vpcs: [
        {
          OwnerId: SANDBOX,
          InstanceTenancy: "default",
          CidrBlockAssociationSet: [
            {
              AssociationId: "vpc-cidr-assoc-0a5c7e9b1d3f2468a",
              CidrBlock: "10.99.0.0/16",
              CidrBlockState: { State: "associated" },
            },
          ],
          IsDefault: false,
          Tags: ec2Name("ml-sandbox-vpc", [{ Key: "environment", Value: "sandbox" }]),
          BlockPublicAccessStates: { InternetGatewayBlockMode: "off" },
          VpcId: SANDBOX_VPC,
          State: "available",
          CidrBlock: "10.99.0.0/16",
          DhcpOptionsId: "dopt-0c4e6a8b0d2f35792",
        },
      ] satisfies Vpc[],
      subnets: [
        sandboxSubnet(SANDBOX_PRIVATE, "10.99.1.0/24", "ml-sandbox-private", false),
        sandboxSubnet(SANDBOX_PUBLIC, "10.99.100.0/24", "ml-sandbox-public", true),
      ],
      routeTables: [
        {
          Associations: [
            {
              Main: true,
              RouteTableAssociationId: "rtbassoc-0b3d5f7a9c1e2468b",
              RouteTableId: "rtb-0a4c6e8b0d2f3579c",
              AssociationState: { State: "associated" },
            },
            {
              Main: false,
              RouteTableAssociationId: "rtbassoc-0c4e6a8b0d2f3579d",
              RouteTableId: "rtb-0a4c6e8b0d2f3579c",
              SubnetId: SANDBOX_PRIVATE,
              AssociationState: { State: "associated" },
            },
          ],
          PropagatingVgws: [],
          RouteTableId: "rtb-0a4c6e8b0d2f3579c",
          Routes: [
            sandboxLocal,
            { DestinationCidrBlock: "0.0.0.0/0", NatGatewayId: SANDBOX_NAT, Origin: "CreateRoute", State: "active" },
          ],
          Tags: ec2Name("ml-sandbox-private"),
          VpcId: SANDBOX_VPC,
          OwnerId: SANDBOX,
        },
        {
          Associations: [
            {
              Main: false,
              RouteTableAssociationId: "rtbassoc-0d5f7b9c1e3a4680e",
              RouteTableId: "rtb-0b5d7f9c1e3a4680f",
              SubnetId: SANDBOX_PUBLIC,
              AssociationState: { State: "associated" },
            },
          ],
          PropagatingVgws: [],
          RouteTableId: "rtb-0b5d7f9c1e3a4680f",
          Routes: [
            sandboxLocal,
            { DestinationCidrBlock: "0.0.0.0/0", GatewayId: SANDBOX_IGW, Origin: "CreateRoute", State: "active" },
          ],
          Tags: ec2Name("ml-sandbox-public"),
          VpcId: SANDBOX_VPC,
          OwnerId: SANDBOX,
        },
      ] satisfies RouteTable[],
      natGateways: [
        {
          CreateTime: at("2025-06-01T17:22:48.000Z"),
          NatGatewayAddresses: [
            {
              AllocationId: "eipalloc-0e5a7c9b1d3f2468e",
              NetworkInterfaceId: "eni-0f6b8d0a2c4e3579f",
              PrivateIp: "10.99.100.58",
              PublicIp: "198.51.100.77",
              AssociationId: "eipassoc-0a7c9e1b3d5f2468a",
              IsPrimary: true,
              Status: "succeeded",
            },
          ],
          NatGatewayId: SANDBOX_NAT,
          State: "available",
          SubnetId: SANDBOX_PUBLIC,
          VpcId: SANDBOX_VPC,
          Tags: ec2Name("ml-sandbox-nat"),
          ConnectivityType: "public",
        },
      ] satisfies NatGateway[],
      internetGateways: [
        {
          Attachments: [{ State: asReturned("available"), VpcId: SANDBOX_VPC }],
          InternetGatewayId: SANDBOX_IGW,
          OwnerId: SANDBOX,
          Tags: ec2Name("ml-sandbox-igw"),
        },
      ] satisfies InternetGateway[],
      vpcEndpoints: [],
      securityGroups: [
        {
          GroupId: SG_SANDBOX,
          IpPermissionsEgress: [
            {
              IpProtocol: "-1",
              UserIdGroupPairs: [],
              IpRanges: [{ CidrIp: "0.0.0.0/0" }],
              Ipv6Ranges: [],
              PrefixListIds: [],
            },
          ],
          Tags: ec2Name("ml-sandbox"),
          VpcId: SANDBOX_VPC,
          SecurityGroupArn: `arn:aws:ec2:us-east-1:${SANDBOX}:security-group/${SG_SANDBOX}`,
          OwnerId: SANDBOX,
          GroupName: "ml-sandbox",
          Description: "Sandbox SageMaker workloads",
          IpPermissions: [],
        },
      ] satisfies SecurityGroup[],
    },
    ecr: {
      repositories: [
        ecrRepository(SANDBOX, US_EAST_1, "sandbox/llm-experiments", "2026-06-03T15:02:11.000Z", "MUTABLE", false),
        ecrRepository(
          SANDBOX,
          US_EAST_1,
          "sagemaker-studio/pytorch-nightly",
          "2026-03-09T10:01:54.000Z",
          "MUTABLE",
          false,
        ),
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 444455556666 ml-sandbox / eu-west-1: an SCP denies Feature Store here, so that collection cannot be read

function sandboxEuRegion() {
  const batchStart = at("2026-11-20T16:12:09.433Z");
  const model: DescribeModelOutput = {
    ModelName: "churn-baseline-sklearn",
    PrimaryContainer: {
      Image: "141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3",
      Mode: "SingleModel",
      ModelDataUrl: `s3://sagemaker-eu-west-1-${SANDBOX}/churn-baseline/model.tar.gz`,
      Environment: { SAGEMAKER_PROGRAM: "serve.py", SAGEMAKER_REGION: "eu-west-1" },
    },
    ExecutionRoleArn: ROLE_SANDBOX_CONSOLE,
    CreationTime: at("2026-11-20T16:05:38.760Z"),
    ModelArn: sandboxEu.sm("model", "churn-baseline-sklearn"),
    EnableNetworkIsolation: false,
  };
  const transformJob: DescribeTransformJobResponse = {
    TransformJobName: "churn-baseline-batch-2026-11-20",
    TransformJobArn: sandboxEu.sm("transform-job", "churn-baseline-batch-2026-11-20"),
    TransformJobStatus: "Completed",
    ModelName: "churn-baseline-sklearn",
    MaxConcurrentTransforms: 1,
    MaxPayloadInMB: 6,
    BatchStrategy: "MultiRecord",
    TransformInput: {
      DataSource: {
        S3DataSource: { S3DataType: "S3Prefix", S3Uri: `s3://sagemaker-eu-west-1-${SANDBOX}/churn-baseline/input/` },
      },
      ContentType: "text/csv",
      CompressionType: "None",
      SplitType: "Line",
    },
    TransformOutput: {
      S3OutputPath: `s3://sagemaker-eu-west-1-${SANDBOX}/churn-baseline/output/`,
      AssembleWith: "Line",
    },
    TransformResources: { InstanceType: "ml.m5.large", InstanceCount: 1 },
    CreationTime: plus(batchStart, -2),
    TransformStartTime: batchStart,
    TransformEndTime: plus(batchStart, 488),
  };
  const trainStart = at("2026-11-20T15:41:52.086Z");
  const trainEnd = plus(trainStart, 713);
  const trainingJob: DescribeTrainingJobResponse = {
    TrainingJobName: "churn-baseline-xgb-2026-11-20-15-41-49-307",
    TrainingJobArn: sandboxEu.sm("training-job", "churn-baseline-xgb-2026-11-20-15-41-49-307"),
    ModelArtifacts: {
      S3ModelArtifacts: `s3://sagemaker-eu-west-1-${SANDBOX}/churn-baseline/churn-baseline-xgb-2026-11-20-15-41-49-307/output/model.tar.gz`,
    },
    TrainingJobStatus: "Completed",
    SecondaryStatus: "Completed",
    HyperParameters: { objective: "binary:logistic", num_round: "200", max_depth: "5" },
    AlgorithmSpecification: {
      TrainingImage: "141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1",
      TrainingInputMode: "File",
      EnableSageMakerMetricsTimeSeries: false,
    },
    RoleArn: ROLE_SANDBOX_CONSOLE,
    InputDataConfig: [
      {
        ChannelName: "train",
        DataSource: {
          S3DataSource: {
            S3DataType: "S3Prefix",
            S3Uri: `s3://sagemaker-eu-west-1-${SANDBOX}/churn-baseline/train/`,
            S3DataDistributionType: "FullyReplicated",
          },
        },
        ContentType: "text/csv",
        CompressionType: "None",
        RecordWrapperType: "None",
      },
    ],
    OutputDataConfig: { S3OutputPath: `s3://sagemaker-eu-west-1-${SANDBOX}/churn-baseline/`, CompressionType: "GZIP" },
    ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 10, KeepAlivePeriodInSeconds: 0 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    CreationTime: plus(trainStart, -2),
    TrainingStartTime: trainStart,
    TrainingEndTime: trainEnd,
    LastModifiedTime: plus(trainEnd, 2),
    SecondaryStatusTransitions: completedTransitions(trainStart, trainEnd),
    FinalMetricDataList: [{ MetricName: "train:logloss", Value: 0.3518, Timestamp: plus(trainEnd, -50) }],
    EnableNetworkIsolation: true,
    EnableInterContainerTrafficEncryption: false,
    EnableManagedSpotTraining: false,
    TrainingTimeInSeconds: 713,
    BillableTimeInSeconds: 713,
    ProfilingStatus: "Disabled",
  };
  return {
    region: EU_WEST_1,
    sagemaker: { models: [model], trainingJobs: [trainingJob], transformJobs: [transformJob] },
    tags: {},
    errors: [
      {
        service: "sagemaker",
        operation: "ListFeatureGroups",
        collection: "sagemaker.featureGroups",
        code: "AccessDeniedException",
        message:
          `User: arn:aws:sts::${SANDBOX}:assumed-role/mlharden-scanner/mlharden is not authorized to perform: ` +
          `sagemaker:ListFeatureGroups on resource: arn:aws:sagemaker:eu-west-1:${SANDBOX}:feature-group/* ` +
          "with an explicit deny in a service control policy",
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// IAM (GetAccountAuthorizationDetails: RoleDetailList and the customer managed Policies)

const SAGEMAKER_TRUST = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }],
};
const AWS_MANAGED = (name: string) => ({ PolicyName: name, PolicyArn: `arn:aws:iam::aws:policy/${name}` });

interface RoleSpec {
  account: string;
  path: string;
  name: string;
  created: string;
  trust?: object;
  inline?: Record<string, object>;
  attached?: { PolicyName: string; PolicyArn: string }[];
  boundary?: string;
  tags?: Record<string, string>;
  lastUsed?: [string, string];
  description?: string;
}

function role(spec: RoleSpec): RoleDetail {
  return {
    Path: spec.path,
    RoleName: spec.name,
    RoleId: iamId("AROA", `${spec.account}:${spec.name}`),
    Arn: `arn:aws:iam::${spec.account}:role${spec.path}${spec.name}`,
    CreateDate: at(spec.created),
    AssumeRolePolicyDocument: iamDocument(spec.trust ?? SAGEMAKER_TRUST),
    InstanceProfileList: [],
    RolePolicyList: Object.entries(spec.inline ?? {}).map(([PolicyName, document]) => ({
      PolicyName,
      PolicyDocument: iamDocument(document),
    })),
    AttachedManagedPolicies: spec.attached ?? [],
    ...(spec.boundary && {
      PermissionsBoundary: {
        PermissionsBoundaryType: "PermissionsBoundaryPolicy" as const,
        PermissionsBoundaryArn: spec.boundary,
      },
    }),
    Tags: Object.entries(spec.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    RoleLastUsed: spec.lastUsed ? { LastUsedDate: at(spec.lastUsed[0]), Region: spec.lastUsed[1] } : {},
  };
}

interface PolicySpec {
  account: string;
  path: string;
  name: string;
  created: string;
  /** Documents oldest first; the last one is the default version. */
  versions: [string, object][];
  attachments: number;
  boundaryUses?: number;
  description?: string;
}

function managedPolicy(spec: PolicySpec): ManagedPolicyDetail {
  const latest = spec.versions.length;
  const lastVersion = spec.versions[latest - 1];
  return {
    PolicyName: spec.name,
    PolicyId: iamId("ANPA", `${spec.account}:${spec.name}`),
    Arn: `arn:aws:iam::${spec.account}:policy${spec.path}${spec.name}`,
    Path: spec.path,
    DefaultVersionId: `v${latest}`,
    AttachmentCount: spec.attachments,
    PermissionsBoundaryUsageCount: spec.boundaryUses ?? 0,
    IsAttachable: true,
    ...(spec.description && { Description: spec.description }),
    CreateDate: at(spec.created),
    UpdateDate: at(lastVersion ? lastVersion[0] : spec.created),
    PolicyVersionList: spec.versions
      .map(([created, document], i) => ({
        Document: iamDocument(document),
        VersionId: `v${i + 1}`,
        IsDefaultVersion: i + 1 === latest,
        CreateDate: at(created),
      }))
      .reverse(),
  };
}

const DATALAKE_BUCKET = "fintech-ml-prod-datalake-us-east-1";

function prodIam() {
  const policyArn = (path: string, name: string) => `arn:aws:iam::${PROD}:policy${path}${name}`;
  const consolePolicy = "AmazonSageMaker-ExecutionPolicy-20240311T120000";
  const roles: RoleDetail[] = [
    role({
      account: PROD,
      path: "/service-role/",
      name: "AmazonSageMaker-ExecutionRole-20240311T120000",
      created: "2024-03-11T12:00:00.000Z",
      attached: [
        AWS_MANAGED("AmazonSageMakerFullAccess"),
        { PolicyName: consolePolicy, PolicyArn: policyArn("/service-role/", consolePolicy) },
      ],
      lastUsed: ["2026-11-27T08:41:55.000Z", "us-east-1"],
    }),
    role({
      account: PROD,
      path: "/ml/",
      name: "fraud-model-prod-execution",
      created: "2025-07-10T14:02:37.000Z",
      inline: {
        "fraud-model-data": {
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "ReadFraudTrainingData",
              Effect: "Allow",
              Action: ["s3:GetObject", "s3:ListBucket"],
              Resource: [`arn:aws:s3:::${DATALAKE_BUCKET}`, `arn:aws:s3:::${DATALAKE_BUCKET}/curated/fraud/*`],
            },
            {
              Sid: "WriteModelArtifacts",
              Effect: "Allow",
              Action: ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
              Resource: [
                "arn:aws:s3:::fintech-ml-prod-model-artifacts-us-east-1",
                "arn:aws:s3:::fintech-ml-prod-model-artifacts-us-east-1/fraud/*",
                "arn:aws:s3:::fintech-ml-prod-model-artifacts-eu-west-1/disputes/*",
              ],
            },
            {
              Sid: "UseMlKeys",
              Effect: "Allow",
              Action: ["kms:Decrypt", "kms:GenerateDataKey", "kms:CreateGrant", "kms:DescribeKey"],
              Resource: [KEY_PROD_US, KEY_DATALAKE_US, KEY_PROD_EU],
            },
          ],
        },
      },
      attached: [
        { PolicyName: "sagemaker-runtime-baseline", PolicyArn: policyArn("/ml/", "sagemaker-runtime-baseline") },
      ],
      boundary: policyArn("/ml/", "ml-workload-boundary"),
      tags: { owner: "fraud-ml", "data-classification": "restricted" },
      lastUsed: ["2026-11-27T09:02:14.000Z", "us-east-1"],
    }),
    role({
      account: PROD,
      path: "/ml/",
      name: "ml-feature-pipeline",
      created: "2025-03-28T10:47:51.000Z",
      inline: {
        "feature-store-write": {
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["sagemaker:PutRecord", "sagemaker:GetRecord", "sagemaker:DescribeFeatureGroup"],
              Resource: `arn:aws:sagemaker:*:${PROD}:feature-group/*`,
            },
            {
              Effect: "Allow",
              Action: ["s3:PutObject", "s3:GetObject", "s3:ListBucket", "s3:GetBucketAcl"],
              Resource: [
                "arn:aws:s3:::fintech-ml-prod-feature-store-us-east-1",
                "arn:aws:s3:::fintech-ml-prod-feature-store-us-east-1/*",
                "arn:aws:s3:::fintech-ml-prod-feature-store-eu-west-1",
                "arn:aws:s3:::fintech-ml-prod-feature-store-eu-west-1/*",
                `arn:aws:s3:::${DATALAKE_BUCKET}/curated/*`,
              ],
            },
          ],
        },
      },
      attached: [
        { PolicyName: "ml-datalake-read", PolicyArn: policyArn("/ml/", "ml-datalake-read") },
        { PolicyName: "sagemaker-runtime-baseline", PolicyArn: policyArn("/ml/", "sagemaker-runtime-baseline") },
      ],
      boundary: policyArn("/ml/", "ml-workload-boundary"),
      tags: { owner: "data-platform" },
      lastUsed: ["2026-11-27T02:31:58.000Z", "us-east-1"],
    }),
    role({
      account: PROD,
      path: "/ml/",
      name: "sagemaker-model-monitor",
      created: "2025-03-17T09:55:02.000Z",
      inline: {
        "monitoring-bucket": {
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
              Resource: [
                "arn:aws:s3:::fintech-ml-prod-monitoring-us-east-1",
                "arn:aws:s3:::fintech-ml-prod-monitoring-us-east-1/*",
              ],
            },
          ],
        },
      },
      attached: [
        { PolicyName: "sagemaker-runtime-baseline", PolicyArn: policyArn("/ml/", "sagemaker-runtime-baseline") },
      ],
      lastUsed: ["2026-11-27T08:00:09.000Z", "us-east-1"],
    }),
    role({
      account: PROD,
      path: "/ml/",
      name: "ml-prod-studio-user",
      created: "2025-02-10T10:09:31.000Z",
      attached: [
        AWS_MANAGED("AmazonSageMakerFullAccess"),
        { PolicyName: "sagemaker-runtime-baseline", PolicyArn: policyArn("/ml/", "sagemaker-runtime-baseline") },
      ],
      boundary: policyArn("/ml/", "ml-workload-boundary"),
      lastUsed: ["2026-11-26T18:12:40.000Z", "us-east-1"],
    }),
    role({
      account: PROD,
      path: "/",
      name: "mlharden-scanner",
      created: "2026-11-01T08:00:00.000Z",
      trust: {
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PROD}:root` },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "sts:ExternalId": "mlharden" } },
          },
        ],
      },
      attached: [AWS_MANAGED("SecurityAudit")],
      inline: {
        "mlharden-sagemaker-read": {
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["sagemaker:Describe*", "sagemaker:List*", "tag:GetResources", "ecr:DescribeRepositories"],
              Resource: "*",
            },
          ],
        },
      },
      lastUsed: ["2026-11-27T09:15:02.000Z", "us-east-1"],
    }),
    role({
      account: PROD,
      path: "/aws-service-role/sagemaker.amazonaws.com/",
      name: "AWSServiceRoleForAmazonSageMakerNotebooks",
      created: "2024-03-11T12:05:58.000Z",
      attached: [
        {
          PolicyName: "AmazonSageMakerNotebooksServiceRolePolicy",
          PolicyArn: "arn:aws:iam::aws:policy/aws-service-role/AmazonSageMakerNotebooksServiceRolePolicy",
        },
      ],
      lastUsed: ["2026-11-24T08:02:18.000Z", "us-east-1"],
    }),
  ];
  const policies: ManagedPolicyDetail[] = [
    managedPolicy({
      account: PROD,
      path: "/service-role/",
      name: consolePolicy,
      created: "2024-03-11T12:00:00.000Z",
      versions: [
        [
          "2024-03-11T12:00:00.000Z",
          {
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Action: ["s3:ListBucket"],
                Resource: ["arn:aws:s3:::*"],
              },
              {
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
                Resource: ["arn:aws:s3:::*"],
              },
            ],
          },
        ],
      ],
      attachments: 1,
    }),
    managedPolicy({
      account: PROD,
      path: "/ml/",
      name: "ml-datalake-read",
      created: "2025-03-28T10:41:16.000Z",
      description: "Read the curated and raw zones of the data lake",
      versions: [
        [
          "2025-03-28T10:41:16.000Z",
          {
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:ListBucket"],
                Resource: [`arn:aws:s3:::${DATALAKE_BUCKET}`, `arn:aws:s3:::${DATALAKE_BUCKET}/*`],
              },
            ],
          },
        ],
        [
          "2025-11-03T15:27:40.000Z",
          {
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "ReadDataLake",
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"],
                Resource: [`arn:aws:s3:::${DATALAKE_BUCKET}`, `arn:aws:s3:::${DATALAKE_BUCKET}/*`],
              },
              { Sid: "DecryptDataLake", Effect: "Allow", Action: "kms:Decrypt", Resource: KEY_DATALAKE_US },
              {
                Sid: "Catalog",
                Effect: "Allow",
                Action: ["glue:GetDatabase", "glue:GetTable", "glue:GetPartitions", "lakeformation:GetDataAccess"],
                Resource: "*",
              },
            ],
          },
        ],
      ],
      attachments: 1,
    }),
    managedPolicy({
      account: PROD,
      path: "/ml/",
      name: "sagemaker-runtime-baseline",
      created: "2025-02-10T10:05:12.000Z",
      description: "Logs, metrics, image pulls and VPC ENIs every SageMaker workload needs",
      versions: [
        [
          "2025-02-10T10:05:12.000Z",
          {
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "Logs",
                Effect: "Allow",
                Action: [
                  "logs:CreateLogGroup",
                  "logs:CreateLogStream",
                  "logs:PutLogEvents",
                  "logs:DescribeLogStreams",
                  "cloudwatch:PutMetricData",
                ],
                Resource: "*",
              },
              {
                Sid: "PullImages",
                Effect: "Allow",
                Action: [
                  "ecr:GetAuthorizationToken",
                  "ecr:BatchCheckLayerAvailability",
                  "ecr:GetDownloadUrlForLayer",
                  "ecr:BatchGetImage",
                ],
                Resource: "*",
              },
              {
                Sid: "VpcNetworking",
                Effect: "Allow",
                Action: [
                  "ec2:CreateNetworkInterface",
                  "ec2:CreateNetworkInterfacePermission",
                  "ec2:DeleteNetworkInterface",
                  "ec2:DeleteNetworkInterfacePermission",
                  "ec2:DescribeNetworkInterfaces",
                  "ec2:DescribeVpcs",
                  "ec2:DescribeDhcpOptions",
                  "ec2:DescribeSubnets",
                  "ec2:DescribeSecurityGroups",
                ],
                Resource: "*",
              },
            ],
          },
        ],
      ],
      attachments: 4,
    }),
    managedPolicy({
      account: PROD,
      path: "/ml/",
      name: "ml-workload-boundary",
      created: "2025-02-10T10:02:44.000Z",
      description: "Permissions boundary for ML workload roles",
      versions: [
        [
          "2025-02-10T10:02:44.000Z",
          {
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "MlServices",
                Effect: "Allow",
                Action: [
                  "sagemaker:*",
                  "s3:*",
                  "kms:*",
                  "logs:*",
                  "cloudwatch:*",
                  "ecr:*",
                  "ec2:*",
                  "glue:*",
                  "lakeformation:GetDataAccess",
                ],
                Resource: "*",
              },
              {
                Sid: "NoIdentityChanges",
                Effect: "Deny",
                Action: ["iam:*", "organizations:*", "sts:AssumeRole"],
                Resource: "*",
              },
            ],
          },
        ],
      ],
      attachments: 0,
      boundaryUses: 3,
    }),
  ];
  return { roles, policies };
}

function sandboxIam() {
  const consolePolicy = "AmazonSageMaker-ExecutionPolicy-20250602T091455";
  const boundary = `arn:aws:iam::${SANDBOX}:policy/sandbox-no-data-boundary`;
  const roles: RoleDetail[] = [
    role({
      account: SANDBOX,
      path: "/service-role/",
      name: "AmazonSageMaker-ExecutionRole-20250602T091455",
      created: "2025-06-02T09:14:55.000Z",
      attached: [
        AWS_MANAGED("AmazonSageMakerFullAccess"),
        { PolicyName: consolePolicy, PolicyArn: `arn:aws:iam::${SANDBOX}:policy/service-role/${consolePolicy}` },
      ],
      lastUsed: ["2026-11-20T16:12:04.000Z", "eu-west-1"],
    }),
    role({
      account: SANDBOX,
      path: "/",
      name: "sandbox-notebook-no-s3",
      created: "2026-06-03T15:11:27.000Z",
      inline: {
        "notebook-basics": {
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:CreateLogGroup", "cloudwatch:PutMetricData"],
              Resource: "*",
            },
            {
              Effect: "Allow",
              Action: ["sagemaker:DescribeNotebookInstance", "sagemaker:ListTags"],
              Resource: `arn:aws:sagemaker:us-east-1:${SANDBOX}:notebook-instance/*`,
            },
            { Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: KEY_SANDBOX_US },
          ],
        },
      },
      boundary,
      tags: { owner: "genai-lab", purpose: "llm-playground" },
      lastUsed: ["2026-11-25T13:36:58.000Z", "us-east-1"],
    }),
    role({
      account: SANDBOX,
      path: "/",
      name: "mlharden-scanner",
      created: "2026-11-01T08:04:12.000Z",
      trust: {
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PROD}:role/mlharden-scanner` },
            Action: "sts:AssumeRole",
          },
        ],
      },
      attached: [AWS_MANAGED("SecurityAudit")],
      lastUsed: ["2026-11-27T09:15:09.000Z", "eu-west-1"],
    }),
  ];
  const policies: ManagedPolicyDetail[] = [
    managedPolicy({
      account: SANDBOX,
      path: "/service-role/",
      name: consolePolicy,
      created: "2025-06-02T09:14:55.000Z",
      versions: [
        [
          "2025-06-02T09:14:55.000Z",
          {
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Action: ["s3:ListBucket"],
                Resource: [`arn:aws:s3:::sagemaker-us-east-1-${SANDBOX}`, `arn:aws:s3:::ml-sandbox-scratch-${SANDBOX}`],
              },
              {
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
                Resource: [
                  `arn:aws:s3:::sagemaker-us-east-1-${SANDBOX}/*`,
                  `arn:aws:s3:::ml-sandbox-scratch-${SANDBOX}/*`,
                ],
              },
            ],
          },
        ],
      ],
      attachments: 1,
    }),
    managedPolicy({
      account: SANDBOX,
      path: "/",
      name: "sandbox-no-data-boundary",
      created: "2026-06-03T15:08:40.000Z",
      description: "Sandbox notebooks may not touch S3 or assume other roles",
      versions: [
        [
          "2026-06-03T15:08:40.000Z",
          {
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "AllowNotebookBasics",
                Effect: "Allow",
                Action: ["logs:*", "cloudwatch:*", "sagemaker:*", "kms:*"],
                Resource: "*",
              },
              { Sid: "DenyData", Effect: "Deny", Action: ["s3:*", "sts:AssumeRole"], Resource: "*" },
            ],
          },
        ],
      ],
      attachments: 0,
      boundaryUses: 1,
    }),
  ];
  return { roles, policies };
}

// ---------------------------------------------------------------------------------------------------------------
// S3 buckets (ListBuckets + GetBucketLocation, GetBucketPolicy, GetBucketTagging, GetPublicAccessBlock)

interface BucketItem {
  Name: string;
  Region: string;
  CreationDate: Date;
  Policy?: string;
  Tags?: S3Tag[];
  PublicAccessBlockConfiguration?: PublicAccessBlockConfiguration;
}

const BLOCK_ALL: PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

const s3Tags = (tags: Record<string, string>): S3Tag[] => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

/** GetBucketPolicy returns the policy as stored: a JSON string (not URL-encoded, unlike IAM). */
function bucketPolicy(bucket: string, extra: object[] = []): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
      ...extra,
    ],
  });
}

function prodBuckets(): BucketItem[] {
  return [
    {
      Name: DATALAKE_BUCKET,
      Region: US_EAST_1,
      CreationDate: at("2023-11-07T10:22:15.000Z"),
      Policy: bucketPolicy(DATALAKE_BUCKET, [
        {
          Sid: "DenyUnencryptedUploads",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:PutObject",
          Resource: `arn:aws:s3:::${DATALAKE_BUCKET}/*`,
          Condition: { StringNotEquals: { "s3:x-amz-server-side-encryption": "aws:kms" } },
        },
      ]),
      Tags: s3Tags({ "data-classification": "restricted", owner: "data-platform", contains: "cardholder-data" }),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
    {
      Name: "fintech-ml-prod-model-artifacts-us-east-1",
      Region: US_EAST_1,
      CreationDate: at("2024-02-26T14:03:51.000Z"),
      Policy: bucketPolicy("fintech-ml-prod-model-artifacts-us-east-1"),
      Tags: s3Tags({ "data-classification": "internal", owner: "ml-platform" }),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
    {
      Name: "fintech-ml-prod-monitoring-us-east-1",
      Region: US_EAST_1,
      CreationDate: at("2025-03-17T09:48:30.000Z"),
      Policy: bucketPolicy("fintech-ml-prod-monitoring-us-east-1"),
      Tags: s3Tags({ "data-classification": "restricted", owner: "ml-platform", contains: "inference-payloads" }),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
    {
      Name: "fintech-ml-prod-feature-store-us-east-1",
      Region: US_EAST_1,
      CreationDate: at("2024-05-20T10:41:12.000Z"),
      Policy: bucketPolicy("fintech-ml-prod-feature-store-us-east-1"),
      Tags: s3Tags({ "data-classification": "restricted", owner: "data-platform" }),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
    {
      Name: `sagemaker-us-east-1-${PROD}`,
      Region: US_EAST_1,
      CreationDate: at("2024-03-11T12:07:02.000Z"),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
    {
      Name: "fintech-ml-prod-model-artifacts-eu-west-1",
      Region: EU_WEST_1,
      CreationDate: at("2025-06-12T13:58:06.000Z"),
      Policy: bucketPolicy("fintech-ml-prod-model-artifacts-eu-west-1"),
      Tags: s3Tags({ "data-classification": "internal", owner: "ml-platform", "data-residency": "eu" }),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
    {
      Name: "fintech-ml-prod-feature-store-eu-west-1",
      Region: EU_WEST_1,
      CreationDate: at("2025-06-12T13:59:44.000Z"),
      Policy: bucketPolicy("fintech-ml-prod-feature-store-eu-west-1"),
      Tags: s3Tags({ "data-classification": "restricted", owner: "data-platform", "data-residency": "eu" }),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
  ];
}

function sandboxBuckets(): BucketItem[] {
  const scratch = `ml-sandbox-scratch-${SANDBOX}`;
  return [
    {
      Name: `sagemaker-us-east-1-${SANDBOX}`,
      Region: US_EAST_1,
      CreationDate: at("2025-06-02T09:17:40.000Z"),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
    {
      Name: scratch,
      Region: US_EAST_1,
      CreationDate: at("2025-06-04T11:30:25.000Z"),
      Policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "PublicDemoAssets",
            Effect: "Allow",
            Principal: "*",
            Action: "s3:GetObject",
            Resource: `arn:aws:s3:::${scratch}/public-demos/*`,
          },
        ],
      }),
      Tags: s3Tags({ "data-classification": "internal", owner: "genai-lab" }),
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: false,
        RestrictPublicBuckets: false,
      },
    },
    {
      Name: `sagemaker-eu-west-1-${SANDBOX}`,
      Region: EU_WEST_1,
      CreationDate: at("2026-11-20T15:58:12.000Z"),
      PublicAccessBlockConfiguration: BLOCK_ALL,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Organizations (collect --org): ml-prod manages the organization; ml-sandbox sits in the Sandbox OU, whose SCP
// keeps Feature Store to us-east-1 (which is why ListFeatureGroups is denied in its eu-west-1).

const ORG_ID = "o-fx7q2m9k4w";
const ROOT_ID = "r-fx7q";
const SANDBOX_OU = "ou-fx7q-5a2b8c1d";
const orgArn = (resource: string) => `arn:aws:organizations::${PROD}:${resource}`;
const SCPS_ENABLED = [{ Type: "SERVICE_CONTROL_POLICY" as const, Status: "ENABLED" as const }];

interface ScpEntry {
  PolicySummary: PolicySummary;
  Content: string;
  Targets: PolicyTargetSummary[];
}

function organizations() {
  const organization: Organization = {
    Id: ORG_ID,
    Arn: orgArn(`organization/${ORG_ID}`),
    FeatureSet: "ALL",
    MasterAccountArn: orgArn(`account/${ORG_ID}/${PROD}`),
    MasterAccountId: PROD,
    MasterAccountEmail: "aws-ml-prod@fintech.example",
    AvailablePolicyTypes: SCPS_ENABLED,
  };
  const root: Root = { Id: ROOT_ID, Arn: orgArn(`root/${ORG_ID}/${ROOT_ID}`), Name: "Root", PolicyTypes: SCPS_ENABLED };
  const sandboxOu: OrganizationalUnit = { Id: SANDBOX_OU, Arn: orgArn(`ou/${ORG_ID}/${SANDBOX_OU}`), Name: "Sandbox" };
  const under = (parent: Parent) => ({ Parents: [parent] });
  const account = (id: string, name: string, joined: string, method: "INVITED" | "CREATED"): Account => ({
    Id: id,
    Arn: orgArn(`account/${ORG_ID}/${id}`),
    Email: `aws-${name}@fintech.example`,
    Name: name,
    Status: "ACTIVE",
    State: "ACTIVE",
    JoinedMethod: method,
    JoinedTimestamp: at(joined),
  });
  const prod = account(PROD, "ml-prod", "2023-04-03T08:12:55.190Z", "INVITED");
  const sandbox = account(SANDBOX, "ml-sandbox", "2024-09-16T13:47:02.684Z", "CREATED");
  const target = (TargetId: string, Name: string, Type: PolicyTargetSummary["Type"]): PolicyTargetSummary => ({
    TargetId,
    Arn: Type === "ROOT" ? root.Arn : Type === "ACCOUNT" ? orgArn(`account/${ORG_ID}/${TargetId}`) : sandboxOu.Arn,
    Name,
    Type,
  });
  const policies: ScpEntry[] = [
    {
      PolicySummary: {
        Id: "p-FullAWSAccess",
        Arn: "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess",
        Name: "FullAWSAccess",
        Description: "Allows access to every operation",
        Type: "SERVICE_CONTROL_POLICY",
        AwsManaged: true,
      },
      Content: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }),
      Targets: [
        target(ROOT_ID, "Root", "ROOT"),
        target(SANDBOX_OU, "Sandbox", "ORGANIZATIONAL_UNIT"),
        target(PROD, "ml-prod", "ACCOUNT"),
        target(SANDBOX, "ml-sandbox", "ACCOUNT"),
      ],
    },
    {
      PolicySummary: {
        Id: "p-3vq8xk2m",
        Arn: orgArn(`policy/${ORG_ID}/service_control_policy/p-3vq8xk2m`),
        Name: "sandbox-guardrails",
        Description: "Sandbox accounts keep Feature Store data in us-east-1",
        Type: "SERVICE_CONTROL_POLICY",
        AwsManaged: false,
      },
      Content: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "FeatureStoreOnlyInUsEast1",
            Effect: "Deny",
            Action: "sagemaker:*FeatureGroup*",
            Resource: "*",
            Condition: { StringNotEquals: { "aws:RequestedRegion": US_EAST_1 } },
          },
        ],
      }),
      Targets: [target(SANDBOX_OU, "Sandbox", "ORGANIZATIONAL_UNIT")],
    },
  ];
  // Listed as the collector walks the tree: breadth first from the root.
  return {
    organization,
    roots: [root],
    organizationalUnits: [{ ...sandboxOu, ...under({ Id: ROOT_ID, Type: "ROOT" }) }],
    accounts: [
      { ...prod, ...under({ Id: ROOT_ID, Type: "ROOT" }) },
      { ...sandbox, ...under({ Id: SANDBOX_OU, Type: "ORGANIZATIONAL_UNIT" }) },
    ],
    policies,
  };
}

// ---------------------------------------------------------------------------------------------------------------

interface LessonRegion {
  region: string;
  sagemaker: Partial<Record<SageMakerCollection, object[]>>;
  /** ARN → tags (each region's literal types its own tag sets). */
  tags: Record<string, object>;
  ec2?: Partial<Record<keyof typeof EC2_OPERATIONS, object[]>>;
  ecr?: { repositories?: object[] };
  errors?: CollectionError[];
}

/**
 * A region exactly as `mlharden collect` writes it: every collection it read, an empty one as [], in the
 * collector's order; a collection an errors entry names could not be read and stays out.
 */
function asCollected({ region, sagemaker, tags, ec2 = {}, ecr = {}, errors = [] }: LessonRegion) {
  const unread = new Set(errors.map((e) => e.collection));
  const read = <K extends string>(prefix: string, collections: readonly K[], items: Partial<Record<K, object[]>>) =>
    Object.fromEntries(collections.filter((c) => !unread.has(`${prefix}.${c}`)).map((c) => [c, items[c] ?? []]));
  return {
    region,
    sagemaker: read("sagemaker", SAGEMAKER_COLLECTIONS, sagemaker),
    ...(unread.has("tags") ? {} : { tags }),
    ec2: read("ec2", Object.keys(EC2_OPERATIONS) as (keyof typeof EC2_OPERATIONS)[], ec2),
    ecr: read("ecr", ["repositories"], ecr),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** The whole estate as `mlharden collect --org` would write it (Dates still Date objects until serialized). */
export function buildLessonEstate() {
  return {
    format: "mlharden/snapshot@1",
    collectedAt: at("2026-11-27T09:15:42.318Z"),
    accounts: [
      {
        accountId: PROD,
        partition: "aws",
        iam: prodIam(),
        s3: { buckets: prodBuckets() },
        regions: [prodUsRegion(), prodEuRegion()].map(asCollected),
      },
      {
        accountId: SANDBOX,
        partition: "aws",
        iam: sandboxIam(),
        s3: { buckets: sandboxBuckets() },
        regions: [sandboxUsRegion(), sandboxEuRegion()].map(asCollected),
      },
    ],
    organizations: organizations(),
  };
}

export function lessonEstateJson(): string {
  return `${JSON.stringify(buildLessonEstate(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = lessonEstateJson();
  validateSnapshot(JSON.parse(json), LESSON_ESTATE);
  writeFileSync(LESSON_ESTATE, json);
  console.log(`wrote ${LESSON_ESTATE} (${(json.length / 1024).toFixed(0)} KiB)`);
}
