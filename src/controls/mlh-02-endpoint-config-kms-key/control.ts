import { known } from "../../model/unresolved.js";
import { defineControl } from "../control.js";
import { evaluateVolumeKey, INSTANCE_STORAGE_DECISION } from "../shared/storage-encryption.js";

export default defineControl({
  id: "MLH.2",
  title: "SageMaker endpoint configurations should specify a KMS key for their storage",
  description:
    "KmsKeyId encrypts the ML storage volume of the instances that host the endpoint (and, for serverless " +
    "endpoints, the container image SageMaker stores) with a key whose policy, rotation and use you control and " +
    "audit. Security Hub has no control for it; AWS Config's managed rule checks the same field.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::EndpointConfig",
  source: "mlharden",
  configRule: "sagemaker-endpoint-configuration-kms-key-configured",
  category: "Protect > Data protection > Encryption of data-at-rest",
  requirements: [],
  parameters: {},
  remediation: {
    kind: "new-version-and-cutover",
    summary: "No UpdateEndpointConfig exists: create a copy with KmsKeyId and move its endpoints to it",
    steps: [
      "Create or choose a customer managed KMS key whose key policy lets the endpoint's callers of CreateEndpoint/UpdateEndpoint use it (kms:CreateGrant, kms:DescribeKey).",
      "DescribeEndpointConfig on the failing configuration; CreateEndpointConfig with a new EndpointConfigName, the same ProductionVariants, ShadowProductionVariants, DataCaptureConfig, AsyncInferenceConfig, ExplainerConfig, ExecutionRoleArn, VpcConfig and EnableNetworkIsolation, and KmsKeyId=<key ARN>.",
      "For each endpoint using the old configuration (ListEndpoints, DescribeEndpoint.EndpointConfigName): UpdateEndpoint with the new EndpointConfigName and DeploymentConfig={BlueGreenUpdatePolicy: {TrafficRoutingConfiguration: {Type: ALL_AT_ONCE}}, AutoRollbackConfiguration: {Alarms: [<the endpoint's error alarms>]}}; wait for EndpointStatus InService.",
      "DeleteEndpointConfig on the old configuration once no endpoint uses it.",
      "Prevent regressions with an SCP or identity-policy statement that denies sagemaker:CreateEndpointConfig when sagemaker:VolumeKmsKeyArn is absent (Null true), excepting instance types with local storage through sagemaker:InstanceTypes.",
    ],
  },
  decisions: [
    INSTANCE_STORAGE_DECISION +
      " AWS rejects KmsKeyId for the whole configuration if any production or shadow variant uses such a type, so " +
      "one such variant makes the configuration NOT_APPLICABLE.",
    "Serverless configurations are evaluated, not skipped: AWS documents KmsKeyId on a serverless endpoint " +
      "configuration as the key SageMaker uses to encrypt the container image it stores.",
    "Any KmsKeyId passes (key id, key ARN, alias): like the AWS Config rule, mlharden checks that a key is named, " +
      "not who manages it.",
  ],
  evaluate(config) {
    const { KmsKeyId, ProductionVariants, ShadowProductionVariants } = config.properties;
    const variants = (field: string, list: typeof ProductionVariants) =>
      (known(field, list) ?? []).map((v, i) => ({ path: `${field}[${i}].InstanceType`, value: v.InstanceType }));
    return evaluateVolumeKey({ path: "KmsKeyId", value: KmsKeyId }, [
      ...variants("ProductionVariants", ProductionVariants),
      ...variants("ShadowProductionVariants", ShadowProductionVariants),
    ]);
  },
});
