import type { DescribeDataQualityJobDefinitionResponse } from "@aws-sdk/client-sagemaker";
import { known } from "../../model/unresolved.js";
import { failed, notApplicable, passed, type Remediation, type Verdict } from "../control.js";

/**
 * The four Model Monitor job definition kinds, keyed by the `MonitoringType` a schedule uses to reference one.
 * `api` completes the kind's Create…, Describe… and Delete… operation names; `encryptionControl` and
 * `isolationControl` are the Security Hub controls that judge a definition of that kind.
 */
export const JOB_DEFINITION_KINDS = {
  DataQuality: {
    type: "AWS::SageMaker::DataQualityJobDefinition",
    api: "DataQualityJobDefinition",
    encryptionControl: "SageMaker.9",
    isolationControl: "SageMaker.11",
  },
  ModelQuality: {
    type: "AWS::SageMaker::ModelQualityJobDefinition",
    api: "ModelQualityJobDefinition",
    encryptionControl: "SageMaker.13",
    isolationControl: "SageMaker.25",
  },
  ModelBias: {
    type: "AWS::SageMaker::ModelBiasJobDefinition",
    api: "ModelBiasJobDefinition",
    encryptionControl: "SageMaker.15",
    isolationControl: "SageMaker.12",
  },
  ModelExplainability: {
    type: "AWS::SageMaker::ModelExplainabilityJobDefinition",
    api: "ModelExplainabilityJobDefinition",
    encryptionControl: "SageMaker.10",
    isolationControl: "SageMaker.20",
  },
} as const;

export type MonitoringType = keyof typeof JOB_DEFINITION_KINDS;

/** Fields all four Describe*JobDefinition outputs share with the same shape, and the only ones these checks read. */
export type JobDefinitionNetworking = Pick<DescribeDataQualityJobDefinitionResponse, "JobResources" | "NetworkConfig">;

export function isMonitoringType(value: string): value is MonitoringType {
  return Object.hasOwn(JOB_DEFINITION_KINDS, value);
}

const INSTANCE_COUNT = "JobResources.ClusterConfig.InstanceCount";
const ENCRYPTION = "NetworkConfig.EnableInterContainerTrafficEncryption";
const ISOLATION = "NetworkConfig.EnableNetworkIsolation";

/**
 * Decisions shared by the four job-definition encryption controls (SageMaker.9, .10, .13, .15).
 */
export const ENCRYPTION_DECISIONS = [
  "Only definitions with JobResources.ClusterConfig.InstanceCount >= 2 are evaluated: the AWS Config rule " +
    "checks the flag 'when the instance count is 2 or greater'. Single-instance definitions have no " +
    "inter-container traffic and are NOT_APPLICABLE, although Security Hub's control text states the condition " +
    "only for SageMaker.15.",
  "A definition whose instance count is not set (possible only in a template) is evaluated, not skipped: " +
    "NOT_APPLICABLE requires a known count below 2.",
  "An omitted NetworkConfig or EnableInterContainerTrafficEncryption takes AWS's default, false, and fails " +
    "(SageMaker.15's text: 'set to false or is not configured'; the Config rules say only 'is false').",
];

/** Decisions shared by the four job-definition isolation controls (SageMaker.11, .12, .20, .25). */
export const ISOLATION_DECISIONS = [
  "An omitted NetworkConfig or EnableNetworkIsolation takes AWS's default, false, and fails: the Config rules " +
    "for .11/.12/.25 say 'is false', the one for .20 'is not set to true'; with the default applied they agree.",
];

export const REPOINT_DECISION =
  "AWS's remediation says only to create a new definition with the setting. A schedule keeps running the " +
  "definition it names, so the steps also re-point every schedule that runs the old definition and delete it " +
  "afterwards; whether SageMaker refuses to delete a definition that a schedule still names is unconfirmed, so " +
  "the delete comes last.";

/** Inter-container traffic encryption on a multi-instance job definition (SageMaker.9, .10, .13, .15). */
export function evaluateInterContainerEncryption(definition: JobDefinitionNetworking): Verdict {
  const resources = known("JobResources", definition.JobResources);
  const cluster = known("JobResources.ClusterConfig", resources?.ClusterConfig);
  const count = known(INSTANCE_COUNT, cluster?.InstanceCount);
  if (count !== undefined && count < 2) {
    return notApplicable(`${count} instance: no traffic between instances to encrypt`, { [INSTANCE_COUNT]: count });
  }
  const network = known("NetworkConfig", definition.NetworkConfig);
  const enabled = known(ENCRYPTION, network?.EnableInterContainerTrafficEncryption);
  const observed = { [INSTANCE_COUNT]: count, [ENCRYPTION]: enabled };
  const instances = count === undefined ? "instance count not set" : `${count} instances`;
  return enabled === true
    ? passed(`inter-container traffic encryption is enabled (${instances})`, observed)
    : failed(`${ENCRYPTION} is not true: traffic between instances is plaintext (${instances})`, observed);
}

/** Network isolation on a job definition (SageMaker.11, .12, .20, .25). */
export function evaluateNetworkIsolation(definition: JobDefinitionNetworking): Verdict {
  const network = known("NetworkConfig", definition.NetworkConfig);
  const enabled = known(ISOLATION, network?.EnableNetworkIsolation);
  const observed = { [ISOLATION]: enabled };
  return enabled === true
    ? passed("network isolation is enabled", observed)
    : failed(`${ISOLATION} is not true: the monitoring containers can make network calls`, observed);
}

/**
 * Job definitions have no Update* operation: a fix is a new definition with the setting, every schedule that runs
 * the old one re-pointed at it, then the old one deleted.
 */
export function rePointRemediation(monitoringType: MonitoringType, setting: "isolation" | "encryption"): Remediation {
  const { api } = JOB_DEFINITION_KINDS[monitoringType];
  const flag = setting === "isolation" ? ISOLATION : ENCRYPTION;
  const caveat =
    setting === "isolation"
      ? "An isolated container has no network access and no AWS credentials; SageMaker still stages its S3 inputs and outputs, so the analysis container must need nothing else."
      : "Encrypting inter-container traffic can lengthen the job; check that StoppingCondition.MaxRuntimeInSeconds still fits the schedule.";
  return {
    kind: "re-point",
    summary: `Create a new ${api} with ${flag}=true, re-point its monitoring schedules, delete the old definition`,
    steps: [
      caveat,
      `Describe${api} on the failing definition to copy its full configuration.`,
      `Create${api} with a new JobDefinitionName, the same configuration and ${flag}=true.`,
      `ListMonitoringSchedules with MonitoringJobDefinitionName=<old name> and MonitoringTypeEquals=${monitoringType} to find the schedules that run it.`,
      `For each schedule: DescribeMonitoringSchedule, then UpdateMonitoringSchedule with the same MonitoringScheduleConfig but MonitoringJobDefinitionName=<new name> and MonitoringType=${monitoringType}; wait for MonitoringScheduleStatus Scheduled.`,
      `Delete${api} on the old definition once no schedule references it.`,
    ],
  };
}
