import { DEFAULT_WEIGHTS, type RiskWeights } from "./score.js";

/** What makes a bucket sensitive and a resource production; every list compares case-insensitively. */
export interface RiskConfig {
  weights: RiskWeights;
  sensitivity: {
    /** Bucket tag keys that carry a data classification, each with the values that mark sensitive data. */
    tags: Record<string, string[]>;
    /** Substrings of bucket names that mark sensitive data when no classification tag says otherwise. */
    namePatterns: string[];
  };
  environment: {
    tagKeys: string[];
    prodValues: string[];
  };
}

export const DEFAULT_RISK_CONFIG: RiskConfig = {
  weights: DEFAULT_WEIGHTS,
  sensitivity: {
    tags: Object.fromEntries(
      ["data-classification", "classification", "data_classification", "sensitivity"].map((key) => [
        key,
        ["restricted", "confidential", "pii", "phi", "pci", "secret", "sensitive"],
      ]),
    ),
    namePatterns: ["pii", "phi", "pci", "restricted", "confidential", "customer"],
  },
  environment: { tagKeys: ["env", "environment", "stage"], prodValues: ["prod", "production", "prd"] },
};

/**
 * Why a bucket is sensitive: the classification tag's value (`restricted`), `named` when only its name says so,
 * undefined when it is not. A classification tag with a non-sensitive value (`internal`) wins over the name.
 */
export function bucketSensitivity(
  name: string,
  tags: Record<string, string>,
  config: RiskConfig["sensitivity"],
): string | undefined {
  const rules = new Map(
    Object.entries(config.tags).map(([key, values]) => [
      key.toLowerCase(),
      new Set(values.map((v) => v.toLowerCase())),
    ]),
  );
  let classified = false;
  for (const [key, value] of Object.entries(tags)) {
    const sensitiveValues = rules.get(key.toLowerCase());
    if (!sensitiveValues) continue;
    classified = true;
    if (sensitiveValues.has(value.toLowerCase())) return value.toLowerCase();
  }
  if (classified) return undefined;
  const lower = name.toLowerCase();
  return config.namePatterns.some((p) => lower.includes(p.toLowerCase())) ? "named" : undefined;
}

export function isProd(tags: Record<string, string> | undefined, config: RiskConfig["environment"]): boolean {
  const keys = new Set(config.tagKeys.map((k) => k.toLowerCase()));
  const values = new Set(config.prodValues.map((v) => v.toLowerCase()));
  return Object.entries(tags ?? {}).some(([k, v]) => keys.has(k.toLowerCase()) && values.has(v.toLowerCase()));
}
