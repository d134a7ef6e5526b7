import { defineControl } from "../control.js";
import {
  ENCRYPTION_DECISIONS,
  evaluateInterContainerEncryption,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.13",
  title: "SageMaker model quality job definitions should have inter-container traffic encryption enabled",
  description:
    "A distributed model quality job exchanges predictions and ground-truth labels between its instances; " +
    "without inter-container traffic encryption they cross the network in plaintext.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ModelQualityJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-model-quality-job-encrypt-in-transit",
  schedule: "change-triggered",
  category: "Protect > Data Protection > Encryption of data-in-transit",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("ModelQuality", "encryption"),
  decisions: [...ENCRYPTION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateInterContainerEncryption(definition.properties);
  },
});
