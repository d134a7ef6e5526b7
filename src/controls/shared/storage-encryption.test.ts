import { describe, expect, it } from "vitest";
import { hasInstanceStorage } from "./storage-encryption.js";

describe("hasInstanceStorage", () => {
  it.each([
    "ml.m5d.large",
    "ml.c5d.xlarge",
    "ml.r5d.2xlarge",
    "ml.r7gd.xlarge",
    "ml.g4dn.xlarge",
    "ml.p3dn.24xlarge",
    "ml.p4d.24xlarge",
    "ml.p4de.24xlarge",
    "ml.g5.2xlarge",
    "ml.g6e.12xlarge",
    "ml.p5.48xlarge",
    "ml.p6-b200.48xlarge",
    "ml.trn1n.32xlarge",
    "ml.dl1.24xlarge",
  ])("%s has local NVMe storage", (type) => {
    expect(hasInstanceStorage(type)).toBe(true);
  });

  it.each([
    "ml.m5.xlarge",
    "ml.c6gn.xlarge",
    "ml.c5n.2xlarge",
    "ml.inf2.xlarge",
    "ml.p3.2xlarge",
    "ml.t3.medium",
    "ml.r6i.large",
  ])("%s is EBS-backed", (type) => {
    expect(hasInstanceStorage(type)).toBe(false);
  });
});
