/**
 * Client-side pacing learned from throttling.
 *
 * AWS limits each API operation per account and region with a token bucket: a sustained rate R and a burst B,
 * e.g. SageMaker Describe* calls. A throttled call costs a round trip and an API call, so a scan that only
 * retries pays both many times over. Instead, each (account, region, operation) gets a `Pacer` that sends freely
 * until AWS first throttles it, then paces that operation at the learned rate. The learning is exact for a token
 * bucket: once a throttle has shown the bucket empty, the calls that succeed until a later throttle are exactly
 * R × the time between them. Estimates are pooled per operation in a `RateModel`, so account-regions that reach
 * an operation later start paced at the known rate with the known burst, and are rarely throttled at all.
 * Other operations of the same client are unaffected (the SDK's adaptive mode limits the whole client instead).
 */

/** Pace this much above the estimate, so the bucket stays drained and the estimate stays current. */
const HEADROOM = 0.04;
/** Shortest span between throttles that yields a rate estimate. */
const MIN_SPAN_SECONDS = 1;
/** While the rate is unknown: how often the probe rate may grow, and by how much. */
const PROBE_INTERVAL_SECONDS = 0.5;
const PROBE_GROWTH = 1.5;
const PROBE_BACKOFF = 0.8;
const QUIET_GROWTH = 1.25;
const MIN_RATE = 0.5;

type Clock = () => number;
const monotonicSeconds: Clock = () => performance.now() / 1000;

/** What one operation's throttling has taught, pooled over every account-region that hit it. */
export class RateModel {
  private readonly rates = new Map<Pacer, { successes: number; seconds: number }>();
  private readonly bursts: { successes: number; seconds: number }[] = [];

  /** Calls per second AWS sustains for this operation, once any account-region has measured it. */
  get rate(): number | undefined {
    let successes = 0;
    let seconds = 0;
    for (const sample of this.rates.values()) {
      successes += sample.successes;
      seconds += sample.seconds;
    }
    return seconds >= MIN_SPAN_SECONDS && successes > 0 ? successes / seconds : undefined;
  }

  /** Calls AWS admits at once on a fresh bucket: what went through before the first throttle, minus the refill. */
  get burst(): number | undefined {
    const rate = this.rate;
    if (rate === undefined || this.bursts.length === 0) return undefined;
    const samples = this.bursts.map((b) => b.successes - rate * b.seconds).sort((a, b) => a - b);
    return Math.max(1, Math.floor(samples[Math.floor(samples.length / 2)] ?? 1));
  }

  recordRate(pacer: Pacer, successes: number, seconds: number): void {
    this.rates.set(pacer, { successes, seconds });
  }

  recordBurst(successes: number, seconds: number): void {
    this.bursts.push({ successes, seconds });
  }
}

/** Paces one operation in one account-region; see the module comment. */
export class Pacer {
  private limited = false;
  private rate = 0;
  private tokens = 0;
  private capacity = 1;
  private lastRefill = 0;
  private readonly queue: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;

  private startedAt: number | undefined;
  private freeSuccesses = 0;
  private localRate: number | undefined;
  private epochStart: number | undefined;
  private epochSuccesses = 0;
  private lastThrottle = Number.NEGATIVE_INFINITY;
  private lastRateChange = 0;

  constructor(
    private readonly model: RateModel,
    private readonly now: Clock = monotonicSeconds,
  ) {}

  /** True once calls are paced (the operation has been throttled here, or its rate is known). */
  get isPaced(): boolean {
    return this.limited;
  }

  /** Resolves when the next call may be sent. */
  acquire(): Promise<void> {
    if (this.startedAt === undefined) this.start();
    if (!this.limited) return Promise.resolve();
    return new Promise((resolve) => {
      this.queue.push(resolve);
      this.pump();
    });
  }

  onSuccess(): void {
    this.epochSuccesses++;
    if (!this.limited) {
      this.freeSuccesses++;
      return;
    }
    this.raiseWhenQuiet();
  }

  onThrottle(): void {
    const now = this.now();
    if (!this.limited) {
      this.model.recordBurst(this.freeSuccesses, now - (this.startedAt ?? now));
      // Spread what the burst admitted over a second: a first guess near the sustained rate.
      this.limit(Math.max(MIN_RATE, this.freeSuccesses / (now - (this.startedAt ?? now) + 1)), 1);
    } else if (this.localRate === undefined && this.model.rate === undefined) {
      this.setRate(Math.max(MIN_RATE, this.rate * PROBE_BACKOFF));
    }
    this.measure(now);
    // The bucket is empty now: what was saved up is gone.
    this.refill();
    this.tokens = 0;
    this.reschedule();
  }

  /** Starts paced when the operation's rate is already known from other account-regions. */
  private start(): void {
    this.startedAt = this.now();
    this.lastRefill = this.startedAt;
    const rate = this.model.rate;
    if (rate !== undefined) this.limit(rate * (1 + HEADROOM), this.model.burst ?? 1, true);
  }

  private limit(rate: number, capacity: number, full = false): void {
    this.limited = true;
    this.capacity = Math.max(1, capacity);
    this.tokens = full ? this.capacity : 0;
    this.lastRefill = this.now();
    this.setRate(rate);
  }

  private setRate(rate: number): void {
    this.refill();
    this.rate = rate;
    this.lastRateChange = this.now();
  }

  /** Throttles bracket spans in which the bucket stayed drained; the successes in such a span give the rate. */
  private measure(now: number): void {
    const gap = now - this.lastThrottle;
    this.lastThrottle = now;
    if (this.epochStart === undefined || gap > this.staleAfter()) {
      this.epochStart = now;
      this.epochSuccesses = 0;
      return;
    }
    const span = now - this.epochStart;
    if (span < MIN_SPAN_SECONDS) return;
    this.localRate = this.epochSuccesses / span;
    this.model.recordRate(this, this.epochSuccesses, span);
    this.setRate(Math.max(MIN_RATE, this.localRate * (1 + HEADROOM)));
  }

  /**
   * Calls are waiting yet AWS has stopped throttling: the rate is below what AWS allows (still probing, or an
   * estimate taken while the bucket was not drained). Raise it until AWS throttles again.
   */
  private raiseWhenQuiet(): void {
    if (this.queue.length === 0) return;
    const known = this.localRate !== undefined || this.model.rate !== undefined;
    const quiet = known ? this.staleAfter() : PROBE_INTERVAL_SECONDS;
    const now = this.now();
    if (now - this.lastThrottle >= quiet && now - this.lastRateChange >= quiet) {
      this.setRate(this.rate * (known ? QUIET_GROWTH : PROBE_GROWTH));
    }
  }

  /** Paced just above the rate, a drained bucket throttles every 1/(HEADROOM × rate) s; a longer silence means it refilled. */
  private staleAfter(): number {
    return Math.max(5, 4 / (HEADROOM * Math.max(this.rate, MIN_RATE)));
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.lastRefill) * this.rate);
    this.lastRefill = now;
  }

  private reschedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pump();
  }

  private pump(): void {
    if (this.timer) return;
    this.refill();
    while (this.queue.length > 0 && this.tokens >= 1) {
      this.tokens -= 1;
      this.queue.shift()?.();
    }
    if (this.queue.length === 0) return;
    const waitMs = ((1 - this.tokens) / this.rate) * 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, waitMs);
  }
}

/** One pacer per (account-region, operation), one model per operation. */
export class Pacing {
  private readonly models = new Map<string, RateModel>();
  private readonly pacers = new Map<string, Pacer>();

  constructor(private readonly now: Clock = monotonicSeconds) {}

  pacer(scope: string, operation: string): Pacer {
    const key = `${scope}|${operation}`;
    let pacer = this.pacers.get(key);
    if (!pacer) {
      let model = this.models.get(operation);
      if (!model) {
        model = new RateModel();
        this.models.set(operation, model);
      }
      pacer = new Pacer(model, this.now);
      this.pacers.set(key, pacer);
    }
    return pacer;
  }

  /** Learned rates by operation, for `--stats`. */
  learnedRates(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [operation, model] of [...this.models].sort(([a], [b]) => a.localeCompare(b))) {
      const rate = model.rate;
      if (rate !== undefined) out[operation] = Math.round(rate * 100) / 100;
    }
    return out;
  }
}
