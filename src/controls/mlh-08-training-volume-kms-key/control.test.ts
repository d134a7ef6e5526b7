import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { KMS_KEY, trainingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

describe("MLH.8 training job volume KMS key", () => {
  controlCases(control, [
    {
      name: "VolumeKmsKeyId on an EBS-backed instance",
      item: trainingJob({
        ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30, VolumeKmsKeyId: KMS_KEY },
      }),
      status: "PASSED",
      observed: { "ResourceConfig.VolumeKmsKeyId": KMS_KEY },
    },
    {
      name: "no VolumeKmsKeyId (no AWS default key you control) on an EBS-backed instance",
      item: trainingJob(),
      status: "FAILED",
      observed: { "ResourceConfig.VolumeKmsKeyId": null, "ResourceConfig.InstanceType": "ml.m5.xlarge" },
    },
    {
      name: "ml.p4d has local NVMe storage, for which AWS rejects a volume key",
      item: trainingJob({ ResourceConfig: { InstanceType: "ml.p4d.24xlarge", InstanceCount: 2, VolumeSizeInGB: 100 } }),
      status: "NOT_APPLICABLE",
      observed: { "ResourceConfig.InstanceType": "ml.p4d.24xlarge" },
    },
    {
      name: "heterogeneous cluster with a local-storage instance group",
      item: trainingJob({
        ResourceConfig: {
          InstanceGroups: [
            { InstanceType: "ml.c5.18xlarge", InstanceCount: 2, InstanceGroupName: "data-loaders" },
            { InstanceType: "ml.g5.12xlarge", InstanceCount: 1, InstanceGroupName: "trainers" },
          ],
          VolumeSizeInGB: 100,
        },
      }),
      status: "NOT_APPLICABLE",
      observed: { "ResourceConfig.InstanceGroups[1].InstanceType": "ml.g5.12xlarge" },
    },
    {
      name: "heterogeneous cluster of EBS-backed instance groups without a key",
      item: trainingJob({
        ResourceConfig: {
          InstanceGroups: [
            { InstanceType: "ml.c5.18xlarge", InstanceCount: 2, InstanceGroupName: "data-loaders" },
            { InstanceType: "ml.p3.16xlarge", InstanceCount: 1, InstanceGroupName: "trainers" },
          ],
          VolumeSizeInGB: 100,
        },
      }),
      status: "FAILED",
      observed: { "ResourceConfig.InstanceGroups[1].InstanceType": "ml.p3.16xlarge" },
    },
  ]);
});
