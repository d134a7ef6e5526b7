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

/** How urgent a call is: paced calls are the critical path, then the calls that find the work, then the rest. */
export enum Priority {
  Paced = 0,
  Discovery = 1,
  Bulk = 2,
}

/** Calls that find more work: entering accounts, listing regions, and SageMaker's List* calls. */
function isDiscovery(service: string, operation: string): boolean {
  return (
    service === "sts" ||
    service === "organizations" ||
    operation === "DescribeRegions" ||
    (service === "sagemaker" && operation.startsWith("List"))
  );
}

/**
 * Concurrency bounds: at most `concurrency` calls in flight in all, and `perScope` per account-region (paced
 * calls, already rate-bound, skip that one). Both let the most urgent call in first: a paced call of a
 * rate-limited operation, then calls that discover work, then bulk reads — so that under a flood of bulk work the
 * operations that set the scan's pace keep their pace.
 */
export class CallGates {
  private readonly global: PriorityGate;
  private readonly scopes = new Map<string, PriorityGate>();

  constructor(
    concurrency: number,
    private readonly perScope: number,
  ) {
    this.global = new PriorityGate(concurrency, 3);
  }

  run<T>(scope: string, service: string, operation: string, paced: boolean, call: () => Promise<T>): Promise<T> {
    if (paced) return this.global.run(Priority.Paced, call);
    const priority = isDiscovery(service, operation) ? Priority.Discovery : Priority.Bulk;
    let local = this.scopes.get(scope);
    if (!local) {
      local = new PriorityGate(this.perScope, 3);
      this.scopes.set(scope, local);
    }
    return local.run(priority, () => this.global.run(priority, call));
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
      return await layer.gates.run(scope, service, operation, pacer.isPaced, () => next(args));
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
