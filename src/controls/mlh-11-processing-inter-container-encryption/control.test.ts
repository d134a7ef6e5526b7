import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { processingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

const COUNT = "ProcessingResources.ClusterConfig.InstanceCount";
const FLAG = "NetworkConfig.EnableInterContainerTrafficEncryption";
const sparkCluster = { ClusterConfig: { InstanceCount: 3, InstanceType: "ml.r5.2xlarge", VolumeSizeInGB: 50 } };

describe("MLH.11 processing job inter-container traffic encryption", () => {
  controlCases(control, [
    {
      name: "three instances with encryption",
      item: processingJob({
        ProcessingResources: sparkCluster,
        NetworkConfig: { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: false },
      }),
      status: "PASSED",
      observed: { [COUNT]: 3, [FLAG]: true },
    },
    {
      name: "three instances without encryption",
      item: processingJob({
        ProcessingResources: sparkCluster,
        NetworkConfig: { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: false },
      }),
      status: "FAILED",
      observed: { [COUNT]: 3, [FLAG]: false },
    },
    {
      name: "NetworkConfig omitted on three instances takes AWS's default, no encryption",
      item: processingJob({ ProcessingResources: sparkCluster }),
      status: "FAILED",
      observed: { [FLAG]: false },
    },
    {
      name: "one instance has no inter-container traffic",
      item: processingJob(),
      status: "NOT_APPLICABLE",
      observed: { [COUNT]: 1 },
    },
  ]);
});
