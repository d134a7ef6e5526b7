import { defineControl } from "../control.js";
import { evaluateRequiredTags, type RequiredKeyTagsParams, requiredKeyTagsParameter } from "../shared/tagging.js";

export default defineControl<"AWS::SageMaker::Image", RequiredKeyTagsParams>({
  id: "SageMaker.7",
  title: "SageMaker images should be tagged",
  description:
    "Untagged SageMaker images cannot be attributed to an owner or cost centre, nor governed by " +
    "tag-based (ABAC) access policies.",
  severity: "LOW",
  resourceType: "AWS::SageMaker::Image",
  source: "securityhub",
  configRule: "sagemaker-image-tagged",
  schedule: "change-triggered",
  category: "Identify > Inventory > Tagging",
  requirements: [],
  needs: ["tags"],
  parameters: { requiredKeyTags: requiredKeyTagsParameter },
  remediation: {
    kind: "tag",
    summary: "AddTags with the missing tag keys",
    steps: [
      "Agree each missing key's value with the image's owner.",
      "AddTags with ResourceArn=<ImageArn> and Tags=[{Key, Value}] for every missing key (at least one non-aws: key when requiredKeyTags is not set).",
      "Add the same tags to the template or code that creates the image (CreateImage Tags), so a re-creation keeps them.",
    ],
  },
  evaluate(image, { params }) {
    return evaluateRequiredTags(image.tags, params.requiredKeyTags);
  },
});
