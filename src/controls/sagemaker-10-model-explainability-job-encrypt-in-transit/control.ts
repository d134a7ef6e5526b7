import { defineControl } from "../control.js";
import {
  ENCRYPTION_DECISIONS,
  evaluateInterContainerEncryption,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.10",
  title: "SageMaker model explainability job definitions should have inter-container traffic encryption enabled",
  description:
    "A distributed model explainability job exchanges model inputs, predictions and intermediate " +
    "attribution results between its instances; without inter-container traffic encryption they cross the " +
    "network in plaintext.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ModelExplainabilityJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-model-explainability-job-encrypt-in-transit",
  schedule: "change-triggered",
  category: "Protect > Data Protection > Encryption of data-in-transit",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("ModelExplainability", "encryption"),
  decisions: [...ENCRYPTION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateInterContainerEncryption(definition.properties);
  },
});
