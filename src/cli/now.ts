import { InvalidArgumentError } from "commander";
import { InputError } from "../errors.js";

/** The environment variable that pins the evaluation date (exception expiry, aws:CurrentTime) for tests. */
export const NOW_ENV = "MLHARDEN_NOW";

/** Parses `--now` (hidden): an ISO date or date-time. */
export function parseNow(value: string): Date {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError("expected a date YYYY-MM-DD or an ISO date-time");
  return date;
}

/** `--now`, else $MLHARDEN_NOW, else the clock. */
export function evaluationDate(option: Date | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  if (option) return option;
  const pinned = env[NOW_ENV];
  if (!pinned) return new Date();
  try {
    return parseNow(pinned);
  } catch (error) {
    throw new InputError(`${NOW_ENV}: ${(error as Error).message}`);
  }
}
