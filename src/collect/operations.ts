import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS, type SageMakerCollection } from "../model/resource-types.js";

/** The SageMaker List operation behind each collection, whose items are then described one by one. */
export const SAGEMAKER_LIST_OPERATIONS = {
  notebookInstances: "ListNotebookInstances",
  models: "ListModels",
  endpointConfigs: "ListEndpointConfigs",
  endpoints: "ListEndpoints",
  monitoringSchedules: "ListMonitoringSchedules",
  dataQualityJobDefinitions: "ListDataQualityJobDefinitions",
  modelQualityJobDefinitions: "ListModelQualityJobDefinitions",
  modelBiasJobDefinitions: "ListModelBiasJobDefinitions",
  modelExplainabilityJobDefinitions: "ListModelExplainabilityJobDefinitions",
  featureGroups: "ListFeatureGroups",
  appImageConfigs: "ListAppImageConfigs",
  images: "ListImages",
  inferenceExperiments: "ListInferenceExperiments",
  domains: "ListDomains",
  trainingJobs: "ListTrainingJobs",
  processingJobs: "ListProcessingJobs",
  transformJobs: "ListTransformJobs",
} as const satisfies Record<(typeof SAGEMAKER_COLLECTIONS)[number], string>;

/**
 * The order collections are listed in: those that tend to hold the most items first, so that their Describe
 * calls, the long poles under SageMaker's per-operation rate limits, start as early as possible.
 */
export const LISTING_ORDER: readonly SageMakerCollection[] = [
  "trainingJobs",
  "processingJobs",
  "transformJobs",
  "models",
  "endpointConfigs",
  "endpoints",
  "notebookInstances",
  "monitoringSchedules",
  "dataQualityJobDefinitions",
  "modelQualityJobDefinitions",
  "modelBiasJobDefinitions",
  "modelExplainabilityJobDefinitions",
  "featureGroups",
  "images",
  "appImageConfigs",
  "inferenceExperiments",
  "domains",
];

/** The EC2 Describe operation behind each `ec2.<collection>` of the snapshot. */
export const EC2_OPERATIONS = {
  vpcs: "DescribeVpcs",
  subnets: "DescribeSubnets",
  routeTables: "DescribeRouteTables",
  natGateways: "DescribeNatGateways",
  internetGateways: "DescribeInternetGateways",
  vpcEndpoints: "DescribeVpcEndpoints",
  securityGroups: "DescribeSecurityGroups",
} as const;

/**
 * Every AWS operation the collector can call, by SigV4 service name: the one list the emulator serves,
 * the scanner policy (docs/iam/scanner-policy.json) grants, and the `--stats` output counts.
 */
export const COLLECTOR_OPERATIONS = {
  sts: ["GetCallerIdentity", "AssumeRole"],
  organizations: [
    "ListAccounts",
    "DescribeOrganization",
    "ListRoots",
    "ListOrganizationalUnitsForParent",
    "ListAccountsForParent",
    "ListPolicies",
    "DescribePolicy",
    "ListTargetsForPolicy",
  ],
  ec2: ["DescribeRegions", ...Object.values(EC2_OPERATIONS)],
  iam: ["GetAccountAuthorizationDetails"],
  s3: ["ListBuckets", "GetBucketPolicy", "GetBucketTagging", "GetPublicAccessBlock"],
  ecr: ["DescribeRepositories"],
  tagging: ["GetResources"],
  sagemaker: SAGEMAKER_COLLECTIONS.flatMap((c) => [SAGEMAKER_LIST_OPERATIONS[c], SAGEMAKER_KINDS[c].describe]),
} as const satisfies Record<string, readonly string[]>;

export type CollectorService = keyof typeof COLLECTOR_OPERATIONS;

/** IAM authorizes a few operations under another name or service prefix; everything else is `<service>:<Operation>`. */
const IAM_ACTION_EXCEPTIONS: Record<string, string> = {
  "s3:ListBuckets": "s3:ListAllMyBuckets",
  "s3:GetPublicAccessBlock": "s3:GetBucketPublicAccessBlock",
  "tagging:GetResources": "tag:GetResources",
};

/** The IAM action that authorizes one collector operation, e.g. `tagging:GetResources` → `tag:GetResources`. */
export function iamActionFor(service: CollectorService, operation: string): string {
  const key = `${service}:${operation}`;
  return IAM_ACTION_EXCEPTIONS[key] ?? key;
}

/** Every IAM action the collector needs, sorted: exactly what docs/iam/scanner-policy.json must allow. */
export function collectorIamActions(): string[] {
  const actions = Object.entries(COLLECTOR_OPERATIONS).flatMap(([service, operations]) =>
    operations.map((operation) => iamActionFor(service as CollectorService, operation)),
  );
  return [...new Set(actions)].sort();
}
