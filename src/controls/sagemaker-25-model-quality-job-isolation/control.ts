import { defineControl } from "../control.js";
import {
  evaluateNetworkIsolation,
  ISOLATION_DECISIONS,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.25",
  title: "SageMaker model quality job definitions should have network isolation enabled",
  description:
    "Without network isolation a model quality job's container can make outbound calls, a path to " +
    "exfiltrate the predictions and ground-truth labels it analyses.",
  severity: "HIGH",
  resourceType: "AWS::SageMaker::ModelQualityJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-model-quality-job-definition-isolation",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration > Resources not publicly accessible",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("ModelQuality", "isolation"),
  decisions: [...ISOLATION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateNetworkIsolation(definition.properties);
  },
});
