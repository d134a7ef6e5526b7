/**
 * The request context a condition is evaluated against. Offline, some keys are known (the principal's ARN, account
 * and tags, the resource's account and tags), some are known to be absent (a tag the role does not carry), and
 * some cannot be known (the VPC endpoint or source IP a request will come from, the prefix a ListBucket will ask
 * for). Unknown keys make a condition *unknown*, never silently true or false.
 */
export type KeyValue = { state: "present"; values: string[] } | { state: "absent" } | { state: "unknown"; why: string };

/** One layer of facts: the principal's, the resource's, or the environment's. */
export interface Facts {
  /** Keys lower-cased. */
  values: ReadonlyMap<string, string[]>;
  /** Lower-cased key prefixes (e.g. `aws:principaltag/`) whose every member is in `values`: others are absent. */
  completeFamilies?: readonly string[];
}

export interface RequestContext {
  action: string;
  resource: string;
  principalArn: string;
  principalAccount: string;
  /** The account that owns the resource, when known. */
  resourceAccount?: string;
  facts: readonly Facts[];
}

const UNKNOWN_WHY: [prefix: string, why: string][] = [
  ["aws:sourcevpce", "depends on the VPC endpoint the request goes through"],
  ["aws:sourcevpc", "depends on the VPC the request comes from"],
  ["aws:sourceip", "depends on the network path of the request"],
  ["aws:vpcsourceip", "depends on the network path of the request"],
  ["aws:requesttag/", "depends on the request"],
  ["aws:tagkeys", "depends on the request"],
  ["s3:", "depends on the request's parameters"],
  ["kms:", "depends on the request's parameters"],
  ["sts:", "depends on the request's parameters"],
  ["iam:passedtoservice", "depends on the service the role is passed to"],
];

const ABSENT: KeyValue = { state: "absent" };

const lowerKeys = new Map<string, string>();

export function lookup(context: RequestContext, key: string): KeyValue {
  let lower = lowerKeys.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    lowerKeys.set(key, lower);
  }
  for (const layer of context.facts) {
    const values = layer.values.get(lower);
    if (values) return { state: "present", values };
  }
  for (const layer of context.facts) {
    for (const prefix of layer.completeFamilies ?? []) if (lower.startsWith(prefix)) return ABSENT;
  }
  const why = UNKNOWN_WHY.find(([prefix]) => lower.startsWith(prefix))?.[1] ?? "is not known offline";
  return { state: "unknown", why };
}

/** Facts about a role session: who is calling, with which tags, from which organization. */
export function principalFacts(role: {
  arn: string;
  accountId: string;
  tags: Record<string, string>;
  orgId?: string;
  orgPaths?: string[];
}): Facts {
  const values = new Map<string, string[]>([
    ["aws:principalarn", [role.arn]],
    ["aws:principalaccount", [role.accountId]],
    ["aws:principaltype", ["AssumedRole"]],
    ["aws:principalisawsservice", ["false"]],
  ]);
  for (const [key, value] of Object.entries(role.tags)) values.set(`aws:principaltag/${key.toLowerCase()}`, [value]);
  if (role.orgId) values.set("aws:principalorgid", [role.orgId]);
  if (role.orgPaths) values.set("aws:principalorgpaths", role.orgPaths);
  return { values, completeFamilies: ["aws:principaltag/"] };
}

/** Facts about the resource: its owner account and, when the snapshot holds them, its tags. */
export function resourceFacts(resource: { accountId?: string; tags?: Record<string, string>; region?: string }): Facts {
  const values = new Map<string, string[]>();
  if (resource.accountId) {
    values.set("aws:resourceaccount", [resource.accountId]);
    values.set("s3:resourceaccount", [resource.accountId]);
  }
  if (resource.region) values.set("aws:requestedregion", [resource.region]);
  const families: string[] = [];
  if (resource.tags) {
    for (const [key, value] of Object.entries(resource.tags)) {
      values.set(`aws:resourcetag/${key.toLowerCase()}`, [value]);
      values.set(`s3:buckettag/${key.toLowerCase()}`, [value]);
    }
    families.push("aws:resourcetag/", "s3:buckettag/");
  }
  return { values, completeFamilies: families };
}

/**
 * The environment of a call made by SDK code running as the role: over TLS (every AWS SDK uses HTTPS), directly
 * rather than through another AWS service, at `now`.
 */
export function environmentFacts(now: Date): Facts {
  return {
    values: new Map([
      ["aws:securetransport", ["true"]],
      ["aws:viaawsservice", ["false"]],
      ["aws:currenttime", [now.toISOString()]],
      ["aws:epochtime", [String(Math.floor(now.getTime() / 1000))]],
    ]),
  };
}
