/** Accumulates the time spent parsing, so the benchmark can tell parsing from everything else. */
export class Stopwatch {
  ms = 0;

  async time<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.ms += performance.now() - start;
    }
  }

  timeSync<T>(work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.ms += performance.now() - start;
    }
  }
}
