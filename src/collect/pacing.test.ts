import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Pacer, Pacing } from "./pacing.js";

/** AWS's side: a token bucket per operation and account-region, as the emulator (and AWS) keep them. */
class TokenBucket {
  private tokens: number;
  private last = Date.now();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const LATENCY_MS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `calls` calls through one pacer, as the call layer makes them: a throttled call is driven again. */
async function run(pacer: Pacer, bucket: TokenBucket, calls: number) {
  const started = Date.now();
  let throttles = 0;
  const one = async () => {
    for (;;) {
      await pacer.acquire();
      const sentAt = pacer.time;
      const admitted = bucket.take();
      await sleep(LATENCY_MS);
      if (admitted) pacer.onAdmitted();
      else pacer.onThrottled(sentAt);
      pacer.release();
      if (admitted) return;
      throttles++;
    }
  };
  await Promise.all(Array.from({ length: calls }, one));
  return { seconds: (Date.now() - started) / 1000, throttles };
}

describe("pacing learned from throttling", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function simulate(pacer: Pacer, bucket: TokenBucket, calls: number) {
    const result = run(pacer, bucket, calls);
    await vi.advanceTimersByTimeAsync(600_000);
    return result;
  }

  it("finds a 10 TPS limit and runs at it: near the bound, with few throttles", async () => {
    const pacing = new Pacing(() => Date.now() / 1000);
    const { seconds, throttles } = await simulate(
      pacing.pacer("a|us-east-1", "sagemaker:Describe"),
      new TokenBucket(10, 10),
      300,
    );
    // Nothing can finish before (300 − 10) / 10 = 29 s.
    expect(seconds).toBeGreaterThanOrEqual(29);
    expect(seconds).toBeLessThan(29 * 1.1);
    expect(throttles).toBeLessThan(300 * 0.05);
    expect(pacing.learnedRates()["sagemaker:Describe"]).toBeCloseTo(10, 0);
  });

  it("starts another account-region at the learned rate with its burst, hardly throttled", async () => {
    const pacing = new Pacing(() => Date.now() / 1000);
    await simulate(pacing.pacer("a|us-east-1", "sagemaker:Describe"), new TokenBucket(10, 10), 200);
    const second = await simulate(pacing.pacer("b|us-east-1", "sagemaker:Describe"), new TokenBucket(10, 10), 100);
    expect(second.seconds).toBeLessThan(((100 - 10) / 10) * 1.1);
    expect(second.throttles).toBeLessThanOrEqual(3);
  });

  it("leaves operations AWS does not throttle unpaced, opening up as calls succeed", async () => {
    const pacing = new Pacing(() => Date.now() / 1000);
    const { seconds, throttles } = await simulate(
      pacing.pacer("a|us-east-1", "sts:AssumeRole"),
      new TokenBucket(1e9, 1e9),
      500,
    );
    expect(throttles).toBe(0);
    // 500 calls of 20 ms, in flight two at first and ×1.5 a round trip: well under a second.
    expect(seconds).toBeLessThan(0.5);
  });

  it("marks an operation with a backlog beyond a burst as its account-region's long pole", async () => {
    const pacing = new Pacing(() => Date.now() / 1000);
    const pacer = pacing.pacer("a|us-east-1", "sagemaker:Describe");
    const result = simulate(pacer, new TokenBucket(10, 10), 40);
    expect(pacer.isLongPole).toBe(true);
    expect(pacing.hasLongPole("a|us-east-1")).toBe(true);
    expect(pacing.hasLongPole("b|us-east-1")).toBe(false);
    await result;
    expect(pacer.isLongPole).toBe(false);
  });
});
