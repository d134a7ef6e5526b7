import { known } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";

export default defineControl({
  id: "SageMaker.5",
  title: "SageMaker models should have network isolation enabled",
  description:
    "Without network isolation a model's inference container can make inbound and outbound network calls and " +
    "receives AWS credentials, so compromised or malicious model code can exfiltrate the requests it serves.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::Model",
  source: "securityhub",
  configRule: "sagemaker-model-isolation-enabled",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration > Resources not publicly accessible",
  requirements: [],
  parameters: {},
  remediation: {
    kind: "new-version-and-cutover",
    summary: "No UpdateModel exists: create an isolated copy of the model and move its endpoints to it",
    steps: [
      "Check the container runs without network access: it must load everything from ModelDataUrl and call no AWS API or internet host (an isolated container gets no AWS credentials).",
      "DescribeModel on the failing model; CreateModel with a new ModelName, the same PrimaryContainer or Containers, ExecutionRoleArn, VpcConfig and InferenceExecutionConfig, and EnableNetworkIsolation=true.",
      "For each endpoint configuration whose ProductionVariants reference the old model: CreateEndpointConfig copying it with ModelName=<new model>.",
      "For each endpoint on those configurations: UpdateEndpoint with the new EndpointConfigName and DeploymentConfig={BlueGreenUpdatePolicy: {TrafficRoutingConfiguration: {Type: ALL_AT_ONCE}}, AutoRollbackConfiguration: {Alarms: [<the endpoint's error alarms>]}}; wait for EndpointStatus InService.",
      "Point batch transform jobs and pipelines that name the old model at the new one.",
      "DeleteEndpointConfig on the old configurations and DeleteModel on the old model once nothing references them.",
    ],
  },
  evaluate(model) {
    const enabled = known("EnableNetworkIsolation", model.properties.EnableNetworkIsolation);
    const observed = { EnableNetworkIsolation: enabled };
    return enabled === true
      ? passed("EnableNetworkIsolation is true", observed)
      : failed("EnableNetworkIsolation is false: the model's containers can make network calls", observed);
  },
});
