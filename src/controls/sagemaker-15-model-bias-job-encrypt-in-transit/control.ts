import { defineControl } from "../control.js";
import {
  ENCRYPTION_DECISIONS,
  evaluateInterContainerEncryption,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.15",
  title: "SageMaker model bias job definitions should have inter-container traffic encryption enabled",
  description:
    "A distributed model bias job exchanges inputs, predictions and labels, including the sensitive facet " +
    "attributes it measures bias on, between its instances; without inter-container traffic encryption " +
    "they cross the network in plaintext.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ModelBiasJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-model-bias-job-encrypt-in-transit",
  schedule: "change-triggered",
  category: "Protect > Data Protection > Encryption of data-in-transit",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("ModelBias", "encryption"),
  decisions: [...ENCRYPTION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateInterContainerEncryption(definition.properties);
  },
});
