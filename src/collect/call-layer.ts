import pLimit, { type LimitFunction } from "p-limit";
import { isThrottling, isTransient } from "./errors.js";
import type { Pacing } from "./pacing.js";
import type { AttemptOutcome, CallStats } from "./stats.js";

/**
 * The collector's cross-cutting call handling, installed as SDK middleware on every client so that paginators and
 * plain `send` calls alike go through it:
 * - per attempt (inside the SDK's retry loop): pacing per operation, bounded concurrency, counting;
 * - per call (outside it): a throttled call is driven again once the SDK's own attempts are spent, so it is never
 *   lost; a transient failure gets a few more tries.
 */

/** Concurrency bounds: globally, per account-region, and a separate lane for paced (rate-limited) operations. */
export class CallGates {
  private readonly global: LimitFunction;
  /** Paced calls are already rate-bounded; their own lane keeps them from queueing behind bulk work. */
  private readonly paced: LimitFunction;
  private readonly scopes = new Map<string, LimitFunction>();

  constructor(
    concurrency: number,
    private readonly perScope: number,
  ) {
    this.global = pLimit(concurrency);
    this.paced = pLimit(concurrency);
  }

  run<T>(scope: string, paced: boolean, call: () => Promise<T>): Promise<T> {
    if (paced) return this.paced(call);
    let local = this.scopes.get(scope);
    if (!local) {
      local = pLimit(this.perScope);
      this.scopes.set(scope, local);
    }
    // The account-region slot first: waiting for it holds nothing global.
    return local(() => this.global(call));
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
    await pacer.acquire();
    let outcome: AttemptOutcome = "ok";
    try {
      return await layer.gates.run(scope, pacer.isPaced, () => next(args));
    } catch (error) {
      outcome = isThrottling(error) ? "throttled" : "error";
      throw error;
    } finally {
      if (outcome === "throttled") pacer.onThrottle();
      else pacer.onSuccess();
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
