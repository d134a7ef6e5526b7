/**
 * Raw Describe*JobDefinition and DescribeMonitoringSchedule responses as the SDK returns them for a churn model
 * served by the endpoint `churn-xgb-prod` in 111122223333/us-east-1. Tests spread these and override the fields
 * a case is about (JobResources, NetworkConfig).
 */
const ACCOUNT_ARN = "arn:aws:sagemaker:us-east-1:111122223333";
const ROLE_ARN = "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000";
const BUCKET = "s3://ml-monitoring-111122223333-us-east-1/churn";
/** Model Monitor's prebuilt analyzer image in us-east-1, and SageMaker Clarify's (bias, explainability). */
const MODEL_MONITOR_IMAGE = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer";
const CLARIFY_IMAGE = "205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0";

const endpointInput = {
  EndpointName: "churn-xgb-prod",
  LocalPath: "/opt/ml/processing/input/endpoint",
  S3InputMode: "File",
  S3DataDistributionType: "FullyReplicated",
};

function outputConfig(report: string) {
  return {
    MonitoringOutputs: [
      { S3Output: { S3Uri: `${BUCKET}/${report}`, LocalPath: "/opt/ml/processing/output", S3UploadMode: "EndOfJob" } },
    ],
  };
}

/** `JobResources` of a definition on `InstanceCount` ml.m5.xlarge instances. */
export function jobResources(instanceCount: number) {
  return { ClusterConfig: { InstanceCount: instanceCount, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 20 } };
}

export function dataQualityJobDefinition(name: string) {
  return {
    JobDefinitionArn: `${ACCOUNT_ARN}:data-quality-job-definition/${name}`,
    JobDefinitionName: name,
    CreationTime: "2026-03-02T09:15:00.000Z",
    DataQualityBaselineConfig: {
      ConstraintsResource: { S3Uri: `${BUCKET}/baseline/constraints.json` },
      StatisticsResource: { S3Uri: `${BUCKET}/baseline/statistics.json` },
    },
    DataQualityAppSpecification: { ImageUri: MODEL_MONITOR_IMAGE },
    DataQualityJobInput: { EndpointInput: endpointInput },
    DataQualityJobOutputConfig: outputConfig("data-quality"),
    JobResources: jobResources(1),
    RoleArn: ROLE_ARN,
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  };
}

export function modelQualityJobDefinition(name: string) {
  return {
    JobDefinitionArn: `${ACCOUNT_ARN}:model-quality-job-definition/${name}`,
    JobDefinitionName: name,
    CreationTime: "2026-03-02T09:20:00.000Z",
    ModelQualityBaselineConfig: { ConstraintsResource: { S3Uri: `${BUCKET}/model-quality-baseline/constraints.json` } },
    ModelQualityAppSpecification: { ImageUri: MODEL_MONITOR_IMAGE, ProblemType: "BinaryClassification" },
    ModelQualityJobInput: {
      EndpointInput: { ...endpointInput, ProbabilityAttribute: "0", ProbabilityThresholdAttribute: 0.5 },
      GroundTruthS3Input: { S3Uri: `${BUCKET}/ground-truth` },
    },
    ModelQualityJobOutputConfig: outputConfig("model-quality"),
    JobResources: jobResources(1),
    RoleArn: ROLE_ARN,
    StoppingCondition: { MaxRuntimeInSeconds: 1800 },
  };
}

export function modelBiasJobDefinition(name: string) {
  return {
    JobDefinitionArn: `${ACCOUNT_ARN}:model-bias-job-definition/${name}`,
    JobDefinitionName: name,
    CreationTime: "2026-03-02T09:25:00.000Z",
    ModelBiasBaselineConfig: { ConstraintsResource: { S3Uri: `${BUCKET}/bias-baseline/analysis.json` } },
    ModelBiasAppSpecification: { ImageUri: CLARIFY_IMAGE, ConfigUri: `${BUCKET}/bias/analysis_config.json` },
    ModelBiasJobInput: {
      EndpointInput: { ...endpointInput, ProbabilityThresholdAttribute: 0.8 },
      GroundTruthS3Input: { S3Uri: `${BUCKET}/ground-truth` },
    },
    ModelBiasJobOutputConfig: outputConfig("model-bias"),
    JobResources: jobResources(1),
    RoleArn: ROLE_ARN,
    StoppingCondition: { MaxRuntimeInSeconds: 1800 },
  };
}

export function modelExplainabilityJobDefinition(name: string) {
  return {
    JobDefinitionArn: `${ACCOUNT_ARN}:model-explainability-job-definition/${name}`,
    JobDefinitionName: name,
    CreationTime: "2026-03-02T09:30:00.000Z",
    ModelExplainabilityBaselineConfig: {
      ConstraintsResource: { S3Uri: `${BUCKET}/explainability-baseline/analysis.json` },
    },
    ModelExplainabilityAppSpecification: {
      ImageUri: CLARIFY_IMAGE,
      ConfigUri: `${BUCKET}/explainability/analysis_config.json`,
    },
    ModelExplainabilityJobInput: { EndpointInput: endpointInput },
    ModelExplainabilityJobOutputConfig: outputConfig("model-explainability"),
    JobResources: jobResources(1),
    RoleArn: ROLE_ARN,
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  };
}

function schedule(name: string, config: Record<string, unknown>) {
  return {
    MonitoringScheduleArn: `${ACCOUNT_ARN}:monitoring-schedule/${name}`,
    MonitoringScheduleName: name,
    MonitoringScheduleStatus: "Scheduled",
    MonitoringType: "DataQuality",
    CreationTime: "2026-03-02T10:00:00.000Z",
    LastModifiedTime: "2026-03-02T10:00:05.000Z",
    MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: "cron(0 * ? * * *)" }, ...config },
    EndpointName: "churn-xgb-prod",
  };
}

/** A schedule that runs a separately created job definition, as the SageMaker Python SDK creates them. */
export function namedDefinitionSchedule(name: string, definitionName: string, monitoringType = "DataQuality") {
  return {
    ...schedule(name, { MonitoringJobDefinitionName: definitionName, MonitoringType: monitoringType }),
    MonitoringType: monitoringType,
  };
}

/** A data quality schedule whose job definition is written inline; `networkConfig` undefined omits NetworkConfig. */
export function inlineDefinitionSchedule(name: string, networkConfig?: Record<string, unknown>) {
  return schedule(name, {
    MonitoringType: "DataQuality",
    MonitoringJobDefinition: {
      BaselineConfig: {
        ConstraintsResource: { S3Uri: `${BUCKET}/baseline/constraints.json` },
        StatisticsResource: { S3Uri: `${BUCKET}/baseline/statistics.json` },
      },
      MonitoringInputs: [{ EndpointInput: endpointInput }],
      MonitoringOutputConfig: outputConfig("data-quality"),
      MonitoringResources: jobResources(1),
      MonitoringAppSpecification: { ImageUri: MODEL_MONITOR_IMAGE },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      ...(networkConfig ? { NetworkConfig: networkConfig } : {}),
      RoleArn: ROLE_ARN,
    },
  });
}
