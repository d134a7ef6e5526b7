import { known } from "../../model/unresolved.js";
import { defineControl, notApplicable } from "../control.js";
import { evaluateOutputKey, jobRemediation } from "../shared/job-checks.js";

export default defineControl({
  id: "MLH.14",
  title: "SageMaker processing jobs should encrypt their S3 output with a KMS key",
  description:
    "ProcessingOutputConfig.KmsKeyId encrypts everything a processing job uploads to S3 (prepared datasets, " +
    "features, evaluation reports) with a key you choose, instead of whatever default encryption the bucket has.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ProcessingJob",
  source: "mlharden",
  category: "Protect > Data protection > Encryption of data-at-rest",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("processing", {
    request: "ProcessingOutputConfig.KmsKeyId=<key ARN>",
    sdk: "output_kms_key=<key ARN> on the Processor",
    deny: 'when sagemaker:OutputKmsKeyArn is absent (Null "true"); the key is compared as a key ARN, not an alias',
    caveat:
      "The job's execution role needs kms:GenerateDataKey and kms:Encrypt on the key, and whatever consumes the output (training jobs, pipelines, analysts) needs kms:Decrypt.",
    pastRuns:
      "Re-encrypt the outputs of past runs that are still used: S3 CopyObject onto themselves with ServerSideEncryption=aws:kms and SSEKMSKeyId=<key ARN>.",
  }),
  decisions: [
    "NOT_APPLICABLE when the job has no ProcessingOutputConfig.Outputs[] with an S3Output: there is nothing to " +
      "encrypt in S3. Feature Store outputs (FeatureStoreOutput) are encrypted by the feature group's own store " +
      "configuration (SageMaker.17/.18), not by this key.",
  ],
  evaluate(job) {
    const config = known("ProcessingOutputConfig", job.properties.ProcessingOutputConfig);
    const outputs = known("ProcessingOutputConfig.Outputs", config?.Outputs) ?? [];
    const s3Outputs = outputs.filter((o, i) => known(`ProcessingOutputConfig.Outputs[${i}].S3Output`, o.S3Output));
    if (s3Outputs.length === 0) {
      return notApplicable("the job uploads no output to S3", {
        "ProcessingOutputConfig.Outputs[].OutputName": outputs.map((o) => o.OutputName),
      });
    }
    return evaluateOutputKey({ path: "ProcessingOutputConfig.KmsKeyId", value: config?.KmsKeyId });
  },
});
