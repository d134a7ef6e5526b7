import { known } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";
import { NOTEBOOK_NETWORK_REQUIREMENTS } from "../shared/requirements.js";

export default defineControl({
  id: "SageMaker.1",
  title: "Amazon SageMaker notebook instances should not have direct internet access",
  description:
    "A notebook with direct internet access can reach, and be reached from, the internet outside your VPC's " +
    "controls: data can leave and its execution role's credentials can be used from anywhere.",
  severity: "HIGH",
  resourceType: "AWS::SageMaker::NotebookInstance",
  source: "securityhub",
  configRule: "sagemaker-notebook-no-direct-internet-access",
  schedule: "periodic",
  category: "Protect > Secure network configuration",
  requirements: [
    ...NOTEBOOK_NETWORK_REQUIREMENTS,
    "PCI DSS v3.2.1/1.2.1",
    "PCI DSS v3.2.1/1.3.1",
    "PCI DSS v3.2.1/1.3.2",
    "PCI DSS v3.2.1/1.3.4",
    "PCI DSS v3.2.1/1.3.6",
    "PCI DSS v4.0.1/1.4.4",
  ],
  parameters: {},
  remediation: {
    kind: "recreate",
    summary: "DirectInternetAccess is fixed at creation: recreate the notebook in a private subnet with it Disabled",
    steps: [
      "Copy the notebook's ML volume (/home/ec2-user/SageMaker) to S3 or a Git repository.",
      "Make sure the target subnet reaches what the notebook needs: a NAT gateway, or VPC endpoints for S3, SageMaker API/runtime, STS, ECR and CloudWatch Logs.",
      "StopNotebookInstance, wait for Stopped.",
      "CreateNotebookInstance with the same InstanceType, RoleArn, KmsKeyId and lifecycle configuration, plus SubnetId, SecurityGroupIds and DirectInternetAccess=Disabled.",
      "Restore the data onto the new notebook and hand it to its owner.",
      "DeleteNotebookInstance on the old notebook once the owner confirms.",
    ],
  },
  evaluate(notebook) {
    const value = known("DirectInternetAccess", notebook.properties.DirectInternetAccess);
    const observed = { DirectInternetAccess: value };
    return value === "Disabled"
      ? passed("DirectInternetAccess is Disabled", observed)
      : failed("DirectInternetAccess is Enabled: the notebook reaches the internet outside your VPC", observed);
  },
});
