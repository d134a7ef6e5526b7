import { defineControl } from "../control.js";
import {
  evaluateNetworkIsolation,
  ISOLATION_DECISIONS,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.20",
  title: "SageMaker model explainability job definitions should have network isolation enabled",
  description:
    "Without network isolation a model explainability job's container can make outbound calls, a path to " +
    "exfiltrate the model inputs and predictions it explains.",
  severity: "HIGH",
  resourceType: "AWS::SageMaker::ModelExplainabilityJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-model-explainability-job-network-isolation",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration > Resources not publicly accessible",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("ModelExplainability", "isolation"),
  decisions: [...ISOLATION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateNetworkIsolation(definition.properties);
  },
});
