import { known, Unresolved, UnresolvedValueError } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";
import { evaluateNetworkIsolation, JOB_DEFINITION_KINDS } from "../shared/monitoring-job-definition.js";
import {
  DEFINITION_NAME,
  INLINE_DEFINITION,
  inlineJobDefinition,
  MONITORING_TYPE,
  referencedDefinitionName,
  scheduleMonitoringType,
} from "../shared/monitoring-schedule.js";

const INLINE_ISOLATION = `${INLINE_DEFINITION}.NetworkConfig.EnableNetworkIsolation`;

export default defineControl({
  id: "SageMaker.14",
  title: "SageMaker monitoring schedules should have network isolation enabled",
  description:
    "Every run of a monitoring schedule starts a job; without network isolation its container can make outbound " +
    "calls on each run, a standing path to exfiltrate the captured inference data it analyses.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::MonitoringSchedule",
  source: "securityhub",
  configRule: "sagemaker-monitoring-schedule-isolation",
  schedule: "change-triggered",
  category: "Protect > Secure network configuration",
  requirements: [],
  parameters: {},
  remediation: {
    kind: "in-place",
    summary: "UpdateMonitoringSchedule so its jobs run with EnableNetworkIsolation=true",
    steps: [
      "Check the monitoring container needs no network access: an isolated container has no AWS credentials; SageMaker still stages its S3 inputs and outputs.",
      "DescribeMonitoringSchedule to copy the current MonitoringScheduleConfig.",
      "Inline MonitoringJobDefinition: UpdateMonitoringSchedule with the same MonitoringScheduleConfig and MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation=true (keep VpcConfig; setting EnableInterContainerTrafficEncryption=true as well clears SageMaker.22).",
      "Named MonitoringJobDefinitionName: job definitions cannot be updated, so Describe<MonitoringType>JobDefinition, Create<MonitoringType>JobDefinition with a new name, the same configuration and NetworkConfig.EnableNetworkIsolation=true, then UpdateMonitoringSchedule with the same ScheduleConfig, MonitoringJobDefinitionName=<new name> and the same MonitoringType.",
      "Wait for MonitoringScheduleStatus Scheduled; the next execution runs isolated.",
      "Named definition only: Delete<MonitoringType>JobDefinition on the old definition once no schedule references it.",
    ],
  },
  decisions: [
    "The Config rule reads only the inline MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig. AWS does " +
      "not say how a schedule that names a job definition (MonitoringJobDefinitionName + MonitoringType) is judged: " +
      "mlharden judges it by that definition's NetworkConfig.EnableNetworkIsolation, found by name in the same " +
      "account and region, because that is the configuration the schedule's jobs run with.",
    "If the named definition is not in the inventory, or the schedule's MonitoringType names none of the four " +
      "kinds, the schedule is NOT_ASSESSED, never PASSED nor a guessed FAILED.",
    "An inline definition without NetworkConfig, and a schedule with neither an inline nor a named definition, " +
      "fail: Security Hub fails the control when EnableNetworkIsolation is 'set to false or not configured'.",
    "Remediation is in place, as Security Hub's remediation for this control says (UpdateMonitoringSchedule); its " +
      "remediation for SageMaker.22 says the same NetworkConfig cannot be updated in place.",
  ],
  evaluate(schedule, context) {
    const inline = inlineJobDefinition(schedule.properties);
    if (inline) {
      const network = known(`${INLINE_DEFINITION}.NetworkConfig`, inline.NetworkConfig);
      const enabled = known(INLINE_ISOLATION, network?.EnableNetworkIsolation);
      const observed = { [INLINE_ISOLATION]: enabled };
      return enabled === true
        ? passed("the inline job definition has network isolation enabled", observed)
        : failed(
            "the inline job definition's EnableNetworkIsolation is not true: its containers can make network calls",
            observed,
          );
    }

    const name = referencedDefinitionName(schedule.properties);
    if (!name) {
      return failed(
        "the schedule has neither an inline nor a named job definition: network isolation is not configured",
        {
          [INLINE_DEFINITION]: null,
          [DEFINITION_NAME]: null,
        },
      );
    }
    const monitoringType = scheduleMonitoringType(schedule.properties);
    if (!monitoringType) {
      throw new UnresolvedValueError(MONITORING_TYPE, new Unresolved("MonitoringType (not one of the four job kinds)"));
    }
    const kind = JOB_DEFINITION_KINDS[monitoringType];
    const definition = context.find(kind.type, name);
    if (!definition) {
      throw new UnresolvedValueError(
        DEFINITION_NAME,
        new Unresolved(`MonitoringJobDefinitionName=${name} (not in the inventory)`),
      );
    }
    const verdict = evaluateNetworkIsolation(definition.properties);
    return {
      ...verdict,
      reason: `runs ${monitoringType} job definition ${name} (itself judged by ${kind.isolationControl}): ${verdict.reason}`,
      observed: {
        [DEFINITION_NAME]: name,
        [MONITORING_TYPE]: monitoringType,
        JobDefinitionArn: definition.arn,
        ...verdict.observed,
      },
    };
  },
});
