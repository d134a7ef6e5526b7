/**
 * A raw DescribeInferenceExperiment response as the SDK returns it: a running shadow test of `ranker-v7` against
 * the production variant of the endpoint `ranker-prod`, without the KMS settings SageMaker.23/.24 look at; each
 * case adds the fields it is about.
 */
export function shadowInferenceExperiment(): Record<string, unknown> {
  return {
    Arn: "arn:aws:sagemaker:us-east-1:111122223333:inference-experiment/ranker-v7-shadow",
    Name: "ranker-v7-shadow",
    Type: "ShadowMode",
    Status: "Running",
    RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
    EndpointMetadata: {
      EndpointName: "ranker-prod",
      EndpointConfigName: "ranker-prod-shadow-config",
      EndpointStatus: "InService",
    },
    ModelVariants: [
      {
        ModelName: "ranker-v6",
        VariantName: "production",
        InfrastructureConfig: {
          InfrastructureType: "RealTimeInference",
          RealTimeInferenceConfig: { InstanceType: "ml.c5.xlarge", InstanceCount: 2 },
        },
        Status: "InService",
      },
      {
        ModelName: "ranker-v7",
        VariantName: "shadow",
        InfrastructureConfig: {
          InfrastructureType: "RealTimeInference",
          RealTimeInferenceConfig: { InstanceType: "ml.c5.xlarge", InstanceCount: 1 },
        },
        Status: "InService",
      },
    ],
    ShadowModeConfig: {
      SourceModelVariantName: "production",
      ShadowModelVariants: [{ ShadowModelVariantName: "shadow", SamplingPercentage: 50 }],
    },
    Schedule: { StartTime: "2026-11-20T09:00:00.000Z", EndTime: "2026-11-27T09:00:00.000Z" },
    CreationTime: "2026-11-20T08:55:00.000Z",
  };
}
