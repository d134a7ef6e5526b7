/**
 * hcl2json gives values but no line numbers. This scanner reads just enough HCL structure to give them back:
 * where each `resource "TYPE" "NAME" {` block starts and ends, the line of every attribute and nested block inside
 * it (by Terraform path: `network_config.0.enable_network_isolation`, and `network_config` for the first block),
 * and every comment with its line, for inline suppressions. Syntax errors are left to hcl2json.
 */
export interface ResourceBlock {
  type: string;
  name: string;
  line: number;
  endLine: number;
  lines: Record<string, number>;
}

export interface HclIndex {
  resources: ResourceBlock[];
  comments: { line: number; text: string }[];
}

type Token =
  | { kind: "ident" | "string" | "punct" | "other"; text: string; line: number }
  | { kind: "newline"; text: "\n"; line: number };

export function scanHcl(source: string): HclIndex {
  const comments: HclIndex["comments"] = [];
  const tokens = tokenize(source, comments);
  const resources: ResourceBlock[] = [];
  let i = 0;

  const peek = () => tokens[i];
  const skipNewlines = () => {
    while (peek()?.kind === "newline") i++;
  };
  /** Skips an attribute's expression: to the end of the line, or past it while brackets are open. */
  const skipExpression = () => {
    let depth = 0;
    for (let token = peek(); token; token = peek()) {
      if (token.kind === "newline" && depth === 0) return;
      if (token.kind === "punct") {
        if ("([{".includes(token.text)) depth++;
        else if (")]}".includes(token.text)) {
          if (depth === 0) return; // the closing brace of a one-line block
          depth--;
        }
      }
      i++;
    }
  };
  /** Reads a block body up to its closing brace; `record` receives every attribute and nested block. */
  const body = (record?: (path: string, line: number) => void, prefix = ""): number => {
    const counters = new Map<string, number>();
    for (;;) {
      skipNewlines();
      const token = peek();
      if (!token) return tokens.at(-1)?.line ?? 1;
      i++;
      if (token.kind === "punct" && token.text === "}") return token.line;
      if (token.kind !== "ident" && token.kind !== "string") continue;
      const next = peek();
      if (next?.kind === "punct" && (next.text === "=" || next.text === ":")) {
        i++;
        record?.(`${prefix}${token.text}`, token.line);
        skipExpression();
        continue;
      }
      const labels: string[] = [];
      for (let label = peek(); label?.kind === "string" || label?.kind === "ident"; label = peek()) {
        labels.push(unquote(label.text));
        i++;
      }
      if (peek()?.kind !== "punct" || peek()?.text !== "{") {
        skipExpression();
        continue;
      }
      i++;
      if (!record && token.text === "resource" && labels.length === 2) {
        const block: ResourceBlock = {
          type: labels[0] as string,
          name: labels[1] as string,
          line: token.line,
          endLine: token.line,
          lines: {},
        };
        block.endLine = body((path, line) => {
          block.lines[path] ??= line;
        });
        resources.push(block);
      } else if (record) {
        // `dynamic "x" {}` generates `x` blocks: it is recorded under the generated block's name.
        const name = token.text === "dynamic" && labels[0] ? labels[0] : token.text;
        const index = counters.get(name) ?? 0;
        counters.set(name, index + 1);
        record(`${prefix}${name}`, token.line);
        record(`${prefix}${name}.${index}`, token.line);
        body(token.text === "dynamic" ? undefined : record, `${prefix}${name}.${index}.`);
      } else body();
    }
  };

  while (i < tokens.length) body();
  return { resources, comments };
}

function unquote(text: string): string {
  return text.startsWith('"') ? text.slice(1, -1) : text;
}

/** Splits HCL into identifiers, strings (templates and heredocs whole), punctuation and newlines; collects comments. */
function tokenize(source: string, comments: HclIndex["comments"]): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i] as string;
    if (c === "\n") {
      tokens.push({ kind: "newline", text: "\n", line });
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") i++;
    else if (c === "#" || (c === "/" && source[i + 1] === "/")) {
      const end = source.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      comments.push({ line, text: source.slice(i, stop) });
      i = stop;
    } else if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      const text = source.slice(i, stop);
      comments.push({ line, text });
      line += countNewlines(text);
      i = stop;
    } else if (c === '"') {
      const stop = stringEnd(source, i);
      const text = source.slice(i, stop);
      tokens.push({ kind: "string", text, line });
      line += countNewlines(text);
      i = stop;
    } else if (c === "<" && source[i + 1] === "<" && /[-A-Za-z_]/.test(source[i + 2] ?? "")) {
      const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[^\n]*\n/.exec(source.slice(i, i + 200));
      if (!header) {
        tokens.push({ kind: "other", text: c, line });
        i++;
        continue;
      }
      const marker = new RegExp(`\\n[ \\t]*${header[1]}[ \\t]*(?=\\n|$)`, "g");
      marker.lastIndex = i + header[0].length - 1;
      const found = marker.exec(source);
      const stop = found ? found.index + found[0].length : n;
      const text = source.slice(i, stop);
      tokens.push({ kind: "string", text, line });
      line += countNewlines(text);
      i = stop;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_-]/.test(source[j] as string)) j++;
      tokens.push({ kind: "ident", text: source.slice(i, j), line });
      i = j;
    } else if ("{}[]()=:,?.".includes(c)) {
      // `==`, `=>`, `>=`, `<=`, `!=` are operators inside expressions, never an attribute's `=`.
      if (c === "=" && (source[i + 1] === "=" || source[i + 1] === ">")) {
        tokens.push({ kind: "other", text: source.slice(i, i + 2), line });
        i += 2;
      } else {
        tokens.push({ kind: "punct", text: c, line });
        i++;
      }
    } else {
      const op = /^(>=|<=|!=|&&|\|\|)/.exec(source.slice(i, i + 2));
      tokens.push({ kind: "other", text: op ? op[0] : c, line });
      i += op ? 2 : 1;
    }
  }
  return tokens;
}

/** The index just past a quoted string's closing quote, skipping escapes and `${ ... }` interpolations. */
function stringEnd(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") i += 2;
    else if (c === '"') return i + 1;
    else if ((c === "$" || c === "%") && source[i + 1] === "{") i = interpolationEnd(source, i + 2);
    else if (c === "\n")
      return i; // unterminated: hcl2json reports it
    else i++;
  }
  return i;
}

function interpolationEnd(source: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < source.length && depth > 0) {
    const c = source[i];
    if (c === '"') i = stringEnd(source, i);
    else {
      if (c === "{") depth++;
      else if (c === "}") depth--;
      i++;
    }
  }
  return i;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const c of text) if (c === "\n") count++;
  return count;
}
