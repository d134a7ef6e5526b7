import type { DescribeMonitoringScheduleResponse, MonitoringJobDefinition } from "@aws-sdk/client-sagemaker";
import { known } from "../../model/unresolved.js";
import { isMonitoringType, type MonitoringType } from "./monitoring-job-definition.js";

export const INLINE_DEFINITION = "MonitoringScheduleConfig.MonitoringJobDefinition";
export const DEFINITION_NAME = "MonitoringScheduleConfig.MonitoringJobDefinitionName";
export const MONITORING_TYPE = "MonitoringScheduleConfig.MonitoringType";

/** The job definition written inside the schedule; undefined when the schedule names a separate definition. */
export function inlineJobDefinition(schedule: DescribeMonitoringScheduleResponse): MonitoringJobDefinition | undefined {
  const config = known("MonitoringScheduleConfig", schedule.MonitoringScheduleConfig);
  return known(INLINE_DEFINITION, config?.MonitoringJobDefinition);
}

/** The name of the separate job definition the schedule runs, if it names one. */
export function referencedDefinitionName(schedule: DescribeMonitoringScheduleResponse): string | undefined {
  const config = known("MonitoringScheduleConfig", schedule.MonitoringScheduleConfig);
  return known(DEFINITION_NAME, config?.MonitoringJobDefinitionName);
}

/**
 * The kind of job the schedule runs: `MonitoringScheduleConfig.MonitoringType`, or DescribeMonitoringSchedule's
 * top-level copy when a source carries only that one. Undefined when neither names one of the four kinds.
 */
export function scheduleMonitoringType(schedule: DescribeMonitoringScheduleResponse): MonitoringType | undefined {
  const config = known("MonitoringScheduleConfig", schedule.MonitoringScheduleConfig);
  const value = known(MONITORING_TYPE, config?.MonitoringType) ?? known("MonitoringType", schedule.MonitoringType);
  return value !== undefined && isMonitoringType(value) ? value : undefined;
}
