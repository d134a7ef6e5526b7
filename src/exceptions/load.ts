import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LineCounter, type Node, parseDocument } from "yaml";
import type * as z from "zod";
import { InputError } from "../errors.js";
import { exceptionsFile } from "./schema.js";
import type { ExceptionEntry, ExceptionsFile } from "./types.js";

export const DEFAULT_EXCEPTIONS_FILE = "mlharden.exceptions.yaml";

/**
 * The exceptions to apply: `--exceptions FILE` when given (it must exist), else `mlharden.exceptions.yaml` in the
 * working directory when present, else none.
 */
export async function loadExceptions(
  file: string | undefined,
  options: { cwd?: string; knownControls?: readonly string[] } = {},
): Promise<ExceptionsFile | undefined> {
  let path = file;
  if (!path) {
    const fallback = join(options.cwd ?? process.cwd(), DEFAULT_EXCEPTIONS_FILE);
    if (!existsSync(fallback)) return undefined;
    path = fallback;
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(`${file ?? path}: cannot read exceptions file: ${code}`);
  }
  return parseExceptions(text, file ?? DEFAULT_EXCEPTIONS_FILE, options.knownControls);
}

/** Parses and validates; any problem is one InputError line naming the entry and its line. */
export function parseExceptions(text: string, file: string, knownControls?: readonly string[]): ExceptionsFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const at = lines.linePos(syntax.pos[0]);
    const where = `line ${at.line} column ${at.col}: `;
    throw new InputError(`${file}: ${where}invalid YAML: ${syntax.message.split("\n")[0]}`);
  }
  const data = doc.toJS() ?? { exceptions: [] };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const node = doc.getIn(path as unknown[], true) as Node | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };

  const result = exceptionsFile.safeParse(data);
  if (!result.success) throw new InputError(`${file}: ${describe(result.error.issues[0], lineOf)}`);

  const entries: ExceptionEntry[] = result.data.exceptions.map((entry, index) => ({
    ...entry,
    index,
    line: lineOf(["exceptions", index]),
  }));
  if (knownControls) {
    const known = new Set(knownControls.map((id) => id.toLowerCase()));
    for (const entry of entries) {
      const position = entry.controls.findIndex((id) => id !== "*" && !known.has(id.toLowerCase()));
      if (position !== -1) {
        const line = lineOf(["exceptions", entry.index, "controls", position]) ?? entry.line;
        throw new InputError(
          `${file}: exceptions[${entry.index}]${line ? ` (line ${line})` : ""}: controls: unknown control ${entry.controls[position]} (see mlharden controls)`,
        );
      }
    }
  }
  return { file, entries };
}

/** `exceptions[2] (line 14): expires: expected a date YYYY-MM-DD` */
function describe(
  issue: z.core.$ZodIssue | undefined,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): string {
  if (!issue) return "invalid exceptions file";
  const [top, index, ...field] = issue.path;
  if (top !== "exceptions" || typeof index !== "number") {
    return `${issue.path.length ? `${issue.path.map(String).join(".")}: ` : ""}${issue.message}`;
  }
  // The deepest node that exists: the offending field, else the entry.
  let line: number | undefined;
  for (let depth = issue.path.length; depth >= 2 && line === undefined; depth--) {
    line = lineOf(issue.path.slice(0, depth));
  }
  const where = `exceptions[${index}]${line ? ` (line ${line})` : ""}`;
  const fieldPath = field
    .map((k) => (typeof k === "number" ? `[${k}]` : String(k)))
    .join(".")
    .replace(/\.\[/g, "[");
  const message = issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}` : issue.message;
  return `${where}: ${fieldPath ? `${fieldPath}: ` : ""}${message}`;
}
