import { known } from "../../model/unresolved.js";
import { defineControl } from "../control.js";
import { evaluateInterContainerEncryption, jobRemediation } from "../shared/job-checks.js";

export default defineControl({
  id: "MLH.11",
  title: "SageMaker processing jobs should have inter-container traffic encryption enabled",
  description:
    "A distributed processing job (Spark, Dask, sharded feature engineering) exchanges data between its instances; " +
    "without inter-container traffic encryption that data crosses the network in plaintext.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ProcessingJob",
  source: "mlharden",
  category: "Protect > Data protection > Encryption of data-in-transit",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("processing", {
    request: "NetworkConfig.EnableInterContainerTrafficEncryption=true",
    sdk: "network_config=NetworkConfig(encrypt_inter_container_traffic=True) on the Processor",
    deny: 'when sagemaker:InterContainerTrafficEncryption is false (Bool) and, in a second statement, when it is absent (Null "true")',
    caveat:
      "Encryption slows communication between instances and so lengthens distributed jobs: check that StoppingCondition.MaxRuntimeInSeconds still fits.",
  }),
  decisions: [
    "NOT_APPLICABLE when ProcessingResources.ClusterConfig.InstanceCount is 1: there is no traffic between " +
      "instances, as the AWS Config rules for monitoring job definitions also judge.",
  ],
  evaluate(job) {
    const resources = known("ProcessingResources", job.properties.ProcessingResources);
    const cluster = known("ProcessingResources.ClusterConfig", resources?.ClusterConfig);
    const network = known("NetworkConfig", job.properties.NetworkConfig);
    return evaluateInterContainerEncryption(
      { path: "ProcessingResources.ClusterConfig.InstanceCount", value: cluster?.InstanceCount },
      {
        path: "NetworkConfig.EnableInterContainerTrafficEncryption",
        value: network?.EnableInterContainerTrafficEncryption,
      },
    );
  },
});
