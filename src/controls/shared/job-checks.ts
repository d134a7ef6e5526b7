import type { DescribeTrainingJobResponse } from "@aws-sdk/client-sagemaker";
import { known, present } from "../../model/unresolved.js";
import { failed, notApplicable, passed, type Remediation, type Verdict } from "../control.js";
import type { Field } from "./storage-encryption.js";

/**
 * Checks shared by the training-job (MLH.5–9) and processing-job (MLH.10–14) controls. The two Describe* outputs
 * keep the same settings at different paths, so each control passes its own fields in.
 */

export function evaluateNetworkIsolation(flag: Field<boolean>): Verdict {
  const enabled = known(flag.path, flag.value);
  const observed = { [flag.path]: enabled ?? null };
  return enabled === true
    ? passed("network isolation is enabled", observed)
    : failed(`${flag.path} is not true: the job's containers could make outbound network calls`, observed);
}

/** Encryption between a job's instances; a job that ran on one instance had no such traffic. */
export function evaluateInterContainerEncryption(instanceCount: Field<number>, flag: Field<boolean>): Verdict {
  const count = known(instanceCount.path, instanceCount.value);
  if (count !== undefined && count < 2) {
    return notApplicable(`${count} instance: no traffic between instances to encrypt`, { [instanceCount.path]: count });
  }
  const enabled = known(flag.path, flag.value);
  const observed = { [instanceCount.path]: count ?? null, [flag.path]: enabled ?? null };
  const instances = count ?? "an unset number of";
  return enabled === true
    ? passed(`inter-container traffic encryption is enabled for ${instances} instances`, observed)
    : failed(`${instances} instances exchanged data unencrypted: ${flag.path} is not true`, observed);
}

export function evaluateInVpc(subnets: Field<string[]>): Verdict {
  const observed = { [subnets.path]: subnets.value ?? null };
  return present(subnets.path, subnets.value)
    ? passed("the job ran in your VPC", observed)
    : failed(
        `${subnets.path} is not set: the job ran on SageMaker's network, outside your VPC's security groups, ` +
          "routes and flow logs",
        observed,
      );
}

export function evaluateOutputKey(key: Field<string>): Verdict {
  return present(key.path, key.value)
    ? passed(`${key.path} is set`, { [key.path]: key.value })
    : failed(`${key.path} is not set: the job's S3 output is not encrypted with a KMS key you choose`, {
        [key.path]: key.value ?? null,
      });
}

/** A training job's instances: one instance type, or the instance groups of a heterogeneous cluster. */
export function trainingInstances(job: DescribeTrainingJobResponse): {
  count: Field<number>;
  types: Field<string>[];
} {
  const config = known("ResourceConfig", job.ResourceConfig);
  const groups = known("ResourceConfig.InstanceGroups", config?.InstanceGroups) ?? [];
  if (groups.length === 0) {
    return {
      count: { path: "ResourceConfig.InstanceCount", value: config?.InstanceCount },
      types: [{ path: "ResourceConfig.InstanceType", value: config?.InstanceType }],
    };
  }
  const counts = groups.map((g, i) => known(`ResourceConfig.InstanceGroups[${i}].InstanceCount`, g.InstanceCount));
  const set = counts.filter((n): n is number => n !== undefined);
  return {
    count: {
      path: "ResourceConfig.InstanceGroups[].InstanceCount",
      value: set.length === counts.length ? set.reduce((sum, n) => sum + n, 0) : undefined,
    },
    types: groups.map((g, i) => ({ path: `ResourceConfig.InstanceGroups[${i}].InstanceType`, value: g.InstanceType })),
  };
}

const JOB_KINDS = {
  training: {
    noun: "training job",
    create: "CreateTrainingJob",
    denied: "sagemaker:CreateTrainingJob and sagemaker:CreateHyperParameterTuningJob",
    launchers:
      "If TuningJobArn, AutoMLJobArn or LabelingJobArn is set, that tuning, AutoML or labeling job launched it: " +
      "set the option there.",
  },
  processing: {
    noun: "processing job",
    create: "CreateProcessingJob",
    denied: "sagemaker:CreateProcessingJob",
    launchers:
      "If MonitoringScheduleArn, AutoMLJobArn or TrainingJobArn is set, that monitoring schedule (its job " +
      "definition), AutoML job or training job (its Debugger/Profiler rules) launched it: set the option there.",
  },
} as const;

export type JobKind = keyof typeof JOB_KINDS;

/** How one setting is fixed where jobs are launched, and enforced. */
export interface JobFix {
  /** The Create*Job request field and value. */
  request: string;
  /** The SageMaker Python SDK (v2) argument. */
  sdk: string;
  /** The condition under which an SCP/IAM Deny statement refuses a launch without the setting. */
  deny: string;
  /** What to check before turning the setting on. */
  caveat: string;
  /** What to do about runs that already happened, when re-running is not the whole answer. */
  pastRuns?: string;
}

/** Jobs are immutable and have already run: the fix is in the code that launches the next ones. */
export function jobRemediation(kind: JobKind, fix: JobFix): Remediation {
  const job = JOB_KINDS[kind];
  return {
    kind: "recreate",
    summary: `A ${job.noun} cannot be changed: launch the next ones with ${fix.request} and deny launches without it`,
    steps: [
      `Find what launched the job (a SageMaker Pipelines step, a notebook, a CI job): CloudTrail's ${job.create} events name the caller. ${job.launchers}`,
      `In that code set ${fix.sdk} (SageMaker Python SDK), or ${fix.request} in the ${job.create} request (boto3, CLI, API).`,
      fix.caveat,
      `Enforce it with an SCP or identity-policy statement that denies ${job.denied} ${fix.deny}.`,
      fix.pastRuns ?? "Re-run the job with the setting if its results are still in use.",
    ],
  };
}
