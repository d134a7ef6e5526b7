import { isThrottling, isTransient } from "./errors.js";
import type { Pacing } from "./pacing.js";
import { PriorityGate } from "./priority-gate.js";
import type { AttemptOutcome, CallStats } from "./stats.js";

/**
 * The collector's cross-cutting call handling, installed as SDK middleware on every client so that paginators and
 * plain `send` calls alike go through it:
 * - per attempt (inside the SDK's retry loop): pacing per operation, bounded concurrency, counting;
 * - per call (outside it): a throttled call is driven again once the SDK's own attempts are spent, so it is never
 *   lost; a transient failure gets a few more tries.
 */

/**
 * How urgent a call is. First the calls that open accounts and regions (a few per account; everything else waits
 * for them). Then the critical path: calls of long-pole operations (see `Pacer.isLongPole`), and the lists of
 * account-regions that have one — a big collection is the best sign of more. Then the lists that find the rest of
 * the work, then everything else.
 */
export enum Priority {
  Bootstrap = 0,
  Critical = 1,
  Discovery = 2,
  Bulk = 3,
}

export interface CallUrgency {
  longPole: boolean;
  /** The account-region has a long-pole operation. */
  hotScope: boolean;
}

export function priorityOf(service: string, operation: string, urgency: CallUrgency): Priority {
  if (service === "sts" || service === "organizations" || operation === "DescribeRegions") return Priority.Bootstrap;
  if (urgency.longPole) return Priority.Critical;
  if (service !== "sagemaker" || !operation.startsWith("List")) return Priority.Bulk;
  return urgency.hotScope ? Priority.Critical : Priority.Discovery;
}

/**
 * Concurrency bounds: at most `concurrency` calls in flight in all, and per account-region at most `perScope` of
 * each priority (kept apart, so bulk calls waiting for a global slot never keep an account-region's more urgent
 * calls out). The global bound lets the most urgent call in first, so that under a flood of bulk work the
 * operations that set the scan's pace keep it.
 */
export class CallGates {
  private readonly global: PriorityGate;
  private readonly scopes = new Map<string, PriorityGate>();

  constructor(
    concurrency: number,
    private readonly perScope: number,
  ) {
    this.global = new PriorityGate(concurrency, 4);
  }

  /** Long-pole calls skip the account-region bound: their pacer bounds them. */
  run<T>(scope: string, priority: Priority, longPole: boolean, call: () => Promise<T>): Promise<T> {
    if (longPole) return this.global.run(priority, call);
    const key = `${scope}|${priority}`;
    let local = this.scopes.get(key);
    if (!local) {
      local = new PriorityGate(this.perScope, 1);
      this.scopes.set(key, local);
    }
    return local.run(0, () => this.global.run(priority, call));
  }
}

export interface CallObserver {
  /** Every attempt, with the account-region scope it was made in. */
  onAttempt?(scope: string, service: string, operation: string, outcome: AttemptOutcome): void;
}

export interface CallLayer {
  gates: CallGates;
  pacing: Pacing;
  stats: CallStats;
  observer?: CallObserver;
  /** Delay before driving a call again after the SDK gave up on it; tests pass `() => 0`. */
  redriveDelayMs: (redrive: number) => number;
}

/** How often a call is driven again after the SDK's attempts: throttling is waited out, outages are not. */
const MAX_THROTTLE_REDRIVES = 30;
const MAX_TRANSIENT_REDRIVES = 2;

export function defaultRedriveDelayMs(redrive: number): number {
  return Math.min(20_000, 1000 * 2 ** Math.min(redrive, 5)) * (0.5 + Math.random() / 2);
}

interface HandlerArgs {
  request: unknown;
}
type Handler = (args: HandlerArgs) => Promise<{ output: unknown; response: unknown }>;
type Middleware = (next: Handler, context: { commandName?: string }) => Handler;
interface RelativeOptions {
  name: string;
  relation: "before" | "after";
  toMiddleware: string;
}
/** The part of an SDK v3 client this layer touches. */
export interface MiddlewareHost {
  middlewareStack: { addRelativeTo(middleware: never, options: RelativeOptions): void };
}

/** `scope` names the account-region (`account|region`) whose limits the client's calls count against. */
export function installCallLayer(client: MiddlewareHost, layer: CallLayer, scope: string, service: string): void {
  const perAttempt: Middleware = (next, context) => async (args) => {
    const operation = context.commandName?.replace(/Command$/, "") ?? "Unknown";
    const pacer = layer.pacing.pacer(scope, `${service}:${operation}`);
    const sentAt = await pacer.acquire();
    let outcome: AttemptOutcome = "ok";
    try {
      const longPole = pacer.isLongPole;
      const priority = priorityOf(service, operation, { longPole, hotScope: layer.pacing.hasLongPole(scope) });
      return await layer.gates.run(scope, priority, longPole, () => next(args));
    } catch (error) {
      outcome = isThrottling(error) ? "throttled" : "error";
      throw error;
    } finally {
      if (outcome === "throttled") pacer.onThrottled(sentAt);
      else pacer.onAdmitted();
      layer.stats.record(service, operation, outcome);
      layer.observer?.onAttempt?.(scope, service, operation, outcome);
    }
  };

  const perCall: Middleware = (next) => async (args) => {
    for (let throttled = 0, transient = 0; ; ) {
      try {
        return await next(args);
      } catch (error) {
        if (isThrottling(error) && throttled < MAX_THROTTLE_REDRIVES) throttled++;
        else if (isTransient(error) && transient < MAX_TRANSIENT_REDRIVES) transient++;
        else throw error;
        await sleep(layer.redriveDelayMs(throttled + transient));
      }
    }
  };

  const stack = client.middlewareStack;
  stack.addRelativeTo(perAttempt as never, {
    name: "mlhardenAttempt",
    relation: "before",
    toMiddleware: "httpSigningMiddleware",
  });
  stack.addRelativeTo(perCall as never, {
    name: "mlhardenRedrive",
    relation: "before",
    toMiddleware: "retryMiddleware",
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
