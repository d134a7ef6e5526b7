import { describe, expect, it } from "vitest";
import type { AnyResource } from "../model/resource.js";
import type { ResourceType } from "../model/resource-types.js";
import { inventoryFromSnapshot } from "../snapshot/to-inventory.js";
import { buildReachEstate } from "./estate.js";
import { networkReach } from "./network.js";
import { ACCOUNT, NOW, snapshotOf } from "./test-helpers.js";

const REGION = "us-east-1";
const VPC = "vpc-0f3a9c2e7b1d45a86";
const PRIVATE_NAT = "subnet-0ab12cd34";
const PRIVATE_ISOLATED = "subnet-0ab12cd56";
const PUBLIC = "subnet-0ab12ce78";
const NAT = "nat-0b7e2c9d4a1f36e58";
const IGW = "igw-0e1d2c3b4a5968778";

const route = (cidr: string, target: Record<string, string>) => ({
  DestinationCidrBlock: cidr,
  ...target,
  Origin: "CreateRoute",
  State: "active",
});
const local = route("10.20.0.0/16", { GatewayId: "local" });

/** DescribeVpcs/Subnets/RouteTables/NatGateways/VpcEndpoints/SecurityGroups items as EC2 returns them. */
function ec2(options: { endpoints?: string[]; s3GatewayOn?: string[]; sgEgress?: object[] } = {}) {
  const interfaceEndpoints = (options.endpoints ?? []).map((service, i) => ({
    VpcEndpointId: `vpce-0b4d6f8a0c2e3579${i}`,
    VpcEndpointType: "Interface",
    VpcId: VPC,
    ServiceName: `com.amazonaws.${REGION}.${service}`,
    State: "available",
    SubnetIds: [PRIVATE_NAT, PRIVATE_ISOLATED],
    RouteTableIds: [],
  }));
  const s3Gateway = options.s3GatewayOn
    ? [
        {
          VpcEndpointId: "vpce-0a3c5e7b9d1f24680",
          VpcEndpointType: "Gateway",
          VpcId: VPC,
          ServiceName: `com.amazonaws.${REGION}.s3`,
          State: "available",
          RouteTableIds: options.s3GatewayOn,
          SubnetIds: [],
        },
      ]
    : [];
  return {
    vpcs: [{ VpcId: VPC, CidrBlock: "10.20.0.0/16", IsDefault: false, State: "available" }],
    subnets: [PRIVATE_NAT, PRIVATE_ISOLATED, PUBLIC].map((SubnetId, i) => ({
      SubnetId,
      VpcId: VPC,
      CidrBlock: `10.20.${i}.0/24`,
      AvailabilityZone: "us-east-1a",
      MapPublicIpOnLaunch: SubnetId === PUBLIC,
    })),
    routeTables: [
      {
        RouteTableId: "rtb-main",
        VpcId: VPC,
        Associations: [{ Main: true, RouteTableAssociationId: "rtbassoc-0f2a", RouteTableId: "rtb-main" }],
        Routes: [local],
      },
      {
        RouteTableId: "rtb-private-nat",
        VpcId: VPC,
        Associations: [{ Main: false, SubnetId: PRIVATE_NAT, RouteTableId: "rtb-private-nat" }],
        Routes: [local, route("0.0.0.0/0", { NatGatewayId: NAT })],
      },
      {
        RouteTableId: "rtb-public",
        VpcId: VPC,
        Associations: [{ Main: false, SubnetId: PUBLIC, RouteTableId: "rtb-public" }],
        Routes: [local, route("0.0.0.0/0", { GatewayId: IGW })],
      },
    ],
    natGateways: [{ NatGatewayId: NAT, SubnetId: PUBLIC, VpcId: VPC, State: "available" }],
    internetGateways: [{ InternetGatewayId: IGW, Attachments: [{ VpcId: VPC, State: "available" }] }],
    vpcEndpoints: [...s3Gateway, ...interfaceEndpoints],
    securityGroups: [
      {
        GroupId: "sg-0c8a3f1e9b2d47a60",
        GroupName: "ml-notebooks",
        VpcId: VPC,
        IpPermissions: [],
        IpPermissionsEgress: options.sgEgress ?? [
          {
            IpProtocol: "-1",
            IpRanges: [{ CidrIp: "0.0.0.0/0" }],
            Ipv6Ranges: [],
            PrefixListIds: [],
            UserIdGroupPairs: [],
          },
        ],
      },
    ],
  };
}

const ALL_ENDPOINTS = ["sagemaker.api", "sagemaker.runtime", "sts", "ecr.api", "ecr.dkr", "logs"];

function notebook(name: string, fields: Record<string, unknown>) {
  return {
    NotebookInstanceArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/${name}`,
    NotebookInstanceName: name,
    NotebookInstanceStatus: "InService",
    InstanceType: "ml.t3.medium",
    RoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000`,
    ...fields,
  };
}

/** Runs raw Describe* items through snapshot → resource model → network analysis. */
function reach(sagemaker: Record<string, object[]>, network: object | undefined, name: string) {
  const snapshot = snapshotOf([{ regions: [{ region: REGION, sagemaker, ...(network ? { ec2: network } : {}) }] }]);
  const inventory = inventoryFromSnapshot(snapshot);
  const estate = buildReachEstate(snapshot, NOW);
  const resource = inventory.resources.find((r) => r.name === name) as AnyResource;
  const find = (type: ResourceType, n: string) => inventory.resources.find((r) => r.type === type && r.name === n);
  return networkReach(estate, resource, find);
}

const SG = ["sg-0c8a3f1e9b2d47a60"];

describe("notebook network reach", () => {
  it("DirectInternetAccess Enabled without a subnet: internet through SageMaker's network", () => {
    const result = reach(
      { notebookInstances: [notebook("ml-feature-exploration", {})] },
      ec2(),
      "ml-feature-exploration",
    );
    expect(result).toMatchObject({
      placement: "sagemaker-managed",
      directInternetAccess: true,
      internet: "direct",
      outbound: "internet",
    });
  });

  it("private subnet with a NAT route and open egress: internet through NAT", () => {
    const item = notebook("fraud-model-prod", {
      DirectInternetAccess: "Disabled",
      SubnetId: PRIVATE_NAT,
      SecurityGroups: SG,
    });
    const result = reach(
      { notebookInstances: [item] },
      ec2({ endpoints: ALL_ENDPOINTS, s3GatewayOn: ["rtb-private-nat"] }),
      "fraud-model-prod",
    );
    expect(result).toMatchObject({
      placement: "vpc",
      vpcId: VPC,
      internet: "nat",
      outbound: "internet",
      subnets: [{ subnetId: PRIVATE_NAT, routeTableId: "rtb-private-nat", egress: "nat", via: NAT }],
      endpoints: ["s3", ...ALL_ENDPOINTS],
      missingEndpoints: [],
      preflight: [],
    });
  });

  it("private subnet without NAT or endpoints: pip install will fail", () => {
    const item = notebook("moved-notebook", {
      DirectInternetAccess: "Disabled",
      SubnetId: PRIVATE_ISOLATED,
      SecurityGroups: SG,
    });
    const result = reach({ notebookInstances: [item] }, ec2(), "moved-notebook");
    expect(result?.subnets).toEqual([{ subnetId: PRIVATE_ISOLATED, routeTableId: "rtb-main", egress: "none" }]);
    expect(result).toMatchObject({ internet: "none", outbound: "vpc-only" });
    expect(result?.preflight).toEqual(["private subnet without NAT/endpoints: pip install will fail"]);
  });

  it("private subnet without NAT but with some endpoints: names the missing ones", () => {
    const item = notebook("half-private", {
      DirectInternetAccess: "Disabled",
      SubnetId: PRIVATE_ISOLATED,
      SecurityGroups: SG,
    });
    // The S3 gateway endpoint sits on another route table: it does not serve this subnet.
    const result = reach(
      { notebookInstances: [item] },
      ec2({ endpoints: ["sagemaker.api", "sts"], s3GatewayOn: ["rtb-private-nat"] }),
      "half-private",
    );
    expect(result).toMatchObject({ internet: "none", outbound: "endpoints-only", endpoints: ["sagemaker.api", "sts"] });
    expect(result?.missingEndpoints).toEqual(["s3", "sagemaker.runtime", "ecr.api", "ecr.dkr", "logs"]);
    expect(result?.preflight).toEqual([
      "private subnet without NAT: pip/conda installs from public repositories will fail",
      "no internet egress and no VPC endpoint for s3, sagemaker.runtime, ecr.api, ecr.dkr, logs: calls to them will fail",
    ]);
  });

  it("public subnet (igw route): SageMaker interfaces get no public IP, so no internet", () => {
    const item = notebook("public-notebook", {
      DirectInternetAccess: "Disabled",
      SubnetId: PUBLIC,
      SecurityGroups: SG,
    });
    const result = reach({ notebookInstances: [item] }, ec2(), "public-notebook");
    expect(result?.subnets).toEqual([{ subnetId: PUBLIC, routeTableId: "rtb-public", egress: "igw", via: IGW }]);
    expect(result?.internet).toBe("none");
    expect(result?.summary).toContain(`${PUBLIC} public (${IGW}; no public IP for SageMaker)`);
  });

  it("NAT but security groups that only reach the VPC: no internet", () => {
    const item = notebook("locked", { DirectInternetAccess: "Disabled", SubnetId: PRIVATE_NAT, SecurityGroups: SG });
    const egress = [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "10.20.0.0/16" }] }];
    const result = reach({ notebookInstances: [item] }, ec2({ sgEgress: egress, endpoints: ALL_ENDPOINTS }), "locked");
    expect(result).toMatchObject({ internet: "none", securityGroupEgress: "restricted", outbound: "endpoints-only" });
    expect(result?.preflight[0]).toContain("pip/conda installs from public repositories will fail");
  });

  it("security groups without any egress rule: no outbound traffic at all", () => {
    const item = notebook("sealed", { DirectInternetAccess: "Disabled", SubnetId: PRIVATE_NAT, SecurityGroups: SG });
    const result = reach({ notebookInstances: [item] }, ec2({ sgEgress: [] }), "sealed");
    expect(result).toMatchObject({ internet: "none", outbound: "none", securityGroupEgress: "none" });
  });

  it("routes missing from the snapshot: egress unknown, not guessed", () => {
    const item = notebook("unmapped", { DirectInternetAccess: "Disabled", SubnetId: PRIVATE_NAT, SecurityGroups: SG });
    expect(reach({ notebookInstances: [item] }, undefined, "unmapped")).toMatchObject({
      internet: "unknown",
      outbound: "unknown",
    });
  });
});

describe("models, endpoints, jobs, domains", () => {
  const model = (name: string, fields: Record<string, unknown>) => ({
    ModelName: name,
    ModelArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model/${name}`,
    ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ml/fraud-model-prod-execution`,
    PrimaryContainer: { Image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/fraud-xgb:7` },
    ...fields,
  });

  it("a model with network isolation has no outbound traffic", () => {
    const result = reach({ models: [model("fraud-xgb-v8", { EnableNetworkIsolation: true })] }, ec2(), "fraud-xgb-v8");
    expect(result).toMatchObject({ placement: "isolated", internet: "none", outbound: "none" });
  });

  it("a model without VpcConfig or isolation runs with internet in SageMaker's network", () => {
    const result = reach({ models: [model("churn", {})] }, ec2(), "churn");
    expect(result).toMatchObject({ placement: "sagemaker-managed", internet: "direct" });
  });

  it("an endpoint reaches what its config's model reaches", () => {
    const sagemaker = {
      models: [model("fraud-xgb-v7", { VpcConfig: { Subnets: [PRIVATE_NAT], SecurityGroupIds: SG } })],
      endpointConfigs: [
        {
          EndpointConfigName: "fraud-config-v7",
          EndpointConfigArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:endpoint-config/fraud-config-v7`,
          ProductionVariants: [
            {
              VariantName: "AllTraffic",
              ModelName: "fraud-xgb-v7",
              InitialInstanceCount: 2,
              InstanceType: "ml.m5.xlarge",
            },
          ],
        },
      ],
      endpoints: [
        {
          EndpointName: "fraud-scoring",
          EndpointArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:endpoint/fraud-scoring`,
          EndpointConfigName: "fraud-config-v7",
          EndpointStatus: "InService",
        },
      ],
    };
    expect(reach(sagemaker, ec2(), "fraud-scoring")).toMatchObject({ placement: "vpc", internet: "nat" });
  });

  it("a processing job in a VPC subnet without NAT", () => {
    const job = {
      ProcessingJobName: "features-2026-11-27",
      ProcessingJobArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:processing-job/features-2026-11-27`,
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/ml/ml-feature-pipeline`,
      NetworkConfig: {
        EnableNetworkIsolation: false,
        VpcConfig: { Subnets: [PRIVATE_ISOLATED], SecurityGroupIds: SG },
      },
    };
    const result = reach(
      { processingJobs: [job] },
      ec2({ endpoints: ALL_ENDPOINTS, s3GatewayOn: ["rtb-main"] }),
      job.ProcessingJobName,
    );
    expect(result).toMatchObject({ internet: "none", outbound: "endpoints-only", missingEndpoints: [], preflight: [] });
  });

  it("a Studio domain: PublicInternetOnly is direct internet, VpcOnly follows its subnets", () => {
    const domain = (name: string, access: string) => ({
      DomainArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:domain/d-${name}`,
      DomainId: `d-${name}`,
      DomainName: name,
      AppNetworkAccessType: access,
      VpcId: VPC,
      SubnetIds: [PRIVATE_ISOLATED],
      DefaultUserSettings: { ExecutionRole: `arn:aws:iam::${ACCOUNT}:role/ml/studio`, SecurityGroups: SG },
    });
    expect(reach({ domains: [domain("public", "PublicInternetOnly")] }, ec2(), "public")?.internet).toBe("direct");
    const vpcOnly = reach({ domains: [domain("private", "VpcOnly")] }, ec2(), "private");
    expect(vpcOnly).toMatchObject({
      internet: "none",
      preflight: ["private subnet without NAT/endpoints: pip install will fail"],
    });
  });

  it("kinds that run nothing have no network reach", () => {
    const image = { ImageArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:image/r-tidyverse`, ImageName: "r-tidyverse" };
    expect(reach({ images: [image] }, ec2(), "r-tidyverse")).toBeUndefined();
  });
});
