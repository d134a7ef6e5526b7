/** Attempts sent for one operation, and how many of them AWS throttled or failed. */
export interface OperationCounts {
  calls: number;
  throttles: number;
  errors: number;
}

export interface CallStatsReport {
  calls: number;
  throttles: number;
  errors: number;
  /** Keyed `service:Operation`, sorted. */
  operations: Record<string, OperationCounts>;
}

export type AttemptOutcome = "ok" | "throttled" | "error";

/** Counts every HTTP attempt (retries included) by operation; fed by the call layer on every client. */
export class CallStats {
  private readonly counts = new Map<string, OperationCounts>();

  record(service: string, operation: string, outcome: AttemptOutcome): void {
    const key = `${service}:${operation}`;
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { calls: 0, throttles: 0, errors: 0 };
      this.counts.set(key, entry);
    }
    entry.calls++;
    if (outcome === "throttled") entry.throttles++;
    else if (outcome === "error") entry.errors++;
  }

  report(): CallStatsReport {
    const operations: Record<string, OperationCounts> = {};
    let calls = 0;
    let throttles = 0;
    let errors = 0;
    for (const key of [...this.counts.keys()].sort()) {
      const entry = this.counts.get(key) as OperationCounts;
      operations[key] = { ...entry };
      calls += entry.calls;
      throttles += entry.throttles;
      errors += entry.errors;
    }
    return { calls, throttles, errors, operations };
  }
}

/** `--stats` as text: one line per operation, then the totals. */
export function formatStats(report: CallStatsReport, wallSeconds?: number): string {
  const rows = Object.entries(report.operations);
  const width = Math.max(9, ...rows.map(([key]) => key.length));
  const line = (name: string, c: OperationCounts) =>
    `${name.padEnd(width)}  ${String(c.calls).padStart(7)}  ${String(c.throttles).padStart(9)}  ${String(c.errors).padStart(6)}`;
  const header = `${"operation".padEnd(width)}  ${"calls".padStart(7)}  ${"throttled".padStart(9)}  ${"errors".padStart(6)}`;
  const total = line("total", report);
  const time = wallSeconds === undefined ? "" : `collected in ${wallSeconds.toFixed(1)} s\n`;
  return `${[header, ...rows.map(([key, counts]) => line(key, counts)), total].join("\n")}\n${time}`;
}
