import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Call, FaultInjector, loadFaultConfig, parseDenyRule, TokenBucket } from "./faults.js";

const call = (overrides: Partial<Call> = {}): Call => ({
  service: "sagemaker",
  operation: "DescribeModel",
  account: "111122223333",
  region: "us-east-1",
  ...overrides,
});

describe("TokenBucket", () => {
  it("allows a burst, then refills at the rate", () => {
    const bucket = new TokenBucket(5, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, false]);
    expect(bucket.take(100)).toBe(false); // half a token
    expect(bucket.take(200)).toBe(true);
    expect(bucket.take(10_000)).toBe(true);
    expect([bucket.take(10_000), bucket.take(10_000)]).toEqual([true, false]); // never more than the burst
  });
});

describe("FaultInjector", () => {
  it("throttles each account, region and operation in its own bucket", () => {
    let now = 0;
    const faults = new FaultInjector({ rateLimits: [{ tps: 1 }] }, () => now);
    expect(faults.decide(call())).toBeUndefined();
    expect(faults.decide(call())).toBe("throttled");
    expect(faults.decide(call({ operation: "ListModels" }))).toBeUndefined();
    expect(faults.decide(call({ region: "eu-west-1" }))).toBeUndefined();
    expect(faults.decide(call({ account: "444455556666" }))).toBeUndefined();
    now = 1000;
    expect(faults.decide(call())).toBeUndefined();
  });

  it("applies the first rate limit whose scope matches", () => {
    const faults = new FaultInjector({ rateLimits: [{ service: "ec2", tps: 100, burst: 100 }, { tps: 1 }] }, () => 0);
    const ec2 = call({ service: "ec2", operation: "DescribeVpcs" });
    expect([faults.decide(ec2), faults.decide(ec2), faults.decide(ec2)]).toEqual([undefined, undefined, undefined]);
    expect([faults.decide(call()), faults.decide(call())]).toEqual([undefined, "throttled"]);
  });

  it("denies only the operation, account and region a rule names; `tag` names the tagging service", () => {
    const faults = new FaultInjector({
      deny: [
        { service: "sagemaker", operation: "DescribeModel", account: "111122223333", region: "eu-west-1" },
        { service: "tag", operation: "GetResources" },
      ],
    });
    expect(faults.decide(call({ region: "eu-west-1" }))).toBe("accessDenied");
    expect(faults.decide(call())).toBeUndefined();
    expect(faults.decide(call({ region: "eu-west-1", account: "444455556666" }))).toBeUndefined();
    expect(faults.decide(call({ service: "tagging", operation: "GetResources" }))).toBe("accessDenied");
  });

  it("draws 5xx errors at the configured rate, the same calls for the same seed", () => {
    const draw = (seed: number) => {
      const faults = new FaultInjector({ errorRate: 0.3, seed });
      return Array.from({ length: 1000 }, () => faults.decide(call()));
    };
    const first = draw(7);
    expect(draw(7)).toEqual(first);
    expect(draw(8)).not.toEqual(first);
    const errors = first.filter(Boolean);
    expect(errors.length).toBeGreaterThan(250);
    expect(errors.length).toBeLessThan(350);
    expect(new Set(errors)).toEqual(new Set(["internalError", "unavailable"]));
  });
});

describe("fault configuration", () => {
  it("parses --deny rules", () => {
    expect(parseDenyRule("sagemaker:ListModels")).toEqual({ service: "sagemaker", operation: "ListModels" });
    expect(parseDenyRule("ec2:DescribeVpcs@111122223333/eu-west-1")).toEqual({
      service: "ec2",
      operation: "DescribeVpcs",
      account: "111122223333",
      region: "eu-west-1",
    });
    expect(() => parseDenyRule("ListModels")).toThrow(/expected Service:Operation/);
  });

  it("reads a config file and names the file and field of a mistake", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mlharden-faults-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ latencyMs: 5, rateLimits: [{ operation: "DescribeModel", tps: 2.5 }] }));
    expect(await loadFaultConfig(good)).toEqual({
      latencyMs: 5,
      rateLimits: [{ operation: "DescribeModel", tps: 2.5 }],
    });
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ rateLimits: [{ tps: 0 }] }));
    await expect(loadFaultConfig(bad)).rejects.toThrow(`${bad}: rateLimits[0].tps:`);
    const unknown = join(dir, "unknown.json");
    writeFileSync(unknown, JSON.stringify({ latency: 5 }));
    await expect(loadFaultConfig(unknown)).rejects.toThrow(/latency/);
  });
});
