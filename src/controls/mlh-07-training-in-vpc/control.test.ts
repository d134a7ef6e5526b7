import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { trainingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

describe("MLH.7 training job runs in a VPC", () => {
  controlCases(control, [
    {
      name: "VpcConfig with private subnets",
      item: trainingJob({
        VpcConfig: {
          SecurityGroupIds: ["sg-0a1b2c3d4e5f60718"],
          Subnets: ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
        },
      }),
      status: "PASSED",
      observed: { "VpcConfig.Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"] },
    },
    {
      name: "no VpcConfig (no AWS default: the job uses SageMaker's network)",
      item: trainingJob(),
      status: "FAILED",
      observed: { "VpcConfig.Subnets": null },
    },
  ]);
});
