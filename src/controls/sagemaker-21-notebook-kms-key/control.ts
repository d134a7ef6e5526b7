import { present } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";

export default defineControl({
  id: "SageMaker.21",
  title: "SageMaker notebook instances should be encrypted with customer managed AWS KMS keys",
  description:
    "A notebook's ML volume holds its users' notebooks, datasets and model artifacts; without a KMS key of yours " +
    "it is encrypted with a SageMaker-managed key that no key policy of yours governs and whose use you cannot audit.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::NotebookInstance",
  source: "securityhub",
  configRule: "sagemaker-notebook-instance-storage-vol-kms-encrypted",
  schedule: "change-triggered",
  category: "Protect > Data protection > Encryption of data at rest",
  requirements: [],
  parameters: {},
  decisions: [
    "Any KmsKeyId passes: the Config rule fails only a KmsKeyId that is not set or empty, it does not check that " +
      "the key is customer managed.",
  ],
  remediation: {
    kind: "recreate",
    summary: "KmsKeyId is fixed at creation: recreate the notebook with a customer managed key and migrate its data",
    steps: [
      "Create (or choose) a symmetric customer managed KMS key whose key policy lets the principal creating the notebook use it (kms:CreateGrant, kms:DescribeKey).",
      "Copy the notebook's ML volume (/home/ec2-user/SageMaker) to S3 or a Git repository.",
      "StopNotebookInstance, wait for Stopped.",
      "CreateNotebookInstance with the same InstanceType, RoleArn, SubnetId, SecurityGroupIds, DirectInternetAccess, RootAccess, PlatformIdentifier and lifecycle configuration, plus KmsKeyId=<key ARN>.",
      "Restore the data onto the new notebook and hand it to its owner.",
      "DeleteNotebookInstance on the old notebook once the owner confirms.",
    ],
  },
  evaluate(notebook) {
    const keyId = notebook.properties.KmsKeyId;
    return present("KmsKeyId", keyId)
      ? passed(`the ML storage volume is encrypted with ${keyId}`, { KmsKeyId: keyId })
      : failed("no KmsKeyId: the ML storage volume is encrypted with a SageMaker-managed key", { KmsKeyId: null });
  },
});
