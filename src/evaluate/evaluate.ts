import type { AnyControl, EvaluationContext, Verdict } from "../controls/control.js";
import type { AnyResource, CollectionGap, Inventory, Resource } from "../model/resource.js";
import { collectionOf, type ResourceType, SAGEMAKER_KINDS } from "../model/resource-types.js";
import { UnresolvedValueError } from "../model/unresolved.js";
import type { Finding } from "./finding.js";

export interface EvaluateOptions {
  controls: readonly AnyControl[];
  /** Parameter overrides by control id, already parsed (see `resolveParameters`). */
  parameters?: Record<string, Record<string, unknown>>;
}

/**
 * Runs every control over every resource of its type. Pure: no I/O.
 * A control whose own collection (or a collection it needs) could not be read reports NOT_ASSESSED, never PASSED.
 */
export function evaluate(inventory: Inventory, options: EvaluateOptions): Finding[] {
  const byType = groupByType(inventory.resources);
  const index = indexByName(inventory.resources);
  const gapIndex = new Map(inventory.gaps.map((g) => [`${g.accountId}|${g.region}|${g.collection}`, g]));
  const partitions = new Map(inventory.scopes.map((s) => [s.accountId, s.partition]));
  const findings: Finding[] = [];

  for (const control of options.controls) {
    const params = { ...defaultParameters(control), ...options.parameters?.[control.id] };
    const ownCollection = `sagemaker.${collectionOf(control.resourceType)}`;
    const needs = new Set<string>(control.needs ?? []);

    for (const resource of byType.get(control.resourceType) ?? []) {
      const context: EvaluationContext<Record<string, unknown>> = {
        params,
        accountIds: inventory.accountIds,
        find: (type, name) => index.get(key(resource.accountId, resource.region, type, name)) as never,
      };
      const gap = firstGap(gapIndex, needs, resource);
      const verdict = gap ? notAssessed(gap) : safeEvaluate(control, resource, context);
      findings.push(toFinding(control, resource, verdict));
    }

    for (const gap of inventory.gaps) {
      if (gap.collection === ownCollection)
        findings.push(gapFinding(control, gap, partitions.get(gap.accountId) ?? "aws"));
    }
  }
  return findings;
}

export function defaultParameters(control: AnyControl): Record<string, unknown> {
  return Object.fromEntries(Object.entries(control.parameters).map(([name, spec]) => [name, spec.default]));
}

type Outcome = Verdict | { status: "NOT_ASSESSED"; reason: string; observed: Record<string, unknown> };

function safeEvaluate(
  control: AnyControl,
  resource: Resource<ResourceType>,
  context: EvaluationContext<Record<string, unknown>>,
): Outcome {
  try {
    return control.evaluate(resource, context);
  } catch (error) {
    if (error instanceof UnresolvedValueError) {
      return {
        status: "NOT_ASSESSED",
        reason: error.message,
        observed: { [error.field]: error.value.toJSON() },
      };
    }
    throw error;
  }
}

function notAssessed(gap: CollectionGap): Outcome {
  return {
    status: "NOT_ASSESSED",
    reason: `${gap.service}:${gap.operation} failed with ${gap.code} (${gap.message}); ${gap.collection} could not be read`,
    observed: { collection: gap.collection, errorCode: gap.code },
  };
}

function toFinding(control: AnyControl, resource: AnyResource | Resource, verdict: Outcome): Finding {
  return {
    controlId: control.id,
    title: control.title,
    severity: control.severity,
    status: verdict.status,
    reason: verdict.reason,
    resourceArn: resource.arn,
    resourceType: resource.type,
    resourceName: resource.name,
    accountId: resource.accountId,
    region: resource.region,
    remediation: { kind: control.remediation.kind, summary: control.remediation.summary },
    observed: verdict.observed,
    origin: resource.origin,
  };
}

/** One NOT_ASSESSED finding per control for a collection that could not be listed in an account and region. */
function gapFinding(control: AnyControl, gap: CollectionGap, partition: string): Finding {
  const kind = SAGEMAKER_KINDS[collectionOf(control.resourceType)];
  return toFinding(
    control,
    {
      type: control.resourceType,
      arn: `arn:${partition}:sagemaker:${gap.region}:${gap.accountId}:${kind.label}/*`,
      name: "*",
      accountId: gap.accountId,
      region: gap.region,
    } as Resource,
    notAssessed(gap),
  );
}

function firstGap(
  gapIndex: Map<string, CollectionGap>,
  needs: Set<string>,
  resource: AnyResource,
): CollectionGap | undefined {
  for (const collection of needs) {
    const gap = gapIndex.get(`${resource.accountId}|${resource.region}|${collection}`);
    if (gap) return gap;
  }
  return undefined;
}

function groupByType(resources: readonly AnyResource[]): Map<ResourceType, AnyResource[]> {
  const map = new Map<ResourceType, AnyResource[]>();
  for (const resource of resources) {
    const list = map.get(resource.type);
    if (list) list.push(resource);
    else map.set(resource.type, [resource]);
  }
  return map;
}

function key(accountId: string, region: string, type: ResourceType, name: string): string {
  return `${accountId}|${region}|${type}|${name}`;
}

function indexByName(resources: readonly AnyResource[]): Map<string, AnyResource> {
  return new Map(resources.map((r) => [key(r.accountId, r.region, r.type, r.name), r]));
}
