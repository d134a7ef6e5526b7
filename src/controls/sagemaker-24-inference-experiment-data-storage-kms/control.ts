import { known, present } from "../../model/unresolved.js";
import { defineControl, failed, notApplicable, passed } from "../control.js";

const KMS_KEY = "DataStorageConfig.KmsKey";
/** UpdateInferenceExperiment is accepted only in these states. */
const UPDATABLE = ["Created", "Running"];

export default defineControl({
  id: "SageMaker.24",
  title: "SageMaker inference experiments should have data storage encrypted with customer managed AWS KMS keys",
  description:
    "Data capture writes real inference requests and responses to S3; without a KMS key of yours those payloads " +
    "are encrypted only by the bucket's default, outside your key policies and key-usage audit.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::InferenceExperiment",
  source: "securityhub",
  configRule: "sagemaker-inf-experiment-data-storage-kms-encrypted",
  schedule: "change-triggered",
  category: "Protect > Data protection > Encryption of data at rest",
  requirements: [],
  parameters: {},
  decisions: [
    "An experiment without DataStorageConfig captures no data and is NOT_APPLICABLE: the control covers " +
      "'inference experiments with data capture enabled'.",
    "Any KmsKey passes: the Config rule fails only a DataStorageConfig.KmsKey that is not set or empty.",
    "The remediation is in-place, although AWS's text only mentions CreateInferenceExperiment: " +
      "UpdateInferenceExperiment accepts a full DataStorageConfig, KmsKey included, while the experiment is Created " +
      "or Running (CloudFormation updates DataStorageConfig.KmsKey without interruption). A Completed or Cancelled " +
      "experiment can no longer be updated; its finding's reason says so and the last step applies.",
  ],
  remediation: {
    kind: "in-place",
    summary: "UpdateInferenceExperiment with DataStorageConfig.KmsKey (experiment Created or Running)",
    steps: [
      "Create (or choose) a customer managed KMS key whose key policy lets the experiment's RoleArn encrypt with it (kms:Encrypt, kms:GenerateDataKey).",
      "DescribeInferenceExperiment to read the current DataStorageConfig (Destination, ContentType) and Status.",
      "UpdateInferenceExperiment with Name and DataStorageConfig={Destination: <same>, ContentType: <same>, KmsKey: <key ARN>}; wait until Status is back to Created or Running.",
      "Data captured before the change keeps its old encryption: re-encrypt the objects under Destination with the key (S3 CopyObject onto itself with ServerSideEncryption=aws:kms and SSEKMSKeyId) or delete them.",
      "Completed or Cancelled experiments cannot be updated: re-encrypt their captured data the same way, run the next experiment with CreateInferenceExperiment and DataStorageConfig.KmsKey set, and DeleteInferenceExperiment the old one.",
    ],
  },
  evaluate(experiment) {
    const storage = known("DataStorageConfig", experiment.properties.DataStorageConfig);
    if (!storage)
      return notApplicable("no DataStorageConfig: the experiment captures no data", { DataStorageConfig: null });
    const key = storage.KmsKey;
    if (present(KMS_KEY, key)) return passed(`captured data is encrypted with ${key}`, { [KMS_KEY]: key });

    const status = experiment.properties.Status;
    const observed = { [KMS_KEY]: null, Status: status };
    return typeof status === "string" && !UPDATABLE.includes(status)
      ? failed(
          `data capture has no KMS key, and the experiment is ${status} so it can no longer be updated: recreate it`,
          observed,
        )
      : failed(
          "data capture has no KMS key: captured requests and responses are not encrypted with a key of yours",
          observed,
        );
  },
});
