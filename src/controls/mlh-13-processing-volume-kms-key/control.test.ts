import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { KMS_KEY, processingJob } from "../test-helpers/job-fixtures.js";
import control from "./control.js";

const KEY_FIELD = "ProcessingResources.ClusterConfig.VolumeKmsKeyId";
const TYPE_FIELD = "ProcessingResources.ClusterConfig.InstanceType";
const cluster = (fields: Record<string, unknown>) => ({
  ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30, ...fields },
});

describe("MLH.13 processing job volume KMS key", () => {
  controlCases(control, [
    {
      name: "VolumeKmsKeyId on an EBS-backed instance",
      item: processingJob({ ProcessingResources: cluster({ VolumeKmsKeyId: KMS_KEY }) }),
      status: "PASSED",
      observed: { [KEY_FIELD]: KMS_KEY },
    },
    {
      name: "no VolumeKmsKeyId on an EBS-backed instance",
      item: processingJob(),
      status: "FAILED",
      observed: { [KEY_FIELD]: null, [TYPE_FIELD]: "ml.m5.xlarge" },
    },
    {
      name: "ml.r5d has local NVMe storage, for which AWS rejects a volume key",
      item: processingJob({ ProcessingResources: cluster({ InstanceType: "ml.r5d.4xlarge" }) }),
      status: "NOT_APPLICABLE",
      observed: { [TYPE_FIELD]: "ml.r5d.4xlarge" },
    },
  ]);
});
