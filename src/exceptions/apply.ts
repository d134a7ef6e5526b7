import type { Finding } from "../evaluate/finding.js";
import { glob } from "../reach/iam/wildcard.js";
import type { AppliedException, ExceptionEntry, ExceptionStanding, ExceptionsFile, ExceptionsReport } from "./types.js";

/** A resource's tags, so entries that match by tag can find them (findings carry only the ARN). */
export interface TaggedResource {
  arn: string;
  tags?: Record<string, string>;
}

/**
 * Turns FAILED findings that an in-date exception covers into SUPPRESSED ones carrying the exception. Expired
 * entries suppress nothing; entries that match no failing finding are stale. Pure: `now` decides expiry.
 * An entry lasts through its `expires` day (UTC).
 */
export function applyExceptions(
  findings: readonly Finding[],
  exceptions: ExceptionsFile,
  now: Date,
  resources: readonly TaggedResource[] = [],
  /** The controls that ran, when not all did (`--control`): entries only about others cannot be judged stale. */
  evaluatedControls?: readonly string[],
): { findings: Finding[]; report: ExceptionsReport } {
  const today = now.toISOString().slice(0, 10);
  const tagsByArn = new Map(resources.map((r) => [r.arn, r.tags]));
  const matched = new Map<ExceptionEntry, number>();
  const live = exceptions.entries.filter((e) => e.expires >= today);
  const expired = exceptions.entries.filter((e) => e.expires < today);

  const out = findings.map((finding) => {
    if (finding.status !== "FAILED") return finding;
    const tags = tagsByArn.get(finding.resourceArn);
    for (const entry of expired) {
      if (matches(entry, finding, tags)) matched.set(entry, (matched.get(entry) ?? 0) + 1);
    }
    // The first in-date entry suppresses; later ones that also match still count as in use, not stale.
    const covering = live.filter((e) => matches(e, finding, tags));
    for (const entry of covering) matched.set(entry, (matched.get(entry) ?? 0) + 1);
    const [entry] = covering;
    if (!entry) return finding;
    return { ...finding, status: "SUPPRESSED" as const, exception: applied(entry, exceptions.file) };
  });

  const standing = (entry: ExceptionEntry): ExceptionStanding => ({
    index: entry.index,
    line: entry.line,
    controls: entry.controls,
    resources: entry.resources,
    owner: entry.owner,
    expires: entry.expires,
    ticket: entry.ticket,
    matched: matched.get(entry) ?? 0,
  });
  const evaluated = evaluatedControls && new Set(evaluatedControls.map((id) => id.toLowerCase()));
  const judged = (entry: ExceptionEntry) =>
    !evaluated || entry.controls.some((id) => id === "*" || evaluated.has(id.toLowerCase()));
  return {
    findings: out,
    report: {
      file: exceptions.file,
      suppressed: out.filter((f) => f.status === "SUPPRESSED").length,
      active: live.filter((e) => matched.has(e)).map(standing),
      expired: expired.map(standing),
      stale: live.filter((e) => !matched.has(e) && judged(e)).map(standing),
    },
  };
}

function matches(entry: ExceptionEntry, finding: Finding, tags: Record<string, string> | undefined): boolean {
  const controlMatches = entry.controls.some(
    (id) => id === "*" || id.toLowerCase() === finding.controlId.toLowerCase(),
  );
  if (!controlMatches) return false;
  const { arn, tags: wanted } = entry.resources;
  if (arn !== undefined && !glob(arn)(finding.resourceArn)) return false;
  if (wanted) {
    if (!tags) return false;
    for (const [key, value] of Object.entries(wanted)) if (tags[key] !== value) return false;
  }
  return true;
}

function applied(entry: ExceptionEntry, file: string): AppliedException {
  const exception: AppliedException = {
    reason: entry.reason,
    owner: entry.owner,
    expires: entry.expires,
    source: `${file}${entry.line ? `:${entry.line}` : ""} (exceptions[${entry.index}])`,
  };
  if (entry.ticket) exception.ticket = entry.ticket;
  return exception;
}

/** One warning line per expired or stale entry, for stderr. */
export function exceptionWarnings(report: ExceptionsReport): string[] {
  const where = (s: ExceptionStanding) => `${report.file}${s.line ? `:${s.line}` : ""} exceptions[${s.index}]`;
  return [
    ...report.expired.map(
      (s) =>
        `warning: ${where(s)} (owner ${s.owner}) expired on ${s.expires}; it no longer suppresses${s.matched ? ` ${s.matched} failing finding${s.matched === 1 ? "" : "s"}` : " anything"}`,
    ),
    ...report.stale.map(
      (s) =>
        `warning: ${where(s)} (owner ${s.owner}) matches no failing finding; remove it if the resource is gone or fixed`,
    ),
  ];
}
