import { known } from "../../model/unresolved.js";
import { defineControl, notApplicable } from "../control.js";
import { evaluatePrivateRegistry, privateRegistryRemediation } from "../shared/private-registry.js";

export default defineControl({
  id: "SageMaker.16",
  title: "SageMaker models should use private registry in VPC for primary containers",
  description:
    "A primary container pulled from a private registry in your VPC comes from a source you control, through VPC " +
    "endpoints rather than the public internet. Every model whose image is in Amazon ECR (RepositoryAccessMode " +
    "Platform, the default) fails.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::Model",
  source: "securityhub",
  configRule: "sagemaker-model-private-registry-required",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration > Resources within VPC",
  requirements: [],
  parameters: {},
  decisions: [
    "A model without a PrimaryContainer (an inference pipeline with Containers[]) is NOT_APPLICABLE here; " +
      "SageMaker.19 checks it. The Config rule applies to 'models that use a PrimaryContainer'.",
    "A PrimaryContainer without ImageConfig fails, including one that names a ModelPackageName instead of an " +
      "Image: the rule fails a missing ImageConfig without exception.",
  ],
  remediation: privateRegistryRemediation("PrimaryContainer"),
  evaluate(model) {
    const primary = known("PrimaryContainer", model.properties.PrimaryContainer);
    if (!primary) {
      return notApplicable("no PrimaryContainer: a multi-container model is checked by SageMaker.19", {
        PrimaryContainer: null,
      });
    }
    return evaluatePrivateRegistry([["PrimaryContainer", primary]]);
  },
});
