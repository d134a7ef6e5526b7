import {
  type EC2Client,
  paginateDescribeInternetGateways,
  paginateDescribeNatGateways,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcs,
} from "@aws-sdk/client-ec2";
import type { ScopeContext } from "./context.js";
import { EC2_OPERATIONS } from "./operations.js";
import { type SnapshotItem, toSnapshotItem } from "./snapshot-writer.js";

type Ec2Collection = keyof typeof EC2_OPERATIONS;

/** EC2 Describe* calls take up to 1000 results a page (route tables: 100). */
const LISTERS: Record<Ec2Collection, (client: EC2Client) => AsyncIterable<object[] | undefined>> = {
  vpcs: (client) => pick(paginateDescribeVpcs({ client, pageSize: 1000 }, {}), (p) => p.Vpcs),
  subnets: (client) => pick(paginateDescribeSubnets({ client, pageSize: 1000 }, {}), (p) => p.Subnets),
  routeTables: (client) => pick(paginateDescribeRouteTables({ client, pageSize: 100 }, {}), (p) => p.RouteTables),
  natGateways: (client) => pick(paginateDescribeNatGateways({ client, pageSize: 1000 }, {}), (p) => p.NatGateways),
  internetGateways: (client) =>
    pick(paginateDescribeInternetGateways({ client, pageSize: 1000 }, {}), (p) => p.InternetGateways),
  vpcEndpoints: (client) => pick(paginateDescribeVpcEndpoints({ client, pageSize: 1000 }, {}), (p) => p.VpcEndpoints),
  securityGroups: (client) =>
    pick(paginateDescribeSecurityGroups({ client, pageSize: 1000 }, {}), (p) => p.SecurityGroups),
};

async function* pick<Page>(pages: AsyncIterable<Page>, items: (page: Page) => object[] | undefined) {
  for await (const page of pages) yield items(page);
}

/** The network context SageMaker resources sit in: VPCs, subnets, routes, gateways, endpoints, security groups. */
export async function collectVpcContext(ctx: ScopeContext): Promise<Record<string, SnapshotItem[]>> {
  const collections = Object.keys(EC2_OPERATIONS) as Ec2Collection[];
  const results = await Promise.all(
    collections.map((collection) =>
      ctx.read(`ec2.${collection}`, "ec2", EC2_OPERATIONS[collection], async () => {
        const items: SnapshotItem[] = [];
        for await (const page of LISTERS[collection](ctx.client("ec2"))) {
          for (const item of page ?? []) items.push(toSnapshotItem(item));
        }
        return items;
      }),
    ),
  );
  const section: Record<string, SnapshotItem[]> = {};
  collections.forEach((collection, i) => {
    const items = results[i];
    if (items) section[collection] = items;
  });
  return section;
}
