/** What the emulator answered, by `service:Operation` (SigV4 service name), for tests and benchmarks. */
export interface EmulatorStats {
  /** Every call that named a served operation, answered or not. */
  calls: Record<string, number>;
  /** Calls answered with the service's throttling error by a rate limit. */
  throttles: Record<string, number>;
  /** Calls answered with an injected AccessDenied. */
  denied: Record<string, number>;
  /** Calls answered with an injected 5xx error. */
  serverErrors: Record<string, number>;
  totalCalls: number;
  totalThrottles: number;
}

export type StatsCounter = "calls" | "throttles" | "denied" | "serverErrors";

export class StatsRecorder {
  private readonly counts: Record<StatsCounter, Map<string, number>> = {
    calls: new Map(),
    throttles: new Map(),
    denied: new Map(),
    serverErrors: new Map(),
  };

  count(counter: StatsCounter, operation: string): void {
    const map = this.counts[counter];
    map.set(operation, (map.get(operation) ?? 0) + 1);
  }

  snapshot(): EmulatorStats {
    const record = (counter: StatsCounter) => Object.fromEntries(this.counts[counter]);
    const total = (counter: StatsCounter) => [...this.counts[counter].values()].reduce((sum, n) => sum + n, 0);
    return {
      calls: record("calls"),
      throttles: record("throttles"),
      denied: record("denied"),
      serverErrors: record("serverErrors"),
      totalCalls: total("calls"),
      totalThrottles: total("throttles"),
    };
  }
}
