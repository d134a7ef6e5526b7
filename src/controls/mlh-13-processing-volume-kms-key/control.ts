import { known } from "../../model/unresolved.js";
import { defineControl } from "../control.js";
import { jobRemediation } from "../shared/job-checks.js";
import { evaluateVolumeKey, INSTANCE_STORAGE_DECISION } from "../shared/storage-encryption.js";

export default defineControl({
  id: "MLH.13",
  title: "SageMaker processing jobs should encrypt their storage volumes with a KMS key",
  description:
    "The ML storage volume of a processing instance holds the job's inputs and outputs under /opt/ml/processing " +
    "while it runs. VolumeKmsKeyId encrypts it with a key whose policy and use you control and audit.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ProcessingJob",
  source: "mlharden",
  category: "Protect > Data protection > Encryption of data-at-rest",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("processing", {
    request: "ProcessingResources.ClusterConfig.VolumeKmsKeyId=<key ARN>",
    sdk: "volume_kms_key=<key ARN> on the Processor",
    deny: 'when sagemaker:VolumeKmsKeyArn is absent (Null "true"), excepting instance types with local storage through sagemaker:InstanceTypes',
    caveat:
      "The key policy must allow kms:CreateGrant and kms:DescribeKey to the principals that create the jobs and to their execution role; instance types with local NVMe storage (e.g. ml.g4dn, ml.g5, ml.r5d) reject the key, so leave it off for them.",
    pastRuns:
      "The volumes of past runs are deleted with their instances; nothing remains to re-encrypt. Re-run only if the job is still needed.",
  }),
  decisions: [INSTANCE_STORAGE_DECISION],
  evaluate(job) {
    const resources = known("ProcessingResources", job.properties.ProcessingResources);
    const cluster = known("ProcessingResources.ClusterConfig", resources?.ClusterConfig);
    return evaluateVolumeKey(
      { path: "ProcessingResources.ClusterConfig.VolumeKmsKeyId", value: cluster?.VolumeKmsKeyId },
      [{ path: "ProcessingResources.ClusterConfig.InstanceType", value: cluster?.InstanceType }],
    );
  },
});
