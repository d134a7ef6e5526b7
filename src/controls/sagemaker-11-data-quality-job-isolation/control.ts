import { defineControl } from "../control.js";
import {
  evaluateNetworkIsolation,
  ISOLATION_DECISIONS,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.11",
  title: "SageMaker data quality job definitions should have network isolation enabled",
  description:
    "Without network isolation a data quality job's container can make outbound calls, a path to " +
    "exfiltrate the captured inference data it analyses.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::DataQualityJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-data-quality-job-isolation",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("DataQuality", "isolation"),
  decisions: [...ISOLATION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateNetworkIsolation(definition.properties);
  },
});
