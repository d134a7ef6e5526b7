import type { ContainerDefinition } from "@aws-sdk/client-sagemaker";
import { known, present } from "../../model/unresolved.js";
import { failed, passed, type Remediation, type Verdict } from "../control.js";

/**
 * SageMaker.16 / .19: each container must pull its image from a private Docker registry in the model's VPC, i.e.
 * carry `ImageConfig.RepositoryAccessMode = "Vpc"`. A missing ImageConfig means Platform (Amazon ECR), so it fails.
 */
export function evaluatePrivateRegistry(
  containers: ReadonlyArray<readonly [path: string, container: ContainerDefinition]>,
): Verdict {
  const observed: Record<string, string | null> = {};
  const outside: string[] = [];
  for (const [path, raw] of containers) {
    const container = known(path, raw);
    const imageConfig = container.ImageConfig;
    const field = `${path}.ImageConfig.RepositoryAccessMode`;
    const mode = present(`${path}.ImageConfig`, imageConfig)
      ? known(field, imageConfig?.RepositoryAccessMode)
      : undefined;
    observed[field] = mode ?? null;
    if (mode !== "Vpc") outside.push(mode ? `${path} (${mode})` : `${path} (no ImageConfig)`);
  }
  return outside.length > 0
    ? failed(`image not pulled from a private registry in the VPC: ${outside.join(", ")}`, observed)
    : passed("every image is pulled from a private registry in the VPC (RepositoryAccessMode Vpc)", observed);
}

/** Models have no Update* operation: a new model pulls from the VPC registry and endpoints move to it. */
export function privateRegistryRemediation(containers: "PrimaryContainer" | "every Containers[] entry"): Remediation {
  return {
    kind: "new-version-and-cutover",
    summary: `No UpdateModel exists: create a copy whose ${containers} uses ImageConfig RepositoryAccessMode=Vpc, move endpoints to it`,
    steps: [
      "Push the container image(s) to a private Docker registry reachable from the model's VPC subnets; if the registry requires authentication, create a Lambda function that returns its credentials.",
      `DescribeModel on the failing model; CreateModel with a new ModelName, the same ExecutionRoleArn, EnableNetworkIsolation and InferenceExecutionConfig, a VpcConfig whose subnets reach the registry, and ${containers} with Image=<private registry image> and ImageConfig={RepositoryAccessMode: Vpc, RepositoryAuthConfig: {RepositoryCredentialsProviderArn: <Lambda ARN>}} (omit RepositoryAuthConfig for a registry without authentication).`,
      "For each endpoint configuration whose ProductionVariants reference the old model: CreateEndpointConfig copying it with ModelName=<new model>.",
      "For each endpoint on those configurations: UpdateEndpoint with the new EndpointConfigName and DeploymentConfig={BlueGreenUpdatePolicy: {TrafficRoutingConfiguration: {Type: ALL_AT_ONCE}}, AutoRollbackConfiguration: {Alarms: [<the endpoint's error alarms>]}}; wait for EndpointStatus InService.",
      "DeleteEndpointConfig on the old configurations and DeleteModel on the old model once nothing references them.",
    ],
  };
}
