import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { trainingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

const distributed = { InstanceType: "ml.p4d.24xlarge", InstanceCount: 4, VolumeSizeInGB: 100 };

describe("MLH.6 training job inter-container traffic encryption", () => {
  controlCases(control, [
    {
      name: "four instances with encryption",
      item: trainingJob({ ResourceConfig: distributed, EnableInterContainerTrafficEncryption: true }),
      status: "PASSED",
      observed: { "ResourceConfig.InstanceCount": 4, EnableInterContainerTrafficEncryption: true },
    },
    {
      name: "four instances without encryption",
      item: trainingJob({ ResourceConfig: distributed, EnableInterContainerTrafficEncryption: false }),
      status: "FAILED",
      observed: { "ResourceConfig.InstanceCount": 4, EnableInterContainerTrafficEncryption: false },
    },
    {
      name: "flag omitted on four instances takes AWS's default, false",
      item: trainingJob({ ResourceConfig: distributed }),
      status: "FAILED",
      observed: { EnableInterContainerTrafficEncryption: false },
    },
    {
      name: "one instance has no inter-container traffic",
      item: trainingJob(),
      status: "NOT_APPLICABLE",
      observed: { "ResourceConfig.InstanceCount": 1 },
    },
    {
      name: "heterogeneous cluster: instance counts add up across groups",
      item: trainingJob({
        ResourceConfig: {
          InstanceGroups: [
            { InstanceType: "ml.c5.18xlarge", InstanceCount: 1, InstanceGroupName: "data-loaders" },
            { InstanceType: "ml.p4d.24xlarge", InstanceCount: 1, InstanceGroupName: "trainers" },
          ],
          VolumeSizeInGB: 100,
        },
      }),
      status: "FAILED",
      observed: { "ResourceConfig.InstanceGroups[].InstanceCount": 2 },
    },
    {
      name: "heterogeneous cluster with a single instance in total",
      item: trainingJob({
        ResourceConfig: {
          InstanceGroups: [{ InstanceType: "ml.g5.2xlarge", InstanceCount: 1, InstanceGroupName: "trainers" }],
          VolumeSizeInGB: 100,
        },
      }),
      status: "NOT_APPLICABLE",
      observed: { "ResourceConfig.InstanceGroups[].InstanceCount": 1 },
    },
  ]);
});
