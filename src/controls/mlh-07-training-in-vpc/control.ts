import { known } from "../../model/unresolved.js";
import { defineControl } from "../control.js";
import { evaluateInVpc, jobRemediation } from "../shared/job-checks.js";

export default defineControl({
  id: "MLH.7",
  title: "SageMaker training jobs should run in a VPC",
  description:
    "A training job without a VpcConfig runs on SageMaker's network: its containers reach the internet and S3 " +
    "outside your security groups, VPC endpoint policies and flow logs, so data it reads can leave unobserved.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::TrainingJob",
  source: "mlharden",
  category: "Protect > Secure network configuration > Resources within VPC",
  requirements: [],
  parameters: {},
  remediation: jobRemediation("training", {
    request: "VpcConfig={Subnets: [...], SecurityGroupIds: [...]}",
    sdk: "subnets=[...] and security_group_ids=[...] on the Estimator",
    deny: 'when sagemaker:VpcSubnets is absent (Null "true"); to pin approved subnets, also deny when it has a value outside them (ForAnyValue:StringNotEquals)',
    caveat:
      "The subnets must reach S3 (an S3 gateway endpoint) for the input channels and output, and whatever else the job calls (interface endpoints or a NAT gateway); distributed jobs need a security group that allows all traffic between its own members.",
  }),
  evaluate(job) {
    const vpc = known("VpcConfig", job.properties.VpcConfig);
    return evaluateInVpc({ path: "VpcConfig.Subnets", value: vpc?.Subnets });
  },
});
