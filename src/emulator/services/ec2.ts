import * as sdk from "@aws-sdk/client-ec2";
import { AwsError } from "../errors.js";
import { ec2Protocol } from "../protocols/ec2-query.js";
import { listParam } from "../protocols/query.js";
import { type Ec2Collection, OPT_IN_REGIONS } from "../state.js";
import { type OperationHandler, pageSize, paginate, type ServiceDefinition } from "./service.js";

interface DescribeApi {
  collection: Ec2Collection;
  /** The output list member (`Vpcs`) and the ID list parameter (`VpcId.1`, ...). */
  outputField: string;
  idParam: string;
  maxResults: number;
  notFound: (id: string) => AwsError;
}

const DESCRIBE: Readonly<Record<string, DescribeApi>> = {
  DescribeVpcs: {
    collection: "vpcs",
    outputField: "Vpcs",
    idParam: "VpcId",
    maxResults: 1000,
    notFound: (id) => new AwsError("InvalidVpcID.NotFound", `The vpc ID '${id}' does not exist`),
  },
  DescribeSubnets: {
    collection: "subnets",
    outputField: "Subnets",
    idParam: "SubnetId",
    maxResults: 1000,
    notFound: (id) => new AwsError("InvalidSubnetID.NotFound", `The subnet ID '${id}' does not exist`),
  },
  DescribeRouteTables: {
    collection: "routeTables",
    outputField: "RouteTables",
    idParam: "RouteTableId",
    maxResults: 100,
    notFound: (id) => new AwsError("InvalidRouteTableID.NotFound", `The routeTable ID '${id}' does not exist`),
  },
  DescribeNatGateways: {
    collection: "natGateways",
    outputField: "NatGateways",
    idParam: "NatGatewayId",
    maxResults: 1000,
    notFound: (id) => new AwsError("NatGatewayNotFound", `The Nat Gateway ${id} was not found`),
  },
  DescribeInternetGateways: {
    collection: "internetGateways",
    outputField: "InternetGateways",
    idParam: "InternetGatewayId",
    maxResults: 1000,
    notFound: (id) =>
      new AwsError("InvalidInternetGatewayID.NotFound", `The internetGateway ID '${id}' does not exist`),
  },
  DescribeVpcEndpoints: {
    collection: "vpcEndpoints",
    outputField: "VpcEndpoints",
    idParam: "VpcEndpointId",
    maxResults: 1000,
    notFound: (id) => new AwsError("InvalidVpcEndpointId.NotFound", `The Vpc Endpoint Id '${id}' does not exist`),
  },
  DescribeSecurityGroups: {
    collection: "securityGroups",
    outputField: "SecurityGroups",
    idParam: "GroupId",
    maxResults: 1000,
    notFound: (id) => new AwsError("InvalidGroup.NotFound", `The security group '${id}' does not exist`),
  },
};

/** DescribeX: by ID list or all, paginated only when MaxResults is given (as EC2 does); filters are refused. */
function describe(api: DescribeApi): OperationHandler {
  return ({ input, region }) => {
    rejectFilters(input);
    const store = region.ec2[api.collection];
    const ids = listParam(input, api.idParam);
    const items = ids.length === 0 ? store.list() : ids.map((id) => store.get(id) ?? throwError(api.notFound(id)));
    const size = pageSize(
      input,
      "MaxResults",
      { min: 5, max: api.maxResults, default: items.length || 1 },
      "InvalidParameterValue",
    );
    const invalidToken = () => new AwsError("InvalidPaginationToken", "The pagination token is not valid.");
    const { page, nextToken } = paginate(items, input.NextToken, size, invalidToken);
    return { [api.outputField]: page, NextToken: nextToken };
  };
}

/** The account's enabled regions: those the snapshot holds (with AllRegions, also the opt-in ones it does not). */
const describeRegions: OperationHandler = ({ input, account }) => {
  rejectFilters(input);
  const enabled = [...account.regions.keys()].map((name) => ({
    RegionName: name,
    Endpoint: `ec2.${name}.amazonaws.com`,
    OptInStatus: OPT_IN_REGIONS.has(name) ? "opted-in" : "opt-in-not-required",
  }));
  const disabled =
    input.AllRegions === "true"
      ? [...OPT_IN_REGIONS]
          .filter((name) => !account.regions.has(name))
          .map((name) => ({ RegionName: name, Endpoint: `ec2.${name}.amazonaws.com`, OptInStatus: "not-opted-in" }))
      : [];
  const names = new Set(listParam(input, "RegionName"));
  return { Regions: [...enabled, ...disabled].filter((region) => names.size === 0 || names.has(region.RegionName)) };
};

function rejectFilters(input: Readonly<Record<string, unknown>>): void {
  const filter = input["Filter.1.Name"];
  if (filter !== undefined) throw new AwsError("InvalidParameterValue", `The filter '${String(filter)}' is invalid`);
}

function throwError(error: AwsError): never {
  throw error;
}

export const ec2: ServiceDefinition = {
  signingName: "ec2",
  iamPrefix: "ec2",
  protocol: ec2Protocol,
  sdk,
  operations: {
    DescribeRegions: describeRegions,
    ...Object.fromEntries(Object.entries(DESCRIBE).map(([operation, api]) => [operation, describe(api)])),
  },
};
