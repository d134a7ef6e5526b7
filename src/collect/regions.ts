import { DescribeRegionsCommand, type EC2Client } from "@aws-sdk/client-ec2";

export type RegionSelection = string[] | "all";

/** The regions enabled for the account: opt-in regions only once opted in (DescribeRegions without AllRegions). */
export async function enabledRegions(ec2: EC2Client): Promise<string[]> {
  const { Regions } = await ec2.send(new DescribeRegionsCommand({}));
  return (Regions ?? [])
    .filter((r) => r.OptInStatus !== "not-opted-in")
    .map((r) => r.RegionName)
    .filter((name): name is string => Boolean(name));
}

export type Partition = "aws" | "aws-cn" | "aws-us-gov";

export function partitionOf(region: string): Partition {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

/** Where a partition's global services (IAM, Organizations) answer. */
export function globalRegion(partition: Partition): string {
  return { aws: "us-east-1", "aws-cn": "cn-north-1", "aws-us-gov": "us-gov-west-1" }[partition];
}
