import { present } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";

export default defineControl({
  id: "SageMaker.23",
  title:
    "SageMaker inference experiments should have instance storage volume encrypted with customer managed AWS KMS keys",
  description:
    "The ML instances of a shadow test keep model artifacts and temporary inference data on their storage " +
    "volumes; a KMS key of yours gives you key-policy control, audit logging and rotation over that data.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::InferenceExperiment",
  source: "securityhub",
  configRule: "sagemaker-inf-experiment-instance-storage-kms-encrypted",
  schedule: "change-triggered",
  category: "Protect > Data protection > Encryption of data at rest",
  requirements: [],
  parameters: {},
  decisions: [
    "Any KmsKey passes (key id, key ARN, alias or alias ARN): the Config rule fails only a KmsKey that is not set " +
      "or empty, it does not check that the key is customer managed.",
  ],
  remediation: {
    kind: "recreate",
    summary: "UpdateInferenceExperiment has no KmsKey: recreate the experiment with one",
    steps: [
      "Create (or choose) a customer managed KMS key whose key policy gives the experiment's RoleArn kms:CreateGrant.",
      "DescribeInferenceExperiment on the failing experiment to copy Type, EndpointMetadata.EndpointName, RoleArn, ModelVariants, ShadowModeConfig, DataStorageConfig and Schedule.",
      "If it is Running: StopInferenceExperiment with ModelVariantActions choosing Retain, Remove or Promote for each variant; wait for Completed or Cancelled.",
      "CreateInferenceExperiment with a new Name, the same settings and KmsKey=<key ARN>.",
      "DeleteInferenceExperiment on the old experiment (it removes only the experiment's metadata).",
    ],
  },
  evaluate(experiment) {
    const key = experiment.properties.KmsKey;
    return present("KmsKey", key)
      ? passed(`instance storage volumes are encrypted with ${key}`, { KmsKey: key })
      : failed("no KmsKey: the experiment's instance storage volumes are not encrypted with a key of yours", {
          KmsKey: null,
        });
  },
});
