import { describe, expect, it } from "vitest";
import type { Finding } from "../evaluate/finding.js";
import type { AnyResource } from "../model/resource.js";
import { dotPath, locateFinding } from "./location.js";

const resource = {
  type: "AWS::SageMaker::EndpointConfig",
  arn: "stack.yaml#Config",
  name: "config",
  accountId: "",
  region: "",
  partition: "aws",
  tags: {},
  properties: {
    ProductionVariants: [
      { VariantName: "Blue", InitialInstanceCount: 2 },
      { VariantName: "Green", InitialInstanceCount: 1 },
    ],
    NetworkConfig: { EnableNetworkIsolation: true },
  },
  origin: { source: "cloudformation", file: "stack.yaml", address: "Config", line: 10 },
  lines: {
    ProductionVariants: 12,
    "ProductionVariants.0": 13,
    "ProductionVariants.0.InitialInstanceCount": 15,
    "ProductionVariants.1": 16,
    "ProductionVariants.1.InitialInstanceCount": 18,
    NetworkConfig: 20,
    "NetworkConfig.EnableNetworkIsolation": 21,
  },
} as unknown as AnyResource;

function finding(status: Finding["status"], reason: string, observed: Record<string, unknown>): Finding {
  return { status, reason, observed } as Finding;
}

describe("locateFinding", () => {
  it("points at the deciding property's own line", () => {
    expect(
      locateFinding(finding("PASSED", "isolated", { "NetworkConfig.EnableNetworkIsolation": true }), resource),
    ).toEqual({
      file: "stack.yaml",
      address: "Config",
      line: 21,
      property: "NetworkConfig.EnableNetworkIsolation",
    });
  });

  it("points at the closest enclosing property when the deciding one is omitted", () => {
    const missing = finding("FAILED", "no encryption", {
      "NetworkConfig.EnableInterContainerTrafficEncryption": false,
    });
    expect(locateFinding(missing, resource)).toMatchObject({ line: 20, property: "NetworkConfig" });
  });

  it("points at the resource when nothing around the property is written", () => {
    expect(locateFinding(finding("FAILED", "no key", { KmsKeyId: null }), resource)).toEqual({
      file: "stack.yaml",
      address: "Config",
      line: 10,
    });
  });

  it("prefers the field the reason names, then the array element it names, then the missing one", () => {
    const mentioned = finding("FAILED", "NetworkConfig.EnableInterContainerTrafficEncryption is not true", {
      "ProductionVariants[0].InitialInstanceCount": 2,
      "NetworkConfig.EnableInterContainerTrafficEncryption": false,
    });
    expect(locateFinding(mentioned, resource).line).toBe(20);
    const named = finding("FAILED", "production variant Green starts with 1 instance", {
      "ProductionVariants[0].InitialInstanceCount": 2,
      "ProductionVariants[1].InitialInstanceCount": 1,
    });
    expect(locateFinding(named, resource).line).toBe(18);
    const missing = finding("FAILED", "the online store has no key", {
      "NetworkConfig.EnableNetworkIsolation": true,
      "ProductionVariants[0].KmsKeyId": null,
    });
    expect(locateFinding(missing, resource).line).toBe(13);
  });

  it("reads observed field paths as dot paths", () => {
    expect(dotPath("ProductionVariants[1].InitialInstanceCount")).toBe("ProductionVariants.1.InitialInstanceCount");
    expect(dotPath("Tags[].Key")).toBe("Tags.Key");
  });
});
