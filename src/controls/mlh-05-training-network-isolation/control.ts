import { defineControl } from "../control.js";
import { evaluateNetworkIsolation, jobRemediation } from "../shared/job-checks.js";

export default defineControl({
  id: "MLH.5",
  title: "SageMaker training jobs should have network isolation enabled",
  description:
    "A training container without network isolation can make outbound calls with the job's credentials, so a " +
    "malicious dependency, algorithm or pretrained artifact can exfiltrate the training data or pull in code. With " +
    "isolation SageMaker still stages the S3 inputs and outputs, but the container gets no network and no AWS " +
    "credentials.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::TrainingJob",
  source: "mlharden",
  category: "Protect > Secure network configuration",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("training", {
    request: "EnableNetworkIsolation=true",
    sdk: "enable_network_isolation=True on the Estimator",
    deny: 'when sagemaker:NetworkIsolation is false (Bool) and, in a second statement, when it is absent (Null "true")',
    caveat:
      "An isolated training container cannot download packages, datasets or models from the internet or call AWS APIs (MLflow, Secrets Manager, S3 outside the declared channels): bake dependencies into the image and pass data as input channels first.",
  }),
  evaluate(job) {
    return evaluateNetworkIsolation({ path: "EnableNetworkIsolation", value: job.properties.EnableNetworkIsolation });
  },
});
