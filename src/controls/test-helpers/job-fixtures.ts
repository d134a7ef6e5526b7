/**
 * Raw DescribeTrainingJob / DescribeProcessingJob responses of a finished SageMaker Python SDK run, without the
 * security settings the MLH.5–14 controls look at; each case adds the fields it is about.
 */

const ROLE = "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000";
export const KMS_KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export function trainingJob(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    TrainingJobName: "churn-xgb-2026-04-30-10-15-22-481",
    TrainingJobArn: "arn:aws:sagemaker:us-east-1:111122223333:training-job/churn-xgb-2026-04-30-10-15-22-481",
    ModelArtifacts: {
      S3ModelArtifacts:
        "s3://ml-artifacts-111122223333/churn/output/churn-xgb-2026-04-30-10-15-22-481/output/model.tar.gz",
    },
    TrainingJobStatus: "Completed",
    SecondaryStatus: "Completed",
    HyperParameters: { objective: "binary:logistic", num_round: "200" },
    AlgorithmSpecification: {
      TrainingImage: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
      TrainingInputMode: "File",
      EnableSageMakerMetricsTimeSeries: false,
    },
    RoleArn: ROLE,
    InputDataConfig: [
      {
        ChannelName: "train",
        DataSource: {
          S3DataSource: {
            S3DataType: "S3Prefix",
            S3Uri: "s3://ml-data-111122223333/churn/processed/train/",
            S3DataDistributionType: "FullyReplicated",
          },
        },
        ContentType: "text/csv",
        CompressionType: "None",
        RecordWrapperType: "None",
      },
    ],
    OutputDataConfig: { KmsKeyId: "", S3OutputPath: "s3://ml-artifacts-111122223333/churn/output" },
    ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    CreationTime: "2026-04-30T10:15:22.481Z",
    TrainingStartTime: "2026-04-30T10:17:40.102Z",
    TrainingEndTime: "2026-04-30T10:24:52.330Z",
    LastModifiedTime: "2026-04-30T10:24:52.330Z",
    EnableManagedSpotTraining: false,
    TrainingTimeInSeconds: 432,
    BillableTimeInSeconds: 432,
    ...fields,
  };
}

/** The processing job's one output: the prepared training set, uploaded to S3 when the job ends. */
export const TRAIN_S3_OUTPUT = {
  OutputName: "train",
  S3Output: {
    S3Uri: "s3://ml-data-111122223333/churn/processed/train",
    LocalPath: "/opt/ml/processing/train",
    S3UploadMode: "EndOfJob",
  },
  AppManaged: false,
};

export function processingJob(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ProcessingInputs: [
      {
        InputName: "input-1",
        AppManaged: false,
        S3Input: {
          S3Uri: "s3://ml-data-111122223333/churn/raw/",
          LocalPath: "/opt/ml/processing/input",
          S3DataType: "S3Prefix",
          S3InputMode: "File",
          S3DataDistributionType: "FullyReplicated",
          S3CompressionType: "None",
        },
      },
    ],
    ProcessingOutputConfig: { Outputs: [TRAIN_S3_OUTPUT] },
    ProcessingJobName: "churn-preprocess-2026-04-30-09-58-11-204",
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30 } },
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    AppSpecification: {
      ImageUri: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3",
      ContainerEntrypoint: ["python3", "/opt/ml/processing/input/code/preprocess.py"],
    },
    RoleArn: ROLE,
    ProcessingJobArn:
      "arn:aws:sagemaker:us-east-1:111122223333:processing-job/churn-preprocess-2026-04-30-09-58-11-204",
    ProcessingJobStatus: "Completed",
    ProcessingStartTime: "2026-04-30T10:00:31.000Z",
    ProcessingEndTime: "2026-04-30T10:06:12.000Z",
    LastModifiedTime: "2026-04-30T10:06:12.000Z",
    CreationTime: "2026-04-30T09:58:11.204Z",
    ...fields,
  };
}
