import { known } from "../../model/unresolved.js";
import { defineControl } from "../control.js";
import { evaluateNetworkIsolation, jobRemediation } from "../shared/job-checks.js";

export default defineControl({
  id: "MLH.10",
  title: "SageMaker processing jobs should have network isolation enabled",
  description:
    "A processing container without network isolation can make outbound calls with the job's credentials, so a " +
    "malicious dependency or script can exfiltrate the data it prepares or evaluates. With isolation SageMaker " +
    "still stages the S3 inputs and outputs, but the container gets no network and no AWS credentials.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ProcessingJob",
  source: "mlharden",
  category: "Protect > Secure network configuration",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("processing", {
    request: "NetworkConfig.EnableNetworkIsolation=true",
    sdk: "network_config=NetworkConfig(enable_network_isolation=True) on the Processor",
    deny: 'when sagemaker:NetworkIsolation is false (Bool) and, in a second statement, when it is absent (Null "true")',
    caveat:
      "An isolated processing container cannot install packages, query databases or call AWS APIs (Athena, Redshift, Feature Store, S3 outside the declared inputs and outputs): bake dependencies into the image and pass data as ProcessingInputs first.",
  }),
  evaluate(job) {
    const network = known("NetworkConfig", job.properties.NetworkConfig);
    return evaluateNetworkIsolation({
      path: "NetworkConfig.EnableNetworkIsolation",
      value: network?.EnableNetworkIsolation,
    });
  },
});
