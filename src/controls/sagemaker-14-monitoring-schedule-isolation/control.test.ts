import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import {
  dataQualityJobDefinition,
  inlineDefinitionSchedule,
  modelBiasJobDefinition,
  modelQualityJobDefinition,
  namedDefinitionSchedule,
} from "../test-helpers/monitoring-fixtures.js";
import control from "./control.js";

const INLINE_FLAG = "MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation";
const NAME = "MonitoringScheduleConfig.MonitoringJobDefinitionName";
const isolated = { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: true };

describe("SageMaker.14 monitoring schedule network isolation", () => {
  controlCases(control, [
    {
      name: "inline job definition with network isolation enabled",
      item: inlineDefinitionSchedule("churn-data-quality-hourly", isolated),
      status: "PASSED",
      observed: { [INLINE_FLAG]: true },
    },
    {
      name: "inline job definition with network isolation disabled",
      item: inlineDefinitionSchedule("churn-data-quality-hourly", { EnableNetworkIsolation: false }),
      status: "FAILED",
      observed: { [INLINE_FLAG]: false },
    },
    {
      name: "inline job definition without NetworkConfig: AWS's default is no isolation",
      item: inlineDefinitionSchedule("churn-data-quality-hourly"),
      status: "FAILED",
      observed: { [INLINE_FLAG]: false },
    },
    {
      name: "named data quality definition that is isolated",
      item: namedDefinitionSchedule("churn-data-quality-hourly", "churn-data-quality"),
      others: {
        dataQualityJobDefinitions: [{ ...dataQualityJobDefinition("churn-data-quality"), NetworkConfig: isolated }],
      },
      status: "PASSED",
      observed: {
        [NAME]: "churn-data-quality",
        "MonitoringScheduleConfig.MonitoringType": "DataQuality",
        JobDefinitionArn: "arn:aws:sagemaker:us-east-1:111122223333:data-quality-job-definition/churn-data-quality",
        "NetworkConfig.EnableNetworkIsolation": true,
      },
    },
    {
      name: "named model bias definition without NetworkConfig",
      item: namedDefinitionSchedule("churn-model-bias-daily", "churn-model-bias", "ModelBias"),
      others: { modelBiasJobDefinitions: [modelBiasJobDefinition("churn-model-bias")] },
      status: "FAILED",
      observed: { [NAME]: "churn-model-bias", "NetworkConfig.EnableNetworkIsolation": false },
    },
    {
      name: "named definition resolved by MonitoringType, not by name alone",
      item: namedDefinitionSchedule("churn-model-quality-daily", "churn-monitor", "ModelQuality"),
      others: {
        dataQualityJobDefinitions: [{ ...dataQualityJobDefinition("churn-monitor"), NetworkConfig: isolated }],
        modelQualityJobDefinitions: [
          { ...modelQualityJobDefinition("churn-monitor"), NetworkConfig: { EnableNetworkIsolation: false } },
        ],
      },
      status: "FAILED",
      observed: {
        JobDefinitionArn: "arn:aws:sagemaker:us-east-1:111122223333:model-quality-job-definition/churn-monitor",
        "NetworkConfig.EnableNetworkIsolation": false,
      },
    },
    {
      name: "named definition not in the inventory",
      item: namedDefinitionSchedule("churn-data-quality-hourly", "churn-data-quality"),
      status: "NOT_ASSESSED",
      observed: { [NAME]: "<unresolved: MonitoringJobDefinitionName=churn-data-quality (not in the inventory)>" },
    },
    {
      name: "named definition without any MonitoringType: its kind is unknown",
      item: {
        ...namedDefinitionSchedule("churn-data-quality-hourly", "churn-data-quality"),
        MonitoringType: undefined,
        MonitoringScheduleConfig: {
          ScheduleConfig: { ScheduleExpression: "cron(0 * ? * * *)" },
          MonitoringJobDefinitionName: "churn-data-quality",
        },
      },
      others: {
        dataQualityJobDefinitions: [{ ...dataQualityJobDefinition("churn-data-quality"), NetworkConfig: isolated }],
      },
      status: "NOT_ASSESSED",
    },
    {
      name: "neither an inline nor a named job definition: isolation not configured",
      item: {
        ...namedDefinitionSchedule("churn-data-quality-hourly", "churn-data-quality"),
        MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: "cron(0 * ? * * *)" } },
      },
      status: "FAILED",
    },
  ]);
});
