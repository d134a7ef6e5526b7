import { readFile } from "node:fs/promises";
import * as z from "zod";
import { InputError } from "../errors.js";
import { describeIssue, parseJson } from "../snapshot/load.js";
import type { FaultKind } from "./errors.js";

/**
 * Fault injection, from `--faults FILE` (this shape, as JSON) and the command's flags. A rule's scope fields are
 * optional; each one given must match the call. Services are named by their SigV4 signing name (`sagemaker`,
 * `ec2`, `tagging` — `tag` is accepted too).
 */
const scope = {
  service: z.string().optional(),
  operation: z.string().optional(),
  account: z
    .string()
    .regex(/^\d{12}$/, "expected a 12-digit AWS account id")
    .optional(),
  region: z.string().optional(),
};

export const faultConfigSchema = z.strictObject({
  /** Added to every response, in milliseconds. */
  latencyMs: z.number().int().nonnegative().optional(),
  /** Token buckets per account, region and operation; the first rule that matches a call applies. */
  rateLimits: z
    .array(z.strictObject({ ...scope, tps: z.number().positive(), burst: z.number().int().positive().optional() }))
    .optional(),
  /** Calls answered with the service's AccessDenied error. */
  deny: z.array(z.strictObject({ ...scope, service: z.string(), operation: z.string() })).optional(),
  /** The share of calls (0..1) answered with a 5xx error (InternalFailure or ServiceUnavailable). */
  errorRate: z.number().min(0).max(1).optional(),
  /** Seed of the generator that picks the 5xx calls, so a run can be replayed. */
  seed: z.number().int().optional(),
});

export type FaultConfig = z.input<typeof faultConfigSchema>;
type RateLimitRule = NonNullable<FaultConfig["rateLimits"]>[number];
type DenyRule = NonNullable<FaultConfig["deny"]>[number];

export interface Call {
  service: string;
  operation: string;
  account: string;
  region: string;
}

/** Reads and validates a `--faults` file; any problem becomes one InputError line naming the file. */
export async function loadFaultConfig(file: string): Promise<FaultConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(
      `${file}: cannot read fault config: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const result = faultConfigSchema.safeParse(parseJson(text, file));
  if (!result.success) throw new InputError(`${file}: ${describeIssue(result.error.issues[0])}`);
  return result.data;
}

const SERVICE_ALIASES: Readonly<Record<string, string>> = { tag: "tagging" };

/** `Service:Operation[@account[/region]]`, the `--deny` flag's syntax. */
export function parseDenyRule(text: string): DenyRule {
  const match = /^([\w-]+):(\w+)(?:@(\d{12})(?:\/([\w-]+))?)?$/.exec(text.trim());
  if (!match) throw new Error(`expected Service:Operation[@account[/region]], e.g. sagemaker:ListModels@111122223333`);
  const [, service, operation, account, region] = match as unknown as [string, string, string, string?, string?];
  return { service, operation, ...(account && { account }), ...(region && { region }) };
}

/** Decides, call by call, which injected fault (if any) answers it. */
export class FaultInjector {
  readonly latencyMs: number;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly random: () => number;

  constructor(
    private readonly config: FaultConfig = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.latencyMs = config.latencyMs ?? 0;
    this.random = mulberry32(config.seed ?? 1);
  }

  decide(call: Call): Exclude<FaultKind, "invalidToken" | "unknownOperation"> | undefined {
    if (this.config.deny?.some((rule) => matches(rule, call))) return "accessDenied";
    const limit = this.config.rateLimits?.find((rule) => matches(rule, call));
    if (limit && !this.bucketFor(limit, call).take(this.now())) return "throttled";
    const rate = this.config.errorRate ?? 0;
    if (rate > 0 && this.random() < rate) return this.random() < 0.5 ? "internalError" : "unavailable";
    return undefined;
  }

  private bucketFor(rule: RateLimitRule, call: Call): TokenBucket {
    const key = `${call.account}/${call.region}/${call.service}:${call.operation}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(rule.tps, rule.burst ?? Math.max(1, Math.floor(rule.tps)), this.now());
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}

function matches(rule: { service?: string; operation?: string; account?: string; region?: string }, call: Call) {
  const service = rule.service && (SERVICE_ALIASES[rule.service] ?? rule.service);
  return (
    (!service || service === call.service) &&
    (!rule.operation || rule.operation === call.operation) &&
    (!rule.account || rule.account === call.account) &&
    (!rule.region || rule.region === call.region)
  );
}

/** Refills `rate` tokens a second up to `burst`; a call takes one or is throttled. Times in milliseconds. */
export class TokenBucket {
  private tokens: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private last: number,
  ) {
    this.tokens = burst;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** A small seeded generator (mulberry32): the same seed picks the same calls for 5xx errors. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
