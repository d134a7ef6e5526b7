import { known } from "../../model/unresolved.js";
import { defineControl, failed, notApplicable, passed } from "../control.js";
import { isMonitoringType, JOB_DEFINITION_KINDS } from "../shared/monitoring-job-definition.js";
import {
  DEFINITION_NAME,
  INLINE_DEFINITION,
  inlineJobDefinition,
  MONITORING_TYPE,
} from "../shared/monitoring-schedule.js";

const INLINE_ENCRYPTION = `${INLINE_DEFINITION}.NetworkConfig.EnableInterContainerTrafficEncryption`;

export default defineControl({
  id: "SageMaker.22",
  title: "SageMaker monitoring schedules should have inter-container traffic encryption enabled",
  description:
    "A monitoring job spread over several instances passes the captured inference data it analyses between them " +
    "on every scheduled run; without inter-container traffic encryption that data crosses the network in plaintext.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::MonitoringSchedule",
  source: "securityhub",
  configRule: "sagemaker-monitoring-schedule-traffic-encryption",
  schedule: "change-triggered",
  category: "Protect > Data protection > Encryption of data in transit",
  requirements: [],
  parameters: {},
  remediation: {
    kind: "recreate",
    summary: "Recreate the schedule with its inline job definition's EnableInterContainerTrafficEncryption=true",
    steps: [
      "Encrypting inter-container traffic can lengthen each run; check that StoppingCondition.MaxRuntimeInSeconds still fits the schedule.",
      "DescribeMonitoringSchedule to copy MonitoringScheduleName and MonitoringScheduleConfig; ListTags on its ARN to copy its tags.",
      "DeleteMonitoringSchedule (it stops the schedule; execution history is kept); wait until DescribeMonitoringSchedule returns ResourceNotFound.",
      "CreateMonitoringSchedule with the same name, tags and MonitoringScheduleConfig, with MonitoringJobDefinition.NetworkConfig.EnableInterContainerTrafficEncryption=true.",
      "Wait for MonitoringScheduleStatus Scheduled.",
    ],
  },
  decisions: [
    "Schedules that name a job definition (MonitoringJobDefinitionName + MonitoringType) instead of carrying an " +
      "inline MonitoringJobDefinition are NOT_APPLICABLE: the Config rule is NON_COMPLIANT only 'if " +
      "MonitoringJobDefinition exists' and lacks the setting. The named definition is judged by SageMaker.9, .10, " +
      ".13 or .15 according to its kind.",
    "No instance-count condition: unlike the job-definition rules, this rule has none, so a single-instance inline " +
      "definition without the flag fails.",
    "Remediation is recreate, as AWS's remediation for this control says ('cannot be updated in place'), although " +
      "UpdateMonitoringSchedule takes a full MonitoringScheduleConfig including NetworkConfig, the IAM condition key " +
      "sagemaker:InterContainerTrafficEncryption applies to it, and Security Hub's remediation for SageMaker.14 " +
      "updates the same NetworkConfig in place.",
  ],
  evaluate(schedule) {
    const inline = inlineJobDefinition(schedule.properties);
    if (!inline) {
      // Only the reason needs these, so an unresolved template value must not make the verdict NOT_ASSESSED.
      const name = schedule.properties.MonitoringScheduleConfig?.MonitoringJobDefinitionName;
      const type = schedule.properties.MonitoringScheduleConfig?.MonitoringType ?? schedule.properties.MonitoringType;
      const judge =
        typeof type === "string" && isMonitoringType(type)
          ? JOB_DEFINITION_KINDS[type].encryptionControl
          : "SageMaker.9, .10, .13 or .15";
      const runs = typeof name === "string" ? `job definition ${name}` : "a named job definition";
      return notApplicable(`no inline MonitoringJobDefinition: the schedule runs ${runs}, which ${judge} judges`, {
        [DEFINITION_NAME]: name ?? null,
        [MONITORING_TYPE]: type ?? null,
      });
    }
    const network = known(`${INLINE_DEFINITION}.NetworkConfig`, inline.NetworkConfig);
    const enabled = known(INLINE_ENCRYPTION, network?.EnableInterContainerTrafficEncryption);
    const observed = { [INLINE_ENCRYPTION]: enabled };
    return enabled === true
      ? passed("the inline job definition encrypts inter-container traffic", observed)
      : failed(
          "the inline job definition's EnableInterContainerTrafficEncryption is not true: traffic between instances is plaintext",
          observed,
        );
  },
});
