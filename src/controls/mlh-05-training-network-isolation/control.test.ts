import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { trainingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

describe("MLH.5 training job network isolation", () => {
  controlCases(control, [
    {
      name: "EnableNetworkIsolation true",
      item: trainingJob({ EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: false }),
      status: "PASSED",
      observed: { EnableNetworkIsolation: true },
    },
    {
      name: "EnableNetworkIsolation false",
      item: trainingJob({ EnableNetworkIsolation: false, EnableInterContainerTrafficEncryption: false }),
      status: "FAILED",
      observed: { EnableNetworkIsolation: false },
    },
    {
      name: "EnableNetworkIsolation omitted takes AWS's default, false",
      item: trainingJob(),
      status: "FAILED",
      observed: { EnableNetworkIsolation: false },
    },
  ]);
});
