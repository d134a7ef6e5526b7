import { known, Unresolved } from "../../model/unresolved.js";
import { failed, type ParameterSpec, passed, type Verdict } from "../control.js";
import { parseCsvList } from "./csv-list.js";

/** The `requiredKeyTags` parameter of Security Hub's `*-tagged` controls. */
export interface RequiredKeyTagsParams {
  requiredKeyTags: string[];
}

/** AWS tag-key rules: 1–128 Unicode letters, digits, spaces and `_ . : / = + - @`. */
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const MAX_REQUIRED_KEYS = 6;

export const requiredKeyTagsParameter: ParameterSpec<string[]> = {
  description:
    "Comma-separated list of 1–6 non-system tag keys (case-sensitive) the resource must carry. Security Hub has no " +
    "default: without it the control only requires at least one non-system tag.",
  default: [],
  parse(raw) {
    const keys = parseCsvList(raw);
    if (keys.length < 1 || keys.length > MAX_REQUIRED_KEYS) {
      throw new Error(`requiredKeyTags takes 1–${MAX_REQUIRED_KEYS} tag keys, got ${keys.length}`);
    }
    for (const key of keys) {
      if (!TAG_KEY.test(key)) throw new Error(`requiredKeyTags: "${key}" is not a valid AWS tag key`);
      if (key.toLowerCase().startsWith("aws:")) {
        throw new Error(
          `requiredKeyTags: "${key}" is a system tag key (aws: prefix); only user tag keys can be required`,
        );
      }
    }
    return keys;
  },
};

/**
 * The `*-tagged` rule: FAILED without any non-system tag key, or when a required key is missing.
 * System tags (`aws:` prefix) are ignored, as Security Hub does.
 */
export function evaluateRequiredTags(
  resourceTags: Record<string, string> | undefined,
  requiredKeyTags: readonly string[],
): Verdict {
  // The engine reports a failed tags collection as NOT_ASSESSED before this runs (controls declare needs: ["tags"]);
  // a source that leaves tags unread any other way gets the same verdict instead of a FAILED on an empty set.
  const tags = known("Tags", resourceTags ?? new Unresolved("a tag collection that could not be read"));
  const userKeys = Object.keys(tags).filter((key) => !key.startsWith("aws:"));
  const missing = requiredKeyTags.filter((key) => !Object.hasOwn(tags, key));
  const observed = { "Tags[].Key": userKeys, ...(requiredKeyTags.length > 0 && { requiredKeyTags }) };

  if (userKeys.length === 0) return failed("the resource has no tags other than aws: system tags", observed);
  if (missing.length > 0) {
    return failed(`required tag keys missing: ${missing.join(", ")}`, { ...observed, missingKeys: missing });
  }
  return requiredKeyTags.length > 0
    ? passed(`all required tag keys present: ${requiredKeyTags.join(", ")}`, observed)
    : passed(`tagged with ${userKeys.join(", ")}`, observed);
}
