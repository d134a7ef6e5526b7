import { isMonitoringType, JOB_DEFINITION_KINDS } from "../controls/shared/monitoring-job-definition.js";
import type { AnyResource } from "../model/resource.js";
import type { ResourceType } from "../model/resource-types.js";

export type FindResource = (type: ResourceType, name: string) => AnyResource | undefined;

/**
 * The resources whose settings decide what this one runs as and where its traffic goes: an endpoint runs its
 * config's models, a transform job its model, a monitoring schedule the job definition it names.
 * The resource itself comes first. Values an IaC source left unresolved are skipped, never guessed.
 */
export function runtimeChain(resource: AnyResource, find: FindResource): AnyResource[] {
  const chain: AnyResource[] = [resource];
  const p = resource.properties as Record<string, unknown>;
  const add = (type: ResourceType, name: unknown) => {
    if (typeof name !== "string") return;
    const found = find(type, name);
    if (found && !chain.includes(found)) chain.push(found);
  };
  switch (resource.type) {
    case "AWS::SageMaker::Endpoint": {
      add("AWS::SageMaker::EndpointConfig", p.EndpointConfigName);
      const config = chain[1];
      if (config) for (const model of variantModels(config)) add("AWS::SageMaker::Model", model);
      break;
    }
    case "AWS::SageMaker::EndpointConfig":
      for (const model of variantModels(resource)) add("AWS::SageMaker::Model", model);
      break;
    case "AWS::SageMaker::TransformJob":
      add("AWS::SageMaker::Model", p.ModelName);
      break;
    case "AWS::SageMaker::MonitoringSchedule": {
      const config = p.MonitoringScheduleConfig as Record<string, unknown> | undefined;
      const type = config?.MonitoringType ?? p.MonitoringType;
      if (typeof type === "string" && isMonitoringType(type)) {
        add(JOB_DEFINITION_KINDS[type].type, config?.MonitoringJobDefinitionName);
      }
      break;
    }
  }
  return chain;
}

function variantModels(config: AnyResource): string[] {
  const variants = (config.properties as { ProductionVariants?: unknown }).ProductionVariants;
  if (!Array.isArray(variants)) return [];
  return variants.map((v: { ModelName?: unknown }) => v.ModelName).filter((n): n is string => typeof n === "string");
}

/** The role a resource's own Describe* output names (notebook RoleArn, model ExecutionRoleArn, …). */
export function ownRole(resource: AnyResource): string | undefined {
  const p = resource.properties as Record<string, unknown>;
  let value: unknown;
  switch (resource.type) {
    case "AWS::SageMaker::Model":
    case "AWS::SageMaker::EndpointConfig":
      value = p.ExecutionRoleArn;
      break;
    case "AWS::SageMaker::Domain":
      value = (p.DefaultUserSettings as { ExecutionRole?: unknown } | undefined)?.ExecutionRole;
      break;
    case "AWS::SageMaker::MonitoringSchedule":
      value = (p.MonitoringScheduleConfig as { MonitoringJobDefinition?: { RoleArn?: unknown } } | undefined)
        ?.MonitoringJobDefinition?.RoleArn;
      break;
    default:
      value = p.RoleArn;
  }
  return typeof value === "string" && value.startsWith("arn:") ? value : undefined;
}

/** Every execution role the resource runs as, through its runtime chain. */
export function executionRoles(resource: AnyResource, find: FindResource): string[] {
  const roles = new Set<string>();
  for (const link of runtimeChain(resource, find)) {
    const role = ownRole(link);
    if (role) roles.add(role);
  }
  return [...roles];
}
