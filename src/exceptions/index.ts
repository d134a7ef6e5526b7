/** Reviewed exceptions: a YAML file that turns accepted FAILED findings into SUPPRESSED ones, with an expiry. */
export { applyExceptions, exceptionWarnings, type TaggedResource } from "./apply.js";
export { DEFAULT_EXCEPTIONS_FILE, loadExceptions, parseExceptions } from "./load.js";
export type {
  AppliedException,
  ExceptionEntry,
  ExceptionStanding,
  ExceptionsFile,
  ExceptionsReport,
} from "./types.js";
