import { readFile } from "node:fs/promises";
import type * as z from "zod";
import { InputError } from "../errors.js";
import { locateJsonError } from "./json-error.js";
import { SNAPSHOT_FORMAT, type Snapshot, snapshotSchema } from "./schema.js";

/** Reads and validates a snapshot file; any problem becomes one InputError line naming the file. */
export async function loadSnapshotFile(file: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read snapshot: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseSnapshot(text, file);
}

export function parseSnapshot(text: string, file = "<snapshot>"): Snapshot {
  return validateSnapshot(parseJson(text, file), file);
}

export function validateSnapshot(data: unknown, file = "<snapshot>"): Snapshot {
  if (data && typeof data === "object" && "format" in data && data.format !== SNAPSHOT_FORMAT) {
    throw new InputError(
      `${file}: unknown snapshot format ${JSON.stringify(data.format)}; expected "${SNAPSHOT_FORMAT}"`,
    );
  }
  const result = snapshotSchema.safeParse(data);
  if (!result.success) throw new InputError(`${file}: ${describeIssue(result.error.issues[0])}`);
  return result.data;
}

/** JSON.parse with the error position turned into a line and column. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message may quote a multi-line snippet of the input: keep only what it says went wrong.
    const reason = ((error as Error).message.split(/, "|\n| in JSON at/)[0] ?? "").trim();
    throw new InputError(`${file}: invalid JSON at ${lineAndColumn(text, locateJsonError(text))}: ${reason}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line} column ${column}`;
}

/** `accounts[0].regions[1].sagemaker.models[3].EnableNetworkIsolation: expected boolean, got string` */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "invalid snapshot";
  const path = formatPath(issue.path);
  return `${path || "(top level)"}: ${issueText(issue)}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      const got = /received (\w+)/.exec(issue.message)?.[1];
      if (got === "undefined") return `required ${issue.expected} is missing`;
      return `expected ${issue.expected}${got ? `, got ${got}` : ""}`;
    }
    case "invalid_value":
      // A schema's own message (e.g. for long enums) says it better than a list of every value.
      if (!issue.message.startsWith("Invalid")) return issue.message;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "has the wrong type (expected a string or an object)";
    default:
      return issue.message;
  }
}
