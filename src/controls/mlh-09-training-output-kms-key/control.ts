import { known } from "../../model/unresolved.js";
import { defineControl, notApplicable } from "../control.js";
import { evaluateOutputKey, jobRemediation } from "../shared/job-checks.js";

/** S3 Express One Zone directory buckets are named `<base>--<zone id>--x-s3`. */
const DIRECTORY_BUCKET = /^s3:\/\/[^/]+--x-s3(\/|$)/;

export default defineControl({
  id: "MLH.9",
  title: "SageMaker training jobs should encrypt their output with a KMS key",
  description:
    "OutputDataConfig.KmsKeyId encrypts the model artifacts a training job writes to S3 with a key you choose. " +
    "Without it SageMaker uses the account's default AWS managed key for S3, whose key policy you cannot restrict, " +
    "so anyone in the account with read access to the bucket can read the model.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::TrainingJob",
  source: "mlharden",
  category: "Protect > Data protection > Encryption of data-at-rest",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("training", {
    request: "OutputDataConfig.KmsKeyId=<key ARN>",
    sdk: "output_kms_key=<key ARN> on the Estimator",
    deny: 'when sagemaker:OutputKmsKeyArn is absent (Null "true"); the key is compared as a key ARN, not an alias',
    caveat:
      "The job's execution role needs kms:GenerateDataKey and kms:Encrypt on the key, and everything that reads the artifacts (endpoints' execution roles, pipelines) needs kms:Decrypt.",
    pastRuns:
      "Re-encrypt the artifacts of past runs that are still used: S3 CopyObject onto themselves with ServerSideEncryption=aws:kms and SSEKMSKeyId=<key ARN>.",
  }),
  decisions: [
    "NOT_APPLICABLE when OutputDataConfig.S3OutputPath is an S3 Express One Zone directory bucket (`--x-s3`): AWS " +
      "documents that SageMaker encrypts such output with SSE-S3 and does not support a KMS key for it.",
  ],
  evaluate(job) {
    const output = known("OutputDataConfig", job.properties.OutputDataConfig);
    const path = known("OutputDataConfig.S3OutputPath", output?.S3OutputPath);
    if (path !== undefined && DIRECTORY_BUCKET.test(path)) {
      return notApplicable("the output goes to an S3 Express One Zone directory bucket, which takes no KMS key", {
        "OutputDataConfig.S3OutputPath": path,
      });
    }
    return evaluateOutputKey({ path: "OutputDataConfig.KmsKeyId", value: output?.KmsKeyId });
  },
});
