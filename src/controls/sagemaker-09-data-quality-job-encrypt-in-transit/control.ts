import { defineControl } from "../control.js";
import {
  ENCRYPTION_DECISIONS,
  evaluateInterContainerEncryption,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.9",
  title: "SageMaker data quality job definitions should have inter-container traffic encryption enabled",
  description:
    "A data quality job spread over several instances passes the captured inference data it analyses " +
    "between them; without inter-container traffic encryption that data crosses the network in plaintext.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::DataQualityJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-data-quality-job-encrypt-in-transit",
  schedule: "change-triggered",
  category: "Protect > Data Protection > Encryption of data-in-transit",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("DataQuality", "encryption"),
  decisions: [...ENCRYPTION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateInterContainerEncryption(definition.properties);
  },
});
