import { known, present } from "../../model/unresolved.js";
import { defineControl, failed, notApplicable, passed } from "../control.js";

export default defineControl({
  id: "SageMaker.4",
  title: "SageMaker endpoint production variants should have an initial instance count greater than 1",
  description:
    "A production variant on a single instance has no redundancy: SageMaker spreads a variant's instances across " +
    "Availability Zones only when there are at least two, so one instance or zone failure takes the model offline.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::EndpointConfig",
  source: "securityhub",
  configRule: "sagemaker-endpoint-config-prod-instance-count",
  schedule: "periodic",
  category: "Recover > Resilience > High availability",
  requirements: ["NIST.800-53.r5 CP-10", "NIST.800-53.r5 SC-5", "NIST.800-53.r5 SC-36", "NIST.800-53.r5 SA-13"],
  parameters: {},
  decisions: [
    "Variants with a ServerlessConfig are out of scope (AWS: the control applies only to instance-based endpoint " +
      "configurations); a configuration whose variants are all serverless is NOT_APPLICABLE.",
    "ShadowProductionVariants are not evaluated: the Config rule names production variants, and a shadow variant " +
      "only receives a copy of the traffic and answers no request, so one shadow instance costs no availability.",
    "Only an InitialInstanceCount equal to 1 fails, as the Config rule states; an instance-based variant without " +
      "a count (possible only in a template) passes.",
    "Every endpoint configuration is evaluated, also one no endpoint uses: the control's resource is the " +
      "EndpointConfig, not the endpoint.",
  ],
  remediation: {
    kind: "new-version-and-cutover",
    summary:
      "Create a copy of the endpoint config with InitialInstanceCount >= 2, move each endpoint to it, delete the old",
    steps: [
      "DescribeEndpointConfig on the failing configuration; ListEndpoints and DescribeEndpoint to find every endpoint whose EndpointConfigName is it.",
      "Check that the Service Quotas entry '<instance type> for endpoint usage' leaves room for the extra instances.",
      "CreateEndpointConfig with a new EndpointConfigName and the same ProductionVariants, ShadowProductionVariants, DataCaptureConfig, KmsKeyId, AsyncInferenceConfig, ExecutionRoleArn, VpcConfig and EnableNetworkIsolation, with InitialInstanceCount >= 2 on every instance-based production variant.",
      "For each endpoint: UpdateEndpoint with EndpointConfigName=<new>, RetainAllVariantProperties=false and DeploymentConfig={BlueGreenUpdatePolicy: {TrafficRoutingConfiguration: {Type: ALL_AT_ONCE}, TerminationWaitInSeconds: 300}, AutoRollbackConfiguration: {Alarms: [<the endpoint's error/latency alarms>]}}; wait for EndpointStatus InService.",
      "If a variant auto-scales: RegisterScalableTarget (Application Auto Scaling) with MinCapacity >= 2 so scale-in does not return it to one instance.",
      "DeleteEndpointConfig on the old configuration once no endpoint uses it.",
    ],
  },
  evaluate(config) {
    const variants = known("ProductionVariants", config.properties.ProductionVariants) ?? [];
    const counts: Record<string, number | null> = {};
    const singles: string[] = [];
    const serverless: Record<string, unknown> = {};
    variants.forEach((raw, i) => {
      const variant = known(`ProductionVariants[${i}]`, raw);
      if (present(`ProductionVariants[${i}].ServerlessConfig`, variant.ServerlessConfig)) {
        serverless[`ProductionVariants[${i}].ServerlessConfig`] = variant.ServerlessConfig;
        return;
      }
      const field = `ProductionVariants[${i}].InitialInstanceCount`;
      const count = known(field, variant.InitialInstanceCount) ?? null;
      counts[field] = count;
      if (count === 1) singles.push(variant.VariantName ?? `#${i}`);
    });

    if (Object.keys(counts).length === 0) {
      return notApplicable(
        "no instance-based production variant: the control applies to instance-based configurations",
        serverless,
      );
    }
    return singles.length > 0
      ? failed(
          `production variant ${singles.join(", ")} starts with 1 instance: no redundancy across Availability Zones`,
          counts,
        )
      : passed("every instance-based production variant starts with more than 1 instance", counts);
  },
});
