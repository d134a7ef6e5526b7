import { isThrottling, isTransient } from "./errors.js";
import type { Pacing } from "./pacing.js";
import { CallClass, isBootstrap, RANKS, type Urgency, urgencyOf } from "./priority.js";
import { PriorityGate } from "./priority-gate.js";
import type { AttemptOutcome, CallStats } from "./stats.js";

/**
 * The collector's cross-cutting call handling, installed as SDK middleware on every client so that paginators and
 * plain `send` calls alike go through it: per call, pacing per operation (pacing.ts), bounded concurrency by
 * priority, and retries; per attempt, counting what AWS answered.
 */

/**
 * Concurrency bounds: at most `concurrency` calls in flight in all, and per account-region at most `perScope` of
 * each class (kept apart, so bulk calls waiting for a global slot never keep an account-region's more urgent calls
 * out). The global bound lets the most urgent call in first (see priority.ts), so that under a flood of bulk work
 * the operations that set the scan's pace keep it.
 */
export class CallGates {
  private readonly global: PriorityGate;
  private readonly scopes = new Map<string, PriorityGate>();

  constructor(
    concurrency: number,
    private readonly perScope: number,
  ) {
    this.global = new PriorityGate(concurrency, RANKS);
  }

  /**
   * Long-pole calls skip the account-region bound (their pacer bounds them), and so do bootstrap calls: one per
   * account each, they come from the caller's own scope for the whole organization.
   */
  run<T>(scope: string, urgency: Urgency, longPole: boolean, call: () => Promise<T>): Promise<T> {
    if (longPole || urgency.callClass === CallClass.Bootstrap) return this.global.run(urgency.rank, call);
    const key = `${scope}|${urgency.callClass}`;
    let local = this.scopes.get(key);
    if (!local) {
      local = new PriorityGate(this.perScope, 1);
      this.scopes.set(key, local);
    }
    return local.run(0, () => this.global.run(urgency.rank, call));
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
  /** Attempts per call when AWS fails transiently (throttles are not counted: they are waited out). */
  maxAttempts: number;
  /** Backoff before the n-th retry of a transient failure; tests pass `() => 0`. */
  redriveDelayMs: (retry: number) => number;
}

/**
 * Retries are the call layer's, not the SDK's (whose clients make one attempt each): a throttled call is driven
 * again as soon as its pacer lets it, with no slot held while it waits, and never given up while AWS keeps
 * answering (up to a generous cap); a transient failure (5xx, timeout, dropped connection) gets up to
 * `maxAttempts` attempts in all, with exponential backoff and full jitter.
 */
const MAX_THROTTLED_ATTEMPTS = 50;

export function defaultRedriveDelayMs(attempt: number): number {
  return Math.random() * Math.min(20_000, 100 * 2 ** attempt);
}

interface HandlerArgs {
  request: unknown;
}
type Handler = (args: HandlerArgs) => Promise<{ output: unknown; response: unknown }>;
type Middleware = (next: Handler, context: { commandName?: string }) => Handler;
type Placement =
  | { name: string; step: "initialize"; priority: "high" }
  | { name: string; relation: "before"; toMiddleware: string };
/** The part of an SDK v3 client this layer touches. */
export interface MiddlewareHost {
  middlewareStack: {
    add(middleware: never, options: Placement): void;
    addRelativeTo(middleware: never, options: Placement): void;
  };
}

/** `scope` names the account-region (`account|region`) whose limits the client's calls count against. */
export function installCallLayer(client: MiddlewareHost, layer: CallLayer, scope: string, service: string): void {
  const pacerOf = (context: { commandName?: string }) => {
    const operation = context.commandName?.replace(/Command$/, "") ?? "Unknown";
    const window = isBootstrap(service, operation) ? Number.POSITIVE_INFINITY : undefined;
    return { operation, pacer: layer.pacing.pacer(scope, `${service}:${operation}`, window) };
  };

  // Per call, before its request is even built (a queued call costs nothing): pacing, admission, retries.
  const perCall: Middleware = (next, context) => async (args) => {
    const { operation, pacer } = pacerOf(context);
    for (let attempt = 1, transient = 0; ; attempt++) {
      await pacer.acquire();
      try {
        const longPole = pacer.isLongPole;
        const urgency = urgencyOf(service, operation, { longPole, hotScope: layer.pacing.hasLongPole(scope) });
        return await layer.gates.run(scope, urgency, longPole, () => next(args));
      } catch (error) {
        if (isThrottling(error)) {
          if (attempt >= MAX_THROTTLED_ATTEMPTS) throw error;
        } else if (isTransient(error) && ++transient < layer.maxAttempts) {
          await sleep(layer.redriveDelayMs(transient));
        } else {
          throw error;
        }
      } finally {
        pacer.release();
      }
    }
  };

  // Per attempt, on the wire: what AWS answered, for the pacer and the stats.
  const perAttempt: Middleware = (next, context) => async (args) => {
    const { operation, pacer } = pacerOf(context);
    const sentAt = pacer.time;
    let outcome: AttemptOutcome = "ok";
    try {
      return await next(args);
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

  const stack = client.middlewareStack;
  stack.add(perCall as never, { name: "mlhardenCall", step: "initialize", priority: "high" });
  stack.addRelativeTo(perAttempt as never, {
    name: "mlhardenAttempt",
    relation: "before",
    toMiddleware: "httpSigningMiddleware",
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
