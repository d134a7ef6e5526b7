import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { jobResources, modelExplainabilityJobDefinition } from "../test-helpers/monitoring-fixtures.js";
import control from "./control.js";

const base = modelExplainabilityJobDefinition("churn-explainability");
const FLAG = "NetworkConfig.EnableNetworkIsolation";

describe("SageMaker.20 model explainability job definition network isolation", () => {
  controlCases(control, [
    {
      name: "network isolation enabled",
      item: { ...base, NetworkConfig: { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: false } },
      status: "PASSED",
      observed: { [FLAG]: true },
    },
    {
      name: "network isolation enabled on a multi-instance definition",
      item: { ...base, JobResources: jobResources(2), NetworkConfig: { EnableNetworkIsolation: true } },
      status: "PASSED",
      observed: { [FLAG]: true },
    },
    {
      name: "network isolation disabled",
      item: { ...base, NetworkConfig: { EnableNetworkIsolation: false, EnableInterContainerTrafficEncryption: true } },
      status: "FAILED",
      observed: { [FLAG]: false },
    },
    {
      name: "NetworkConfig omitted: AWS's default is no isolation",
      item: base,
      status: "FAILED",
      observed: { [FLAG]: false },
    },
    {
      name: "NetworkConfig with only a VPC: a VPC is not isolation",
      item: {
        ...base,
        NetworkConfig: {
          VpcConfig: { SecurityGroupIds: ["sg-0f1e2d3c4b5a69788"], Subnets: ["subnet-0ab12cd34ef567890"] },
        },
      },
      status: "FAILED",
      observed: { [FLAG]: false },
    },
  ]);
});
