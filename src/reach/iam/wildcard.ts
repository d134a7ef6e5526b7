/**
 * IAM's wildcard matching: `*` matches any run of characters (including none), `?` exactly one. Action names
 * compare case-insensitively, resource ARNs case-sensitively, segment by segment.
 */
export type Glob = (value: string) => boolean;

const cache = new Map<string, Glob>();

/** A compiled matcher for one pattern; compiled matchers are shared, since policies repeat their patterns. */
export function glob(pattern: string, ignoreCase = false): Glob {
  const key = `${ignoreCase ? "i" : "c"}${pattern}`;
  let matcher = cache.get(key);
  if (!matcher) {
    matcher = compile(ignoreCase ? pattern.toLowerCase() : pattern, ignoreCase);
    cache.set(key, matcher);
  }
  return matcher;
}

function compile(pattern: string, ignoreCase: boolean): Glob {
  const norm = ignoreCase ? (v: string) => v.toLowerCase() : (v: string) => v;
  if (pattern === "*") return () => true;
  const star = pattern.indexOf("*");
  const hasQuestion = pattern.includes("?");
  if (star === -1 && !hasQuestion) return (v) => norm(v) === pattern;
  // A single trailing star is by far the most common shape (`s3:Get*`, `arn:aws:s3:::bucket/*`).
  if (!hasQuestion && star === pattern.length - 1) {
    const prefix = pattern.slice(0, -1);
    return (v) => norm(v).startsWith(prefix);
  }
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  const regex = new RegExp(`^${source}$`, "s");
  return (v) => regex.test(norm(v));
}

/** Whether `pattern` contains a wildcard. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes("*") || pattern.includes("?");
}

/** The characters before the first wildcard: every value the pattern matches starts with them. */
export function literalPrefix(pattern: string): string {
  const end = pattern.search(/[*?]/);
  return end === -1 ? pattern : pattern.slice(0, end);
}

/**
 * Matches an ARN pattern from a policy's `Resource` against an ARN: the pattern `*` matches everything; otherwise
 * partition, service, region and account compare segment by segment (a wildcard does not cross a `:` there) and
 * the resource part, which may itself contain `:` and `/`, as a whole.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === "*") return true;
  const p = splitArn(pattern);
  const a = splitArn(arn);
  if (!p || !a) return glob(pattern)(arn);
  for (let i = 0; i < 6; i++) {
    if (!glob(p[i] as string)(a[i] as string)) return false;
  }
  return true;
}

const arnSplitCache = new Map<string, string[] | undefined>();

/** `arn:partition:service:region:account:resource` → its six segments, or undefined for a non-ARN. */
export function splitArn(arn: string): string[] | undefined {
  let parts = arnSplitCache.get(arn);
  if (parts !== undefined || arnSplitCache.has(arn)) return parts;
  const segments = arn.split(":");
  parts = segments.length >= 6 ? [...segments.slice(0, 5), segments.slice(5).join(":")] : undefined;
  if (parts && parts[0] !== "arn") parts = undefined;
  if (arnSplitCache.size > 200_000) arnSplitCache.clear();
  arnSplitCache.set(arn, parts);
  return parts;
}
