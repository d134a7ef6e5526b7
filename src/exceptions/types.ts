import type { ExceptionInput } from "./schema.js";

/** One reviewed exception, as validated from the file, with where it is written. */
export interface ExceptionEntry extends ExceptionInput {
  /** Position in the file's `exceptions` list. */
  index: number;
  line?: number;
}

export interface ExceptionsFile {
  file: string;
  entries: ExceptionEntry[];
}

/** What a SUPPRESSED finding carries: who accepted the risk, why, until when. */
export interface AppliedException {
  reason: string;
  owner: string;
  expires: string;
  ticket?: string;
  /** `mlharden.exceptions.yaml:14 (exceptions[2])` */
  source: string;
}

/** An entry's standing after a run: how many failing findings it matched. */
export interface ExceptionStanding {
  index: number;
  line?: number;
  controls: string[];
  resources: ExceptionInput["resources"];
  owner: string;
  expires: string;
  ticket?: string;
  matched: number;
}

/**
 * - `active`: in date, and suppressing `matched` findings;
 * - `expired`: past `expires`, no longer suppressing (the findings it matched fail again);
 * - `stale`: in date but matching no failing finding (the resource is gone or fixed): remove it.
 */
export interface ExceptionsReport {
  file: string;
  suppressed: number;
  active: ExceptionStanding[];
  expired: ExceptionStanding[];
  stale: ExceptionStanding[];
}
