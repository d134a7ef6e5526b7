import type { AnyResource } from "../model/resource.js";
import type { Ec2Section, ReachEstate } from "./estate.js";
import { type FindResource, runtimeChain } from "./links.js";

/** The VPC endpoints a SageMaker workload needs when it has no NAT: data, API, credentials, images, logs. */
export const NEEDED_ENDPOINTS = [
  "s3",
  "sagemaker.api",
  "sagemaker.runtime",
  "sts",
  "ecr.api",
  "ecr.dkr",
  "logs",
] as const;
export type EndpointService = (typeof NEEDED_ENDPOINTS)[number];

export interface SubnetEgress {
  subnetId: string;
  routeTableId?: string;
  /**
   * Where the subnet's default route goes: `igw` = a public subnet (but SageMaker network interfaces get no public
   * IP, so no internet from it), `nat` = NAT egress, `other` = a transit gateway, peering or appliance (egress
   * decided elsewhere), `none` = no default route (private), `unknown` = not in the snapshot.
   */
  egress: "igw" | "nat" | "other" | "none" | "unknown";
  via?: string;
}

export interface NetworkReach {
  /** `sagemaker-managed` = no VPC of yours (SageMaker's own network, with internet); `isolated` = no network. */
  placement: "sagemaker-managed" | "vpc" | "isolated";
  /** Notebook DirectInternetAccess / domain PublicInternetOnly; undefined for kinds without the setting. */
  directInternetAccess?: boolean;
  networkIsolation: boolean;
  /** Can it reach the internet, and how. */
  internet: "direct" | "nat" | "none" | "unknown";
  /** Whether any outbound traffic is possible: to the internet, only to AWS through endpoints, or none. */
  outbound: "internet" | "endpoints-only" | "vpc-only" | "none" | "unknown";
  vpcId?: string;
  subnets: SubnetEgress[];
  securityGroups: string[];
  securityGroupEgress?: "open" | "restricted" | "none" | "unknown";
  /** VPC endpoints present in the resource's VPC (an S3 gateway endpoint counts only on the subnet's route table). */
  endpoints: EndpointService[];
  missingEndpoints: EndpointService[];
  /** What a move into (or a stay in) this network would break: `pip install will fail`, … */
  preflight: string[];
  summary: string;
}

interface NetworkSettings {
  directInternetAccess?: boolean;
  isolation: boolean;
  subnets: string[];
  securityGroups: string[];
  vpcId?: string;
  /** Kinds that must sit in a VPC to have no internet: a notebook without DirectInternetAccess, a VpcOnly domain. */
  interactive: boolean;
}

/** Network reach of a resource; undefined for kinds that run nothing (images, app image configs, feature groups). */
export function networkReach(estate: ReachEstate, resource: AnyResource, find: FindResource): NetworkReach | undefined {
  const settings = runtimeChain(resource, find)
    .map(networkSettings)
    .find((s) => s !== undefined);
  if (!settings) return undefined;
  const ec2 = estate.networks.get(`${resource.accountId}|${resource.region}`);
  return analyse(settings, ec2, resource.region);
}

function networkSettings(resource: AnyResource): NetworkSettings | undefined {
  const p = resource.properties as Record<string, unknown>;
  const vpc = (config: unknown) => {
    const c = config as { Subnets?: unknown; SecurityGroupIds?: unknown } | undefined;
    return { subnets: strings(c?.Subnets), securityGroups: strings(c?.SecurityGroupIds) };
  };
  const isolated = (value: unknown) => value === true;
  switch (resource.type) {
    case "AWS::SageMaker::NotebookInstance":
      return {
        directInternetAccess: p.DirectInternetAccess !== "Disabled",
        isolation: false,
        subnets: strings(p.SubnetId),
        securityGroups: strings(p.SecurityGroups),
        interactive: true,
      };
    case "AWS::SageMaker::Domain":
      return {
        directInternetAccess: p.AppNetworkAccessType !== "VpcOnly",
        isolation: false,
        subnets: strings(p.SubnetIds),
        securityGroups: strings((p.DefaultUserSettings as { SecurityGroups?: unknown } | undefined)?.SecurityGroups),
        vpcId: typeof p.VpcId === "string" ? p.VpcId : undefined,
        interactive: true,
      };
    case "AWS::SageMaker::Model":
    case "AWS::SageMaker::TrainingJob":
      return { isolation: isolated(p.EnableNetworkIsolation), ...vpc(p.VpcConfig), interactive: false };
    case "AWS::SageMaker::EndpointConfig":
      // Only inference-component configs carry their own network settings; otherwise the models decide.
      if (p.VpcConfig === undefined && p.EnableNetworkIsolation === undefined) return undefined;
      return { isolation: isolated(p.EnableNetworkIsolation), ...vpc(p.VpcConfig), interactive: false };
    case "AWS::SageMaker::ProcessingJob":
    case "AWS::SageMaker::DataQualityJobDefinition":
    case "AWS::SageMaker::ModelQualityJobDefinition":
    case "AWS::SageMaker::ModelBiasJobDefinition":
    case "AWS::SageMaker::ModelExplainabilityJobDefinition": {
      const network = p.NetworkConfig as { EnableNetworkIsolation?: unknown; VpcConfig?: unknown } | undefined;
      return { isolation: isolated(network?.EnableNetworkIsolation), ...vpc(network?.VpcConfig), interactive: false };
    }
    case "AWS::SageMaker::MonitoringSchedule": {
      const inline = (p.MonitoringScheduleConfig as { MonitoringJobDefinition?: Record<string, unknown> } | undefined)
        ?.MonitoringJobDefinition;
      if (!inline) return undefined;
      const network = inline.NetworkConfig as { EnableNetworkIsolation?: unknown; VpcConfig?: unknown } | undefined;
      return { isolation: isolated(network?.EnableNetworkIsolation), ...vpc(network?.VpcConfig), interactive: false };
    }
    default:
      return undefined;
  }
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return value ? [value] : [];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function analyse(settings: NetworkSettings, ec2: Ec2Section | undefined, region: string): NetworkReach {
  const base = {
    directInternetAccess: settings.directInternetAccess,
    networkIsolation: settings.isolation,
    securityGroups: settings.securityGroups,
  };
  if (settings.isolation) {
    return {
      ...base,
      placement: "isolated",
      internet: "none",
      outbound: "none",
      subnets: [],
      endpoints: [],
      missingEndpoints: [],
      preflight: [],
      summary: "network isolation: no outbound traffic",
    };
  }
  if (settings.subnets.length === 0) {
    return {
      ...base,
      placement: "sagemaker-managed",
      internet: "direct",
      outbound: "internet",
      subnets: [],
      endpoints: [],
      missingEndpoints: [],
      preflight: [],
      summary: "no VPC: SageMaker-managed network with internet access",
    };
  }

  const subnets = settings.subnets.map((id) => subnetEgress(id, ec2));
  const vpcId = settings.vpcId ?? ec2?.subnets?.find((s) => settings.subnets.includes(s.SubnetId))?.VpcId ?? undefined;
  const routeTables = subnets.map((s) => s.routeTableId).filter((id): id is string => id !== undefined);
  const endpoints = vpcId ? endpointsIn(ec2, vpcId, region, routeTables) : [];
  const missingEndpoints = NEEDED_ENDPOINTS.filter((e) => !endpoints.includes(e));
  const sgEgress = securityGroupEgress(settings.securityGroups, ec2);

  const viaSubnets: NetworkReach["internet"] = subnets.some((s) => s.egress === "nat")
    ? "nat"
    : subnets.every((s) => s.egress === "none" || s.egress === "igw")
      ? "none"
      : "unknown";
  // NAT only helps when a security group lets traffic out to public addresses.
  const sgBlocksInternet = sgEgress === "none" || sgEgress === "restricted";
  const internet: NetworkReach["internet"] = settings.directInternetAccess
    ? "direct"
    : viaSubnets === "nat" && sgBlocksInternet
      ? "none"
      : viaSubnets;
  const outbound: NetworkReach["outbound"] =
    internet === "direct" || internet === "nat"
      ? "internet"
      : sgEgress === "none"
        ? "none"
        : internet === "unknown"
          ? "unknown"
          : endpoints.length
            ? "endpoints-only"
            : "vpc-only";

  const preflight: string[] = [];
  if (internet === "none") {
    if (viaSubnets === "nat") {
      if (settings.interactive) {
        preflight.push(
          "security groups allow no egress to the internet: pip/conda installs from public repositories will fail",
        );
      }
    } else if (settings.interactive && endpoints.length === 0) {
      preflight.push("private subnet without NAT/endpoints: pip install will fail");
    } else if (settings.interactive) {
      preflight.push("private subnet without NAT: pip/conda installs from public repositories will fail");
    }
    if (missingEndpoints.length && endpoints.length) {
      preflight.push(
        `no internet egress and no VPC endpoint for ${missingEndpoints.join(", ")}: calls to them will fail`,
      );
    }
  }
  if (sgEgress === "none") preflight.push("security groups allow no outbound traffic");

  return {
    ...base,
    placement: "vpc",
    internet,
    outbound,
    vpcId,
    subnets,
    securityGroupEgress: sgEgress,
    endpoints,
    missingEndpoints,
    preflight,
    summary: summarize(settings, vpcId, subnets, endpoints, sgEgress),
  };
}

function subnetEgress(subnetId: string, ec2: Ec2Section | undefined): SubnetEgress {
  const subnet = ec2?.subnets?.find((s) => s.SubnetId === subnetId);
  const tables = ec2?.routeTables ?? [];
  const table =
    tables.find((t) => t.Associations?.some((a) => a.SubnetId === subnetId)) ??
    (subnet ? tables.find((t) => t.VpcId === subnet.VpcId && t.Associations?.some((a) => a.Main)) : undefined);
  if (!table) return { subnetId, egress: "unknown" };
  const defaultRoute = table.Routes?.find(
    (r) => (r.DestinationCidrBlock === "0.0.0.0/0" || r.DestinationIpv6CidrBlock === "::/0") && r.State !== "blackhole",
  ) as (Record<string, unknown> & { GatewayId?: string; NatGatewayId?: string }) | undefined;
  const out: SubnetEgress = { subnetId, routeTableId: table.RouteTableId, egress: "none" };
  if (!defaultRoute) return out;
  if (defaultRoute.NatGatewayId) return { ...out, egress: "nat", via: defaultRoute.NatGatewayId };
  if (defaultRoute.GatewayId?.startsWith("igw-")) return { ...out, egress: "igw", via: defaultRoute.GatewayId };
  const other = ["TransitGatewayId", "VpcPeeringConnectionId", "NetworkInterfaceId", "InstanceId", "GatewayId"]
    .map((k) => defaultRoute[k])
    .find((v): v is string => typeof v === "string" && v !== "local");
  return other ? { ...out, egress: "other", via: other } : out;
}

function endpointsIn(
  ec2: Ec2Section | undefined,
  vpcId: string,
  region: string,
  routeTables: readonly string[],
): EndpointService[] {
  const found = new Set<EndpointService>();
  for (const endpoint of ec2?.vpcEndpoints ?? []) {
    if (endpoint.VpcId !== vpcId) continue;
    if (endpoint.State !== undefined && endpoint.State.toLowerCase() !== "available") continue;
    const service = endpoint.ServiceName.replace(/^(cn\.)?com\.amazonaws\./, "").replace(`${region}.`, "");
    const name = NEEDED_ENDPOINTS.find((e) => e === service);
    if (!name) continue;
    // A gateway endpoint only serves the route tables it is attached to.
    const gateway = endpoint.VpcEndpointType?.toLowerCase() === "gateway";
    if (gateway && !routeTables.some((t) => endpoint.RouteTableIds?.includes(t))) continue;
    found.add(name);
  }
  return NEEDED_ENDPOINTS.filter((e) => found.has(e));
}

interface EgressRule {
  IpRanges?: { CidrIp?: string }[];
  Ipv6Ranges?: { CidrIpv6?: string }[];
}

/** `open`: some group lets traffic out to any address; `restricted`: only to listed ones; `none`: no rule at all. */
function securityGroupEgress(ids: readonly string[], ec2: Ec2Section | undefined): NetworkReach["securityGroupEgress"] {
  if (ids.length === 0) return "unknown";
  const groups = ids.map((id) => ec2?.securityGroups?.find((g) => g.GroupId === id));
  if (groups.some((g) => g === undefined || g.IpPermissionsEgress === undefined)) return "unknown";
  const rules = groups.flatMap((g) => (g?.IpPermissionsEgress ?? []) as EgressRule[]);
  if (rules.length === 0) return "none";
  const open = rules.some(
    (rule) =>
      rule.IpRanges?.some((r) => r.CidrIp === "0.0.0.0/0") || rule.Ipv6Ranges?.some((r) => r.CidrIpv6 === "::/0"),
  );
  return open ? "open" : "restricted";
}

function summarize(
  settings: NetworkSettings,
  vpcId: string | undefined,
  subnets: readonly SubnetEgress[],
  endpoints: readonly EndpointService[],
  sgEgress: NetworkReach["securityGroupEgress"],
): string {
  const parts: string[] = [];
  if (settings.directInternetAccess) parts.push("direct internet");
  const where = subnets.map((s) => {
    switch (s.egress) {
      case "nat":
        return `${s.subnetId} private, NAT ${s.via}`;
      case "igw":
        return `${s.subnetId} public (${s.via}; no public IP for SageMaker)`;
      case "other":
        return `${s.subnetId} default route via ${s.via}`;
      case "none":
        return `${s.subnetId} private, no NAT`;
      default:
        return `${s.subnetId} routes unknown`;
    }
  });
  parts.push(`VPC ${vpcId ?? "unknown"}: ${where.join("; ")}`);
  parts.push(endpoints.length ? `endpoints ${endpoints.join(", ")}` : "no VPC endpoints");
  if (sgEgress === "none") parts.push("security groups block all egress");
  else if (sgEgress === "restricted") parts.push("security groups restrict egress");
  return parts.join(" + ");
}
