import { defineControl } from "../control.js";
import { evaluateInterContainerEncryption, jobRemediation, trainingInstances } from "../shared/job-checks.js";

export default defineControl({
  id: "MLH.6",
  title: "SageMaker training jobs should have inter-container traffic encryption enabled",
  description:
    "Distributed training exchanges gradients, parameters and often training data between instances; without " +
    "inter-container traffic encryption that traffic crosses the network in plaintext.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::TrainingJob",
  source: "mlharden",
  category: "Protect > Data protection > Encryption of data-in-transit",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("training", {
    request: "EnableInterContainerTrafficEncryption=true",
    sdk: "encrypt_inter_container_traffic=True on the Estimator",
    deny: 'when sagemaker:InterContainerTrafficEncryption is false (Bool) and, in a second statement, when it is absent (Null "true")',
    caveat:
      "Encryption slows communication between instances and so lengthens distributed jobs: check that StoppingCondition.MaxRuntimeInSeconds still fits.",
  }),
  decisions: [
    "NOT_APPLICABLE when the job ran on one instance (ResourceConfig.InstanceCount, or the sum of " +
      "ResourceConfig.InstanceGroups[].InstanceCount for a heterogeneous cluster): there is no traffic between " +
      "instances, as the AWS Config rules for monitoring job definitions also judge.",
  ],
  evaluate(job) {
    return evaluateInterContainerEncryption(trainingInstances(job.properties).count, {
      path: "EnableInterContainerTrafficEncryption",
      value: job.properties.EnableInterContainerTrafficEncryption,
    });
  },
});
