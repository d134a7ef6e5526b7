import { known } from "../../model/unresolved.js";
import { defineControl, notApplicable } from "../control.js";
import { evaluatePrivateRegistry, privateRegistryRemediation } from "../shared/private-registry.js";

export default defineControl({
  id: "SageMaker.19",
  title: "SageMaker models should use private registry in VPC for multi-container inference pipelines",
  description:
    "Each container of an inference pipeline pulled from a private registry in your VPC comes from a source you " +
    "control, through VPC endpoints rather than the public internet, which narrows supply-chain tampering. Any " +
    "container whose image is in Amazon ECR (RepositoryAccessMode Platform, the default) fails the model.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::Model",
  source: "securityhub",
  configRule: "sagemaker-model-multicontainer-private-registry",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration > Resources within VPC",
  requirements: [],
  parameters: {},
  decisions: [
    "A model without Containers[] (a single PrimaryContainer) is NOT_APPLICABLE here; SageMaker.16 checks it.",
    "A Containers[] list with a single entry is still evaluated: the rule looks at every container definition.",
  ],
  remediation: privateRegistryRemediation("every Containers[] entry"),
  evaluate(model) {
    const containers = known("Containers", model.properties.Containers) ?? [];
    if (containers.length === 0) {
      return notApplicable("no Containers[]: a single-container model is checked by SageMaker.16", {
        Containers: null,
      });
    }
    return evaluatePrivateRegistry(containers.map((container, i) => [`Containers[${i}]`, container] as const));
  },
});
