import type { Finding } from "../evaluate/finding.js";
import type { AnyResource, Inventory } from "../model/resource.js";
import type { ResourceType } from "../model/resource-types.js";
import { type RoleReach, reachIndex, roleReach } from "../reach/data-reach.js";
import type { ReachEstate } from "../reach/estate.js";
import { executionRoles } from "../reach/links.js";
import { type NetworkReach, networkReach } from "../reach/network.js";
import { bucketSensitivity, DEFAULT_RISK_CONFIG, isProd, type RiskConfig } from "./config.js";
import { type Risk, type RiskFacts, scoreRisk } from "./score.js";

/** Everything triage knows about one resource: what it runs as, what that reaches, its network, its risk. */
export interface ResourceTriage {
  resource: AnyResource;
  roles: RoleReach[];
  network?: NetworkReach;
  facts: RiskFacts;
  risk: Risk;
}

/** The compact reach a JSON finding carries. */
export interface ReachSummary {
  roles: string[];
  bucketsReadable: number;
  bucketsWritable: number;
  sensitiveReadable: number;
  internet?: NetworkReach["internet"];
  outbound?: NetworkReach["outbound"];
  preflight?: string[];
}

/** Triage of every resource, riskiest first (then by name). Pure. */
export function triage(
  inventory: Inventory,
  estate: ReachEstate,
  findings: readonly Finding[],
  config: RiskConfig = DEFAULT_RISK_CONFIG,
): ResourceTriage[] {
  const index = reachIndex(estate);
  const reachCache = new Map<string, RoleReach>();
  const reachOf = (arn: string) => cached(reachCache, arn, () => roleReach(estate, arn, index));
  const find = finder(inventory.resources);
  const failures = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.status !== "FAILED") continue;
    const list = failures.get(finding.resourceArn);
    if (list) list.push(finding);
    else failures.set(finding.resourceArn, [finding]);
  }

  const out = inventory.resources.map((resource) => {
    const lookup = (type: ResourceType, name: string) => find(resource, type, name);
    const roles = executionRoles(resource, lookup).map(reachOf);
    const network = networkReach(estate, resource, lookup);
    const facts = riskFacts(resource, roles, network, failures.get(resource.arn) ?? [], config);
    return { resource, roles, network, facts, risk: scoreRisk(facts, config.weights) };
  });
  return out.sort(
    (a, b) =>
      b.risk.score - a.risk.score ||
      a.resource.name.localeCompare(b.resource.name) ||
      a.resource.arn.localeCompare(b.resource.arn),
  );
}

export function riskFacts(
  resource: AnyResource,
  roles: readonly RoleReach[],
  network: NetworkReach | undefined,
  failures: readonly Finding[],
  config: RiskConfig,
): RiskFacts {
  const readable = new Map<string, RoleReach["buckets"][number]>();
  const conditional = new Set<string>();
  const writable = new Set<string>();
  for (const role of roles) {
    for (const bucket of role.buckets) {
      if (bucket.read?.decision === "allowed") readable.set(bucket.bucket, bucket);
      else if (bucket.read) conditional.add(bucket.bucket);
      if (bucket.write) writable.add(bucket.bucket);
    }
  }
  for (const name of readable.keys()) conditional.delete(name);
  const sensitive: Record<string, number> = {};
  for (const bucket of readable.values()) {
    const label = bucketSensitivity(bucket.bucket, bucket.tags, config.sensitivity);
    if (label) sensitive[label] = (sensitive[label] ?? 0) + 1;
  }
  const p = resource.properties as Record<string, unknown>;
  const notebook = resource.type === "AWS::SageMaker::NotebookInstance";
  const imds = (p.InstanceMetadataServiceConfiguration as { MinimumInstanceMetadataServiceVersion?: unknown })
    ?.MinimumInstanceMetadataServiceVersion;
  return {
    failures: failures.map((f) => f.severity),
    internet: network?.internet ?? "none",
    noVpc: network?.placement === "sagemaker-managed",
    root: notebook && p.RootAccess === "Enabled",
    imdsV1: notebook && imds === "1",
    readable: readable.size,
    conditionalReadable: conditional.size,
    writable: writable.size,
    sensitive,
    escalation: escalation(roles),
    roleUnknown: roles.some((r) => !r.found),
    prod: isProd(resource.tags, config.environment),
  };
}

function escalation(roles: readonly RoleReach[]): string[] {
  const out: string[] = [];
  if (roles.some((r) => r.passRole.length)) out.push("pass roles");
  const assumable = new Set(roles.flatMap((r) => r.assumeRole.map((g) => g.resource)));
  if (assumable.size) out.push(`assume ${assumable.size} role${assumable.size === 1 ? "" : "s"}`);
  if (roles.some((r) => r.secrets.length)) out.push("read secrets");
  return out;
}

export function reachSummary(entry: ResourceTriage): ReachSummary {
  const summary: ReachSummary = {
    roles: entry.roles.map((r) => r.roleArn),
    bucketsReadable: entry.facts.readable,
    bucketsWritable: entry.facts.writable,
    sensitiveReadable: Object.values(entry.facts.sensitive).reduce((a, b) => a + b, 0),
  };
  if (entry.network) {
    summary.internet = entry.network.internet;
    summary.outbound = entry.network.outbound;
    if (entry.network.preflight.length) summary.preflight = entry.network.preflight;
  }
  return summary;
}

function finder(resources: readonly AnyResource[]) {
  const byKey = new Map(resources.map((r) => [`${r.accountId}|${r.region}|${r.type}|${r.name}`, r]));
  return (from: AnyResource, type: ResourceType, name: string) =>
    byKey.get(`${from.accountId}|${from.region}|${type}|${name}`);
}

function cached<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Findings with their resource's risk and reach attached (gap findings, about no one resource, get none). */
export function attachTriage(findings: readonly Finding[], entries: readonly ResourceTriage[]): Finding[] {
  const byArn = new Map(entries.map((e) => [e.resource.arn, e]));
  return findings.map((finding) => {
    const entry = byArn.get(finding.resourceArn);
    return entry ? { ...finding, risk: entry.risk, reach: reachSummary(entry) } : finding;
  });
}
