import { present } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";
import { NOTEBOOK_NETWORK_REQUIREMENTS } from "../shared/requirements.js";

export default defineControl({
  id: "SageMaker.2",
  title: "SageMaker notebook instances should be launched in a custom VPC",
  description:
    "A notebook without a subnet of yours runs in the SageMaker service VPC, outside your security groups, " +
    "network ACLs, VPC endpoints and flow logs, so you cannot control or see what it connects to.",
  severity: "HIGH",
  resourceType: "AWS::SageMaker::NotebookInstance",
  source: "securityhub",
  configRule: "sagemaker-notebook-instance-inside-vpc",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration > Resources within VPC",
  requirements: NOTEBOOK_NETWORK_REQUIREMENTS,
  parameters: {},
  decisions: [
    "Any SubnetId passes: the Config rule's optional SubnetIds allow-list is not set by Security Hub, so the " +
      "control only tells a customer subnet from the SageMaker service VPC.",
  ],
  remediation: {
    kind: "recreate",
    summary: "SubnetId is fixed at creation: recreate the notebook in a subnet of your VPC",
    steps: [
      "Copy the notebook's ML volume (/home/ec2-user/SageMaker) to S3 or a Git repository.",
      "Choose a private subnet and security groups; make sure the subnet reaches what the notebook needs: a NAT gateway, or VPC endpoints for S3, SageMaker API/runtime, STS, ECR and CloudWatch Logs.",
      "StopNotebookInstance, wait for Stopped.",
      "CreateNotebookInstance with the same InstanceType, RoleArn, KmsKeyId, PlatformIdentifier and lifecycle configuration, plus SubnetId, SecurityGroupIds and DirectInternetAccess=Disabled (which SageMaker.1 also requires).",
      "Restore the data onto the new notebook and hand it to its owner.",
      "DeleteNotebookInstance on the old notebook once the owner confirms.",
    ],
  },
  evaluate(notebook) {
    const subnetId = notebook.properties.SubnetId;
    return present("SubnetId", subnetId)
      ? passed(`launched in subnet ${subnetId}`, { SubnetId: subnetId })
      : failed("no SubnetId: the notebook runs in the SageMaker service VPC", { SubnetId: null });
  },
});
