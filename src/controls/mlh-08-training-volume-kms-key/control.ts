import { known } from "../../model/unresolved.js";
import { defineControl } from "../control.js";
import { jobRemediation, trainingInstances } from "../shared/job-checks.js";
import { evaluateVolumeKey, INSTANCE_STORAGE_DECISION } from "../shared/storage-encryption.js";

export default defineControl({
  id: "MLH.8",
  title: "SageMaker training jobs should encrypt their storage volumes with a KMS key",
  description:
    "The ML storage volume of a training instance holds the training data (in File mode), checkpoints and model " +
    "artifacts while the job runs. VolumeKmsKeyId encrypts it with a key whose policy and use you control and audit.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::TrainingJob",
  source: "mlharden",
  category: "Protect > Data protection > Encryption of data-at-rest",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("training", {
    request: "ResourceConfig.VolumeKmsKeyId=<key ARN>",
    sdk: "volume_kms_key=<key ARN> on the Estimator",
    deny: 'when sagemaker:VolumeKmsKeyArn is absent (Null "true"), excepting instance types with local storage through sagemaker:InstanceTypes',
    caveat:
      "The key policy must allow kms:CreateGrant and kms:DescribeKey to the principals that create the jobs and to their execution role; instance types with local NVMe storage (e.g. ml.p4d, ml.g5) reject the key, so leave it off for them.",
    pastRuns:
      "The volumes of past runs are deleted with their instances (for a warm pool, when its keep-alive period ends); nothing remains to re-encrypt. Re-run only if the job is still needed.",
  }),
  decisions: [
    INSTANCE_STORAGE_DECISION +
      " For a heterogeneous cluster one instance group with such a type makes the job NOT_APPLICABLE.",
  ],
  evaluate(job) {
    const config = known("ResourceConfig", job.properties.ResourceConfig);
    return evaluateVolumeKey(
      { path: "ResourceConfig.VolumeKmsKeyId", value: config?.VolumeKmsKeyId },
      trainingInstances(job.properties).types,
    );
  },
});
