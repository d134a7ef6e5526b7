import type {
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
} from "@aws-sdk/client-sagemaker";

/**
 * Every SageMaker resource kind mlharden understands, keyed by its snapshot collection name.
 * `arnField`/`nameField` name the Describe* output fields that identify one resource;
 * `describe` names the SageMaker operation whose output the snapshot stores.
 */
export const SAGEMAKER_KINDS = {
  notebookInstances: {
    type: "AWS::SageMaker::NotebookInstance",
    arnField: "NotebookInstanceArn",
    nameField: "NotebookInstanceName",
    describe: "DescribeNotebookInstance",
    label: "notebook",
  },
  models: {
    type: "AWS::SageMaker::Model",
    arnField: "ModelArn",
    nameField: "ModelName",
    describe: "DescribeModel",
    label: "model",
  },
  endpointConfigs: {
    type: "AWS::SageMaker::EndpointConfig",
    arnField: "EndpointConfigArn",
    nameField: "EndpointConfigName",
    describe: "DescribeEndpointConfig",
    label: "endpoint-config",
  },
  endpoints: {
    type: "AWS::SageMaker::Endpoint",
    arnField: "EndpointArn",
    nameField: "EndpointName",
    describe: "DescribeEndpoint",
    label: "endpoint",
  },
  monitoringSchedules: {
    type: "AWS::SageMaker::MonitoringSchedule",
    arnField: "MonitoringScheduleArn",
    nameField: "MonitoringScheduleName",
    describe: "DescribeMonitoringSchedule",
    label: "monitoring-schedule",
  },
  dataQualityJobDefinitions: {
    type: "AWS::SageMaker::DataQualityJobDefinition",
    arnField: "JobDefinitionArn",
    nameField: "JobDefinitionName",
    describe: "DescribeDataQualityJobDefinition",
    label: "data-quality-job-definition",
  },
  modelQualityJobDefinitions: {
    type: "AWS::SageMaker::ModelQualityJobDefinition",
    arnField: "JobDefinitionArn",
    nameField: "JobDefinitionName",
    describe: "DescribeModelQualityJobDefinition",
    label: "model-quality-job-definition",
  },
  modelBiasJobDefinitions: {
    type: "AWS::SageMaker::ModelBiasJobDefinition",
    arnField: "JobDefinitionArn",
    nameField: "JobDefinitionName",
    describe: "DescribeModelBiasJobDefinition",
    label: "model-bias-job-definition",
  },
  modelExplainabilityJobDefinitions: {
    type: "AWS::SageMaker::ModelExplainabilityJobDefinition",
    arnField: "JobDefinitionArn",
    nameField: "JobDefinitionName",
    describe: "DescribeModelExplainabilityJobDefinition",
    label: "model-explainability-job-definition",
  },
  featureGroups: {
    type: "AWS::SageMaker::FeatureGroup",
    arnField: "FeatureGroupArn",
    nameField: "FeatureGroupName",
    describe: "DescribeFeatureGroup",
    label: "feature-group",
  },
  appImageConfigs: {
    type: "AWS::SageMaker::AppImageConfig",
    arnField: "AppImageConfigArn",
    nameField: "AppImageConfigName",
    describe: "DescribeAppImageConfig",
    label: "app-image-config",
  },
  images: {
    type: "AWS::SageMaker::Image",
    arnField: "ImageArn",
    nameField: "ImageName",
    describe: "DescribeImage",
    label: "image",
  },
  inferenceExperiments: {
    type: "AWS::SageMaker::InferenceExperiment",
    arnField: "Arn",
    nameField: "Name",
    describe: "DescribeInferenceExperiment",
    label: "inference-experiment",
  },
  domains: {
    type: "AWS::SageMaker::Domain",
    arnField: "DomainArn",
    nameField: "DomainName",
    describe: "DescribeDomain",
    label: "domain",
  },
  trainingJobs: {
    type: "AWS::SageMaker::TrainingJob",
    arnField: "TrainingJobArn",
    nameField: "TrainingJobName",
    describe: "DescribeTrainingJob",
    label: "training-job",
  },
  processingJobs: {
    type: "AWS::SageMaker::ProcessingJob",
    arnField: "ProcessingJobArn",
    nameField: "ProcessingJobName",
    describe: "DescribeProcessingJob",
    label: "processing-job",
  },
  transformJobs: {
    type: "AWS::SageMaker::TransformJob",
    arnField: "TransformJobArn",
    nameField: "TransformJobName",
    describe: "DescribeTransformJob",
    label: "transform-job",
  },
} as const;

export type SageMakerCollection = keyof typeof SAGEMAKER_KINDS;
export type ResourceType = (typeof SAGEMAKER_KINDS)[SageMakerCollection]["type"];

export const SAGEMAKER_COLLECTIONS = Object.keys(SAGEMAKER_KINDS) as SageMakerCollection[];

/** The Describe* output shape that backs each resource type (field names exactly as the SDK returns them). */
export interface PropertiesByType {
  "AWS::SageMaker::NotebookInstance": DescribeNotebookInstanceOutput;
  "AWS::SageMaker::Model": DescribeModelOutput;
  "AWS::SageMaker::EndpointConfig": DescribeEndpointConfigOutput;
  "AWS::SageMaker::Endpoint": DescribeEndpointOutput;
  "AWS::SageMaker::MonitoringSchedule": DescribeMonitoringScheduleResponse;
  "AWS::SageMaker::DataQualityJobDefinition": DescribeDataQualityJobDefinitionResponse;
  "AWS::SageMaker::ModelQualityJobDefinition": DescribeModelQualityJobDefinitionResponse;
  "AWS::SageMaker::ModelBiasJobDefinition": DescribeModelBiasJobDefinitionResponse;
  "AWS::SageMaker::ModelExplainabilityJobDefinition": DescribeModelExplainabilityJobDefinitionResponse;
  "AWS::SageMaker::FeatureGroup": DescribeFeatureGroupResponse;
  "AWS::SageMaker::AppImageConfig": DescribeAppImageConfigResponse;
  "AWS::SageMaker::Image": DescribeImageResponse;
  "AWS::SageMaker::InferenceExperiment": DescribeInferenceExperimentResponse;
  "AWS::SageMaker::Domain": DescribeDomainResponse;
  "AWS::SageMaker::TrainingJob": DescribeTrainingJobResponse;
  "AWS::SageMaker::ProcessingJob": DescribeProcessingJobResponse;
  "AWS::SageMaker::TransformJob": DescribeTransformJobResponse;
}

const COLLECTION_BY_TYPE = new Map<ResourceType, SageMakerCollection>(
  SAGEMAKER_COLLECTIONS.map((c) => [SAGEMAKER_KINDS[c].type, c]),
);

export function collectionOf(type: ResourceType): SageMakerCollection {
  const collection = COLLECTION_BY_TYPE.get(type);
  if (!collection) throw new Error(`unknown resource type ${type}`);
  return collection;
}
