/**
 * A concurrency bound that lets the most urgent waiting call in first (lower number = more urgent; FIFO within
 * one priority). p-limit serves strictly in arrival order, so a call on the scan's critical path would wait
 * behind every bulk call queued before it.
 */
export class PriorityGate {
  private active = 0;
  private readonly waiting: (() => void)[][];

  constructor(
    private readonly limit: number,
    priorities: number,
  ) {
    this.waiting = Array.from({ length: priorities }, () => []);
  }

  async run<T>(priority: number, call: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    // A slot is handed over directly on release, so `active` stays counted for the waiter.
    else await new Promise<void>((resolve) => this.waiting[priority]?.push(resolve));
    try {
      return await call();
    } finally {
      this.release();
    }
  }

  private release(): void {
    for (const queue of this.waiting) {
      const next = queue.shift();
      if (next) {
        next();
        return;
      }
    }
    this.active--;
  }
}
