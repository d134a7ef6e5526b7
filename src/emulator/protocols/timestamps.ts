import type { TimestampFormat } from "./shape.js";

/**
 * Snapshots carry timestamps as the collector wrote them (`toISOString()`), or as epoch seconds (AWS CLI output);
 * the wire wants the protocol's format. A value that is not a timestamp is passed through untouched.
 */
export function formatTimestamp(value: unknown, format: Exclude<TimestampFormat, "default">): unknown {
  const date = toDate(value);
  if (!date) return value;
  switch (format) {
    case "epoch-seconds":
      return date.getTime() / 1000;
    case "http-date":
      return date.toUTCString();
    case "date-time":
      return date.toISOString();
  }
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value * 1000);
  if (typeof value === "string") {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms);
  }
  return undefined;
}

/** Epoch seconds of a timestamp input (`CreationTimeAfter`): a JSON number, or an ISO string from a hand call. */
export function epochSeconds(value: unknown): number | undefined {
  const date = toDate(value);
  return date ? date.getTime() / 1000 : undefined;
}
