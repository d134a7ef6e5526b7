import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { processingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

describe("MLH.10 processing job network isolation", () => {
  controlCases(control, [
    {
      name: "NetworkConfig.EnableNetworkIsolation true",
      item: processingJob({
        NetworkConfig: { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: true },
      }),
      status: "PASSED",
      observed: { "NetworkConfig.EnableNetworkIsolation": true },
    },
    {
      name: "NetworkConfig.EnableNetworkIsolation false",
      item: processingJob({
        NetworkConfig: { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: false },
      }),
      status: "FAILED",
      observed: { "NetworkConfig.EnableNetworkIsolation": false },
    },
    {
      name: "NetworkConfig omitted takes AWS's default, no isolation",
      item: processingJob(),
      status: "FAILED",
      observed: { "NetworkConfig.EnableNetworkIsolation": false },
    },
  ]);
});
