import { known } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";

export default defineControl({
  id: "MLH.4",
  title: "SageMaker domains should send Studio traffic through your VPC only",
  description:
    "With AppNetworkAccessType PublicInternetOnly, Studio apps reach the internet directly through a VPC that " +
    "SageMaker manages: code in a notebook can download anything and send data anywhere, and none of it passes your " +
    "security groups, VPC endpoint policies or flow logs. Security Hub has no control for it; AWS Config's managed " +
    "rule checks the same field.",
  severity: "HIGH",
  resourceType: "AWS::SageMaker::Domain",
  source: "mlharden",
  configRule: "sagemaker-domain-in-vpc",
  category: "Protect > Secure network configuration > Resources within VPC",
  requirements: [],
  parameters: {},
  remediation: {
    kind: "in-place",
    summary: "Delete the domain's running apps, then UpdateDomain AppNetworkAccessType=VpcOnly",
    steps: [
      "DescribeDomain: VpcId and SubnetIds are the VPC and subnets Studio will use. Make sure those subnets reach what Studio needs without the SageMaker-managed internet path: interface VPC endpoints for the SageMaker API (com.amazonaws.<region>.sagemaker.api), runtime (com.amazonaws.<region>.sagemaker.runtime), Studio (aws.sagemaker.<region>.studio), STS, CloudWatch Logs and ECR, an S3 gateway endpoint, or a NAT gateway for internet access you allow.",
      "Security groups are required in VpcOnly mode: set DefaultUserSettings.SecurityGroups (and DefaultSpaceSettings.SecurityGroups) to groups that allow NFS (TCP 2049) to the domain's EFS file system and TCP 8192-65535 between apps in the same group.",
      "Tell the domain's users; then ListApps with DomainIdEquals=<DomainId> and DeleteApp every app that is InService or Pending (files in home directories and space storage are kept). UpdateDomain refuses the change while any app is InService, Pending or Deleting.",
      "UpdateDomain with DomainId=<DomainId>, AppNetworkAccessType=VpcOnly, and the DefaultUserSettings/DefaultSpaceSettings security groups if they were missing; wait for Status InService.",
      "If DomainSettings.RStudioServerProDomainSettings.DomainExecutionRoleArn is set, UpdateDomain cannot change AppNetworkAccessType: create a new VpcOnly domain and move users to it instead.",
      "Users relaunch their apps. Prevent regressions with an SCP or identity-policy statement that denies sagemaker:CreateDomain and sagemaker:UpdateDomain when sagemaker:AppNetworkAccessType is not VpcOnly (StringNotEquals; for UpdateDomain add Null false, so updates that leave the field alone still work).",
    ],
  },
  evaluate(domain) {
    const mode = known("AppNetworkAccessType", domain.properties.AppNetworkAccessType);
    const observed = { AppNetworkAccessType: mode ?? null };
    return mode === "VpcOnly"
      ? passed("all Studio traffic goes through your VPC", observed)
      : failed(
          `AppNetworkAccessType is ${mode ?? "not set"}: Studio apps reach the internet outside your VPC`,
          observed,
        );
  },
});
