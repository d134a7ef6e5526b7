import { known } from "../../model/unresolved.js";
import { defineControl } from "../control.js";
import { evaluateInVpc, jobRemediation } from "../shared/job-checks.js";

export default defineControl({
  id: "MLH.12",
  title: "SageMaker processing jobs should run in a VPC",
  description:
    "A processing job without a VpcConfig runs on SageMaker's network: its containers reach the internet and S3 " +
    "outside your security groups, VPC endpoint policies and flow logs, so data it reads can leave unobserved.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::ProcessingJob",
  source: "mlharden",
  category: "Protect > Secure network configuration > Resources within VPC",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("processing", {
    request: "NetworkConfig.VpcConfig={Subnets: [...], SecurityGroupIds: [...]}",
    sdk: "network_config=NetworkConfig(subnets=[...], security_group_ids=[...]) on the Processor",
    deny: 'when sagemaker:VpcSubnets is absent (Null "true"); to pin approved subnets, also deny when it has a value outside them (ForAnyValue:StringNotEquals)',
    caveat:
      "The subnets must reach S3 (an S3 gateway endpoint) for the inputs and outputs, and whatever else the job calls (interface endpoints or a NAT gateway); multi-instance jobs need a security group that allows all traffic between its own members.",
  }),
  evaluate(job) {
    const network = known("NetworkConfig", job.properties.NetworkConfig);
    const vpc = known("NetworkConfig.VpcConfig", network?.VpcConfig);
    return evaluateInVpc({ path: "NetworkConfig.VpcConfig.Subnets", value: vpc?.Subnets });
  },
});
