import { InputError } from "../errors.js";

export const PARTITIONS = ["aws", "aws-cn", "aws-us-gov"] as const;
export type Partition = (typeof PARTITIONS)[number];

/**
 * The account, region and partition the templates are deployed to, as far as the user tells them
 * (`mlharden iac --account --region --partition`). A template cannot tell them itself; each part given turns the
 * pseudo parameters and data sources that read it into literals.
 */
export interface DeployTarget {
  accountId?: string;
  region?: string;
  partition?: Partition;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** Validates the options and fills in the partition: the region's, else `aws` when an account is given. */
export function deployTarget(options: { account?: string; region?: string; partition?: string }): DeployTarget {
  const { account, region, partition } = options;
  if (account !== undefined && !/^\d{12}$/.test(account)) {
    throw new InputError(`--account: expected a 12-digit AWS account id, got "${account}"`);
  }
  if (region !== undefined && !REGION.test(region)) {
    throw new InputError(`--region: expected an AWS region such as us-east-1, got "${region}"`);
  }
  if (partition !== undefined && !PARTITIONS.includes(partition as Partition)) {
    throw new InputError(`--partition: expected one of ${PARTITIONS.join(", ")}, got "${partition}"`);
  }
  const regional = region === undefined ? undefined : partitionOf(region);
  if (regional !== undefined && partition !== undefined && regional !== partition) {
    throw new InputError(`--region ${region} is in partition ${regional}, not ${partition}`);
  }
  const resolvedPartition = (partition as Partition | undefined) ?? regional ?? (account ? "aws" : undefined);
  return {
    ...(account !== undefined && { accountId: account }),
    ...(region !== undefined && { region }),
    ...(resolvedPartition !== undefined && { partition: resolvedPartition }),
  };
}

/** The partition a region belongs to. */
function partitionOf(region: string): Partition {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (/-iso[a-z]?-/.test(region)) {
    throw new InputError(`--region ${region} is in an isolated partition, expected one of ${PARTITIONS.join(", ")}`);
  }
  return "aws";
}

/** The domain suffix of the partition's endpoints (`AWS::URLSuffix`). */
export function urlSuffix(partition: Partition): string {
  return partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
}

/** The CloudFormation pseudo parameters the target fixes; the others (`AWS::StackName`, ...) stay unresolved. */
export function pseudoParameters(target: DeployTarget): Record<string, string> {
  return {
    ...(target.accountId && { "AWS::AccountId": target.accountId }),
    ...(target.region && { "AWS::Region": target.region }),
    ...(target.partition && { "AWS::Partition": target.partition, "AWS::URLSuffix": urlSuffix(target.partition) }),
  };
}
