import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { processingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

const SUBNETS = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"];

describe("MLH.12 processing job runs in a VPC", () => {
  controlCases(control, [
    {
      name: "NetworkConfig.VpcConfig with private subnets",
      item: processingJob({
        NetworkConfig: {
          EnableInterContainerTrafficEncryption: false,
          EnableNetworkIsolation: false,
          VpcConfig: { SecurityGroupIds: ["sg-0a1b2c3d4e5f60718"], Subnets: SUBNETS },
        },
      }),
      status: "PASSED",
      observed: { "NetworkConfig.VpcConfig.Subnets": SUBNETS },
    },
    {
      name: "NetworkConfig without VpcConfig",
      item: processingJob({
        NetworkConfig: { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true },
      }),
      status: "FAILED",
      observed: { "NetworkConfig.VpcConfig.Subnets": null },
    },
    {
      name: "NetworkConfig omitted (no AWS default VPC for jobs)",
      item: processingJob(),
      status: "FAILED",
      observed: { "NetworkConfig.VpcConfig.Subnets": null },
    },
  ]);
});
