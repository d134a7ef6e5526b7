import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { jobResources, modelQualityJobDefinition } from "../test-helpers/monitoring-fixtures.js";
import control from "./control.js";

const base = modelQualityJobDefinition("churn-model-quality");
const COUNT = "JobResources.ClusterConfig.InstanceCount";
const FLAG = "NetworkConfig.EnableInterContainerTrafficEncryption";

describe("SageMaker.13 model quality job definition inter-container traffic encryption", () => {
  controlCases(control, [
    {
      name: "two instances with encryption enabled",
      item: {
        ...base,
        JobResources: jobResources(2),
        NetworkConfig: { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true },
      },
      status: "PASSED",
      observed: { [COUNT]: 2, [FLAG]: true },
    },
    {
      name: "three instances with encryption disabled",
      item: {
        ...base,
        JobResources: jobResources(3),
        NetworkConfig: { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: true },
      },
      status: "FAILED",
      observed: { [COUNT]: 3, [FLAG]: false },
    },
    {
      name: "two instances, NetworkConfig omitted: AWS's default is no encryption",
      item: { ...base, JobResources: jobResources(2) },
      status: "FAILED",
      observed: { [COUNT]: 2, [FLAG]: false },
    },
    {
      name: "two instances, NetworkConfig sets only isolation and a VPC",
      item: {
        ...base,
        JobResources: jobResources(2),
        NetworkConfig: {
          EnableNetworkIsolation: true,
          VpcConfig: { SecurityGroupIds: ["sg-0f1e2d3c4b5a69788"], Subnets: ["subnet-0ab12cd34ef567890"] },
        },
      },
      status: "FAILED",
      observed: { [COUNT]: 2, [FLAG]: false },
    },
    {
      name: "single instance without encryption: no inter-container traffic",
      item: { ...base, NetworkConfig: { EnableInterContainerTrafficEncryption: false } },
      status: "NOT_APPLICABLE",
      observed: { [COUNT]: 1 },
    },
  ]);
});
