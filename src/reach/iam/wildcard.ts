/**
 * IAM's wildcard matching: `*` matches any run of characters (including none), `?` exactly one. Action names
 * compare case-insensitively, resource ARNs case-sensitively, segment by segment.
 */
export type Glob = (value: string) => boolean;

const exact = new Map<string, Glob>();
const folded = new Map<string, Glob>();

/** A compiled matcher for one pattern; compiled matchers are shared, since policies repeat their patterns. */
export function glob(pattern: string, ignoreCase = false): Glob {
  const cache = ignoreCase ? folded : exact;
  let matcher = cache.get(pattern);
  if (!matcher) {
    matcher = compile(ignoreCase ? pattern.toLowerCase() : pattern, ignoreCase);
    cache.set(pattern, matcher);
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
  return arnMatcher(pattern)(arn);
}

const arnMatchers = new Map<string, Glob>();

export function arnMatcher(pattern: string): Glob {
  let matcher = arnMatchers.get(pattern);
  if (!matcher) {
    matcher = compileArn(pattern);
    arnMatchers.set(pattern, matcher);
  }
  return matcher;
}

function compileArn(pattern: string): Glob {
  if (pattern === "*") return () => true;
  const parts = splitArn(pattern);
  if (!parts) return glob(pattern);
  const head = parts.slice(0, 5);
  const rest = glob(parts[5] as string);
  // The usual case (`arn:aws:s3:::bucket/*`): a literal head compares as one prefix.
  if (!head.some(hasWildcard)) {
    const restPattern = parts[5] as string;
    // A literal or trailing-star resource part needs no slicing: compare the whole ARN.
    if (!hasWildcard(restPattern)) return (arn) => arn === pattern;
    if (restPattern.indexOf("*") === restPattern.length - 1 && !restPattern.includes("?")) {
      const start = pattern.slice(0, -1);
      return (arn) => arn.startsWith(start);
    }
    const prefix = `${head.join(":")}:`;
    return (arn) => arn.startsWith(prefix) && rest(arn.slice(prefix.length));
  }
  const globs = head.map((segment) => glob(segment));
  return (arn) => {
    const value = splitArn(arn);
    if (!value) return false;
    for (let i = 0; i < 5; i++) if (!(globs[i] as Glob)(value[i] as string)) return false;
    return rest(value[5] as string);
  };
}

/** `arn:partition:service:region:account:resource` → its six segments, or undefined for a non-ARN. */
export function splitArn(arn: string): string[] | undefined {
  const segments = arn.split(":");
  if (segments.length < 6 || segments[0] !== "arn") return undefined;
  return [...segments.slice(0, 5), segments.slice(5).join(":")];
}
