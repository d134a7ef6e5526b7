import { defineControl } from "../control.js";
import {
  evaluateNetworkIsolation,
  ISOLATION_DECISIONS,
  REPOINT_DECISION,
  rePointRemediation,
} from "../shared/monitoring-job-definition.js";

export default defineControl({
  id: "SageMaker.12",
  title: "SageMaker model bias job definitions should have network isolation enabled",
  description:
    "Without network isolation a model bias job's container can make outbound calls, a path to exfiltrate " +
    "the inputs, predictions and sensitive facet attributes it analyses.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ModelBiasJobDefinition",
  source: "securityhub",
  configRule: "sagemaker-model-bias-job-isolation",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration > Resources policy configuration",
  requirements: [],
  parameters: {},
  remediation: rePointRemediation("ModelBias", "isolation"),
  decisions: [...ISOLATION_DECISIONS, REPOINT_DECISION],
  evaluate(definition) {
    return evaluateNetworkIsolation(definition.properties);
  },
});
