import { describe, expect, it } from "vitest";
import { controlCases, runCase } from "../test-helpers/cases.js";
import {
  dataQualityJobDefinition,
  inlineDefinitionSchedule,
  namedDefinitionSchedule,
} from "../test-helpers/monitoring-fixtures.js";
import control from "./control.js";

const INLINE_FLAG =
  "MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableInterContainerTrafficEncryption";

describe("SageMaker.22 monitoring schedule inter-container traffic encryption", () => {
  controlCases(control, [
    {
      name: "inline job definition with encryption enabled",
      item: inlineDefinitionSchedule("churn-data-quality-hourly", {
        EnableInterContainerTrafficEncryption: true,
        EnableNetworkIsolation: true,
      }),
      status: "PASSED",
      observed: { [INLINE_FLAG]: true },
    },
    {
      name: "single-instance inline job definition with encryption disabled: no instance-count exemption",
      item: inlineDefinitionSchedule("churn-data-quality-hourly", { EnableInterContainerTrafficEncryption: false }),
      status: "FAILED",
      observed: { [INLINE_FLAG]: false },
    },
    {
      name: "inline job definition without NetworkConfig: AWS's default is no encryption",
      item: inlineDefinitionSchedule("churn-data-quality-hourly"),
      status: "FAILED",
      observed: { [INLINE_FLAG]: false },
    },
    {
      name: "named job definition, even an unencrypted one: judged by SageMaker.9, not here",
      item: namedDefinitionSchedule("churn-data-quality-hourly", "churn-data-quality"),
      others: { dataQualityJobDefinitions: [dataQualityJobDefinition("churn-data-quality")] },
      status: "NOT_APPLICABLE",
      observed: {
        "MonitoringScheduleConfig.MonitoringJobDefinitionName": "churn-data-quality",
        "MonitoringScheduleConfig.MonitoringType": "DataQuality",
      },
    },
  ]);

  it("names the control that judges the named definition", () => {
    const finding = runCase(control, {
      name: "named model bias definition",
      item: namedDefinitionSchedule("churn-model-bias-daily", "churn-model-bias", "ModelBias"),
      status: "NOT_APPLICABLE",
    });
    expect(finding.status).toBe("NOT_APPLICABLE");
    expect(finding.reason).toContain("churn-model-bias, which SageMaker.15 judges");
  });
});
