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
const HEADROOM = 0.03;
/** Shortest span between throttles that yields a rate estimate. */
const MIN_SPAN_SECONDS = 1;
/** While the rate is unknown: how often the probe rate may grow, and by how much; how it backs off. */
const PROBE_INTERVAL_SECONDS = 0.5;
const PROBE_GROWTH = 1.5;
const PROBE_BACKOFF = 0.8;
/** Once the rate is known: how much it grows after a silence that says it is too low. */
const QUIET_GROWTH = 1.1;
const MIN_RATE = 0.5;
/**
 * Before an operation is known to be limited, its calls in flight per account-region start at this many and
 * grow by half a call with every call admitted (×1.5 each round trip, a gentle slow start): once AWS throttles,
 * every call already in flight is throttled too, so this bounds what discovering a limit costs.
 */
const INITIAL_IN_FLIGHT = 2;
const IN_FLIGHT_GROWTH = 0.5;
/** Calls waiting for one operation beyond which it is presumed to be the account-region's long pole. */
const LONG_POLE_BACKLOG = 20;

type Clock = () => number;
const monotonicSeconds: Clock = () => performance.now() / 1000;

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

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

  /**
   * Calls AWS admits at once on a fresh bucket: what went through before the first throttle, minus the refill.
   * Each sample is at most the real burst (less when calls went out slower than the bucket refilled), so the
   * largest is the best.
   */
  get burst(): number | undefined {
    const rate = this.rate ?? 0;
    if (this.bursts.length === 0) return undefined;
    return Math.max(1, Math.floor(Math.max(...this.bursts.map((b) => b.successes - rate * b.seconds))));
  }

  /**
   * Before any rate is measured: the burst, taken as a second's worth of calls. AWS buckets tend to hold about
   * that, so this lands near the sustained rate; probing corrects it either way.
   */
  get firstGuess(): number | undefined {
    const guess = median(this.bursts.map((b) => b.successes));
    return guess === undefined ? undefined : Math.max(MIN_RATE, guess);
  }

  recordRate(pacer: Pacer, successes: number, seconds: number): void {
    this.rates.set(pacer, { successes, seconds });
  }

  recordBurst(successes: number, seconds: number): void {
    this.bursts.push({ successes, seconds });
  }
}

/**
 * Paces one operation in one account-region; see the module comment. A throttle only teaches something if its
 * call was sent after the last one that did: the calls already in flight then were sent on old information.
 */
export class Pacer {
  private limited = false;
  private throttledHere = false;
  private rate = 0;
  private tokens = 0;
  private capacity = 1;
  private lastRefill = 0;
  private readonly queue: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight = 0;
  private window: number;

  private started = false;
  private firstSentAt: number | undefined;
  private freeSuccesses = 0;
  private localRate: number | undefined;
  private epochStart: number | undefined;
  private epochSuccesses = 0;
  private lastThrottle = Number.NEGATIVE_INFINITY;
  private lastRateChange = 0;

  constructor(
    private readonly model: RateModel,
    private readonly now: Clock = monotonicSeconds,
    initialWindow = INITIAL_IN_FLIGHT,
  ) {
    this.window = initialWindow;
  }

  /**
   * True when this operation sets the pace here: AWS throttled it here and calls still wait, or more calls wait
   * for it than a burst can take. Such calls go first everywhere; the scan cannot end before they do.
   */
  get isLongPole(): boolean {
    return this.queue.length >= LONG_POLE_BACKLOG || (this.throttledHere && this.queue.length > 0);
  }

  /** The pacer's clock, to stamp an attempt with when it is sent. */
  get time(): number {
    return this.now();
  }

  /** Resolves when the next call may be sent; `release()` it when the call is done. */
  acquire(): Promise<void> {
    if (!this.started) this.start();
    return new Promise((resolve) => {
      this.queue.push(() => {
        this.firstSentAt ??= this.now();
        this.inFlight++;
        resolve();
      });
      this.pump();
    });
  }

  release(): void {
    this.inFlight--;
    this.pump();
  }

  /** An attempt was admitted (any answer but a throttle: AWS counted it against the bucket). */
  onAdmitted(): void {
    this.epochSuccesses++;
    if (!this.limited) {
      this.freeSuccesses++;
      this.window += IN_FLIGHT_GROWTH;
      return;
    }
    this.raiseWhenQuiet();
  }

  /** An attempt sent at `sentAt` (the pacer's `time` then) was throttled. */
  onThrottled(sentAt: number): void {
    this.throttledHere = true;
    if (sentAt < this.lastThrottle) return;
    const now = this.now();
    if (!this.limited) {
      this.model.recordBurst(this.freeSuccesses, now - (this.firstSentAt ?? now));
      this.limit(this.model.firstGuess ?? MIN_RATE, this.model.burst ?? 1);
    } else if (this.localRate === undefined && this.model.rate === undefined) {
      this.setRate(Math.max(MIN_RATE, this.rate * PROBE_BACKOFF));
    }
    this.measure(now);
    // The bucket is empty now: what was saved up is gone.
    this.refill();
    this.tokens = 0;
    this.reschedule();
  }

  /** Starts paced, with its own full burst, when other account-regions have already met this operation's limit. */
  private start(): void {
    this.started = true;
    this.lastRefill = this.now();
    this.adoptModel();
  }

  /**
   * Once another account-region has met this operation's limit, pace here too, with what is left of this
   * account-region's own burst: the calls already admitted here have used the rest.
   */
  private adoptModel(): boolean {
    const rate = this.model.rate;
    const guess = rate === undefined ? this.model.firstGuess : rate * (1 + HEADROOM);
    if (guess === undefined) return false;
    const burst = this.model.burst ?? 1;
    this.limit(guess, burst);
    this.tokens = Math.max(0, Math.min(this.capacity, burst - this.freeSuccesses - this.inFlight));
    return true;
  }

  /**
   * Paces at `rate`. The bucket holds what AWS's holds, and at least half a second's worth: a timer that fires
   * late on a busy event loop may then catch up — AWS's bucket refilled meanwhile too.
   */
  private limit(rate: number, capacity: number): void {
    this.limited = true;
    this.capacity = Math.max(1, capacity, rate / 2);
    this.tokens = 0;
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

  /** Paced just above the rate, AWS throttles every 1/(HEADROOM × rate) s; a longer silence means it refilled. */
  private staleAfter(): number {
    return Math.max(5, 4 / (HEADROOM * Math.max(this.rate, MIN_RATE)));
  }

  private refill(): void {
    const now = this.now();
    const tokens = this.tokens + (now - this.lastRefill) * this.rate;
    // A full bucket means calls went out slower than AWS refills: the span since the last throttle no longer
    // measures the rate.
    if (tokens >= this.capacity) this.epochStart = undefined;
    this.tokens = Math.min(this.capacity, tokens);
    this.lastRefill = now;
  }

  private reschedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pump();
  }

  private pump(): void {
    if (!this.limited && !this.adoptModel()) {
      while (this.queue.length > 0 && this.inFlight < this.window) this.queue.shift()?.();
      return;
    }
    if (this.timer) return;
    this.refill();
    while (this.queue.length > 0 && this.tokens >= 1) {
      this.tokens -= 1;
      this.queue.shift()?.();
    }
    if (this.queue.length === 0 || !this.limited) return;
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
  private readonly byScope = new Map<string, Pacer[]>();

  constructor(private readonly now: Clock = monotonicSeconds) {}

  /** `initialWindow`: calls in flight before any throttle, for operations that need no slow start. */
  pacer(scope: string, operation: string, initialWindow?: number): Pacer {
    const key = `${scope}|${operation}`;
    let pacer = this.pacers.get(key);
    if (!pacer) {
      let model = this.models.get(operation);
      if (!model) {
        model = new RateModel();
        this.models.set(operation, model);
      }
      pacer = new Pacer(model, this.now, initialWindow);
      this.pacers.set(key, pacer);
      const siblings = this.byScope.get(scope);
      if (siblings) siblings.push(pacer);
      else this.byScope.set(scope, [pacer]);
    }
    return pacer;
  }

  /** True when an operation of this account-region is a long pole: the region holds big collections. */
  hasLongPole(scope: string): boolean {
    return this.byScope.get(scope)?.some((pacer) => pacer.isLongPole) ?? false;
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
