import { defineControl } from "../control.js";
import { evaluateRequiredTags, type RequiredKeyTagsParams, requiredKeyTagsParameter } from "../shared/tagging.js";

export default defineControl<"AWS::SageMaker::AppImageConfig", RequiredKeyTagsParams>({
  id: "SageMaker.6",
  title: "SageMaker app image configurations should be tagged",
  description:
    "Untagged app image configurations cannot be attributed to an owner or cost centre, nor governed by " +
    "tag-based (ABAC) access policies.",
  severity: "LOW",
  resourceType: "AWS::SageMaker::AppImageConfig",
  source: "securityhub",
  configRule: "sagemaker-app-image-config-tagged",
  schedule: "change-triggered",
  category: "Identify > Inventory > Tagging",
  requirements: [],
  needs: ["tags"],
  parameters: { requiredKeyTags: requiredKeyTagsParameter },
  remediation: {
    kind: "tag",
    summary: "AddTags with the missing tag keys",
    steps: [
      "Agree each missing key's value with the app image configuration's owner.",
      "AddTags with ResourceArn=<AppImageConfigArn> and Tags=[{Key, Value}] for every missing key (at least one non-aws: key when requiredKeyTags is not set).",
      "Add the same tags to the template or code that creates the configuration (CreateAppImageConfig Tags), so a re-creation keeps them.",
    ],
  },
  evaluate(config, { params }) {
    return evaluateRequiredTags(config.tags, params.requiredKeyTags);
  },
});
