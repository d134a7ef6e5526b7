import type { MonitoringType } from "../shared/monitoring-job-definition.js";
import type { ControlCase } from "./cases.js";
import {
  dataQualityJobDefinition,
  jobResources,
  modelBiasJobDefinition,
  modelExplainabilityJobDefinition,
  modelQualityJobDefinition,
} from "./monitoring-fixtures.js";

/**
 * Case tables shared by the job-definition controls: the four encryption controls (SageMaker.9, .10, .13, .15)
 * and the four isolation controls (SageMaker.11, .12, .20, .25) judge the same fields of every kind the same way,
 * so each kind's control runs the same rows against its own kind of definition.
 */
const DEFINITIONS: Record<MonitoringType, () => Record<string, unknown>> = {
  DataQuality: () => dataQualityJobDefinition("churn-data-quality"),
  ModelQuality: () => modelQualityJobDefinition("churn-model-quality"),
  ModelBias: () => modelBiasJobDefinition("churn-model-bias"),
  ModelExplainability: () => modelExplainabilityJobDefinition("churn-explainability"),
};

const VPC = { SecurityGroupIds: ["sg-0f1e2d3c4b5a69788"], Subnets: ["subnet-0ab12cd34ef567890"] };
const COUNT = "JobResources.ClusterConfig.InstanceCount";
const ENCRYPTION = "NetworkConfig.EnableInterContainerTrafficEncryption";
const ISOLATION = "NetworkConfig.EnableNetworkIsolation";

/** Inter-container traffic encryption on a `kind` job definition: judged only from two instances up. */
export function encryptionInTransitCases(kind: MonitoringType): ControlCase[] {
  const base = DEFINITIONS[kind]();
  return [
    {
      name: "two instances with encryption enabled",
      item: {
        ...base,
        JobResources: jobResources(2),
        NetworkConfig: { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true },
      },
      status: "PASSED",
      observed: { [COUNT]: 2, [ENCRYPTION]: true },
    },
    {
      name: "three instances with encryption disabled",
      item: {
        ...base,
        JobResources: jobResources(3),
        NetworkConfig: { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: true },
      },
      status: "FAILED",
      observed: { [COUNT]: 3, [ENCRYPTION]: false },
    },
    {
      name: "two instances, NetworkConfig omitted: AWS's default is no encryption",
      item: { ...base, JobResources: jobResources(2) },
      status: "FAILED",
      observed: { [COUNT]: 2, [ENCRYPTION]: false },
    },
    {
      name: "two instances, NetworkConfig sets only isolation and a VPC",
      item: { ...base, JobResources: jobResources(2), NetworkConfig: { EnableNetworkIsolation: true, VpcConfig: VPC } },
      status: "FAILED",
      observed: { [COUNT]: 2, [ENCRYPTION]: false },
    },
    {
      name: "single instance without encryption: no inter-container traffic",
      item: { ...base, NetworkConfig: { EnableInterContainerTrafficEncryption: false } },
      status: "NOT_APPLICABLE",
      observed: { [COUNT]: 1 },
    },
  ];
}

/** Network isolation on a `kind` job definition, whatever its instance count. */
export function networkIsolationCases(kind: MonitoringType): ControlCase[] {
  const base = DEFINITIONS[kind]();
  return [
    {
      name: "network isolation enabled",
      item: { ...base, NetworkConfig: { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: false } },
      status: "PASSED",
      observed: { [ISOLATION]: true },
    },
    {
      name: "network isolation enabled on a multi-instance definition",
      item: { ...base, JobResources: jobResources(2), NetworkConfig: { EnableNetworkIsolation: true } },
      status: "PASSED",
      observed: { [ISOLATION]: true },
    },
    {
      name: "network isolation disabled",
      item: { ...base, NetworkConfig: { EnableNetworkIsolation: false, EnableInterContainerTrafficEncryption: true } },
      status: "FAILED",
      observed: { [ISOLATION]: false },
    },
    {
      name: "NetworkConfig omitted: AWS's default is no isolation",
      item: base,
      status: "FAILED",
      observed: { [ISOLATION]: false },
    },
    {
      name: "NetworkConfig with only a VPC: a VPC is not isolation",
      item: { ...base, NetworkConfig: { VpcConfig: VPC } },
      status: "FAILED",
      observed: { [ISOLATION]: false },
    },
  ];
}
