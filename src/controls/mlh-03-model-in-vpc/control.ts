import { known, present } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";

const FIELD = "VpcConfig.Subnets";

export default defineControl({
  id: "MLH.3",
  title: "SageMaker models should run in a VPC",
  description:
    "A model without a VpcConfig runs its inference containers on SageMaker's network: their traffic bypasses your " +
    "security groups, route tables, VPC endpoint policies and flow logs. Security Hub has no control for it; AWS " +
    "Config's managed rule checks the same field.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::Model",
  source: "mlharden",
  configRule: "sagemaker-model-in-vpc",
  category: "Protect > Secure network configuration > Resources within VPC",
  requirements: [],
  parameters: {},
  remediation: {
    kind: "new-version-and-cutover",
    summary: "No UpdateModel exists: create a copy of the model with a VpcConfig and move its endpoints to it",
    steps: [
      "Choose private subnets (in at least two Availability Zones) and a security group for the model; the subnets must reach S3 for the model artifacts (an S3 gateway endpoint) and whatever the container calls (interface endpoints or a NAT gateway).",
      "DescribeModel on the failing model; CreateModel with a new ModelName, the same PrimaryContainer or Containers, ExecutionRoleArn, EnableNetworkIsolation and InferenceExecutionConfig, and VpcConfig={Subnets: [...], SecurityGroupIds: [...]}. The execution role needs ec2:CreateNetworkInterface and the related EC2 permissions.",
      "For each endpoint configuration whose ProductionVariants reference the old model: CreateEndpointConfig copying it with ModelName=<new model>.",
      "For each endpoint on those configurations: UpdateEndpoint with the new EndpointConfigName and DeploymentConfig={BlueGreenUpdatePolicy: {TrafficRoutingConfiguration: {Type: ALL_AT_ONCE}}, AutoRollbackConfiguration: {Alarms: [<the endpoint's error alarms>]}}; wait for EndpointStatus InService.",
      "Point batch transform jobs and pipelines that name the old model at the new one.",
      "DeleteEndpointConfig on the old configurations and DeleteModel on the old model once nothing references them.",
      "Prevent regressions with an SCP or identity-policy statement that denies sagemaker:CreateModel when sagemaker:VpcSubnets is absent (Null true).",
    ],
  },
  decisions: [
    "A model passes when VpcConfig lists subnets (the AWS Config rule checks only that VpcConfig exists; the API " +
      "requires Subnets in it, so the two agree on real models).",
    "Serverless Inference does not support VPC configuration: a model served only by serverless endpoints fails " +
      "and cannot be fixed without moving it to instance-based hosting; suppress such findings with that reason.",
  ],
  evaluate(model) {
    const subnets = known("VpcConfig", model.properties.VpcConfig)?.Subnets;
    const observed = { [FIELD]: subnets ?? null };
    return present(FIELD, subnets)
      ? passed("the model's containers run in your VPC", observed)
      : failed("no VpcConfig: the model's containers use SageMaker's network, outside your VPC's controls", observed);
  },
});
