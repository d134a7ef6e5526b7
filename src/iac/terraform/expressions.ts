import { Unresolved } from "../../model/unresolved.js";
import { isPlainObject } from "../field-types.js";
import { brief, type Chooser, concatParts } from "../resolution.js";

/**
 * A small evaluator for the Terraform expressions hcl2json hands back as `"${...}"` strings: literals, templates,
 * `var.*`, `local.*`, references to other resources, conditionals, the logical and comparison operators, and a
 * few pure functions (`merge`, `concat`, `join`, `lower`, `upper`, `tostring`, `tonumber`, `tobool`, `coalesce`).
 * Everything else evaluates to an `Unresolved` naming the expression.
 */
export interface TerraformScope {
  /** A variable's value (tfvars, then default), or undefined when it has neither. */
  variable(name: string): unknown;
  /** A local value's expression (raw, as hcl2json gives it), or undefined. */
  local(name: string): unknown;
  /** The name the scan gives a SageMaker resource of this module (`aws_sagemaker_model.main` → its `name`). */
  resourceName(type: string, name: string): string | undefined;
  /** A data source's attribute when the deploy target fixes it (`data.aws_region.current.region`), else undefined. */
  dataSource?(type: string, name: string, attribute: string): string | undefined;
  choose: Chooser;
}

type Node =
  | { kind: "literal"; value: unknown; text: string }
  | { kind: "template"; parts: (string | Node)[]; text: string }
  | { kind: "traversal"; root: string; steps: (string | Node)[]; text: string }
  | { kind: "call"; name: string; args: Node[]; text: string }
  | { kind: "conditional"; condition: Node; whenTrue: Node; whenFalse: Node; text: string }
  | { kind: "binary"; op: string; left: Node; right: Node; text: string }
  | { kind: "unary"; op: string; operand: Node; text: string }
  | { kind: "tuple"; items: Node[]; text: string }
  | { kind: "object"; entries: [Node, Node][]; text: string }
  | { kind: "opaque"; text: string };

/** Evaluates a value from hcl2json: strings are templates, lists and maps are evaluated element by element. */
export function evaluateValue(value: unknown, scope: TerraformScope, locals = new Set<string>()): unknown {
  if (typeof value === "string") {
    if (!value.includes("${") && !value.includes("%{")) return value;
    return new Evaluator(scope, locals).evaluate(parseTemplate(value));
  }
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, scope, locals));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluateValue(v, scope, locals)]));
  }
  return value;
}

class Evaluator {
  constructor(
    private readonly scope: TerraformScope,
    private readonly locals: Set<string>,
  ) {}

  evaluate(node: Node): unknown {
    switch (node.kind) {
      case "literal":
        return node.value;
      case "template": {
        const parts = node.parts.map((p) => (typeof p === "string" ? p : this.evaluate(p)));
        const [only] = parts;
        if (parts.length === 1 && typeof node.parts[0] !== "string") return only;
        return concatParts(parts, node.text);
      }
      case "traversal":
        return this.traversal(node);
      case "conditional":
        return this.conditional(node);
      case "call":
        return this.call(node);
      case "binary":
        return this.binary(node);
      case "unary": {
        const operand = this.evaluate(node.operand);
        if (operand instanceof Unresolved) return new Unresolved(node.text);
        if (node.op === "!" && typeof operand === "boolean") return !operand;
        if (node.op === "-" && typeof operand === "number") return -operand;
        return new Unresolved(node.text);
      }
      case "tuple":
        return node.items.map((item) => this.evaluate(item));
      case "object": {
        const out: Record<string, unknown> = {};
        for (const [keyNode, valueNode] of node.entries) {
          const key =
            keyNode.kind === "traversal" && keyNode.steps.length === 0 ? keyNode.root : this.evaluate(keyNode);
          if (typeof key !== "string") return new Unresolved(node.text);
          out[key] = this.evaluate(valueNode);
        }
        return out;
      }
      case "opaque":
        return new Unresolved(node.text);
    }
  }

  private traversal(node: Extract<Node, { kind: "traversal" }>): unknown {
    const [first, ...rest] = node.steps;
    const attribute = typeof first === "string" ? first : undefined;
    switch (node.root) {
      case "var": {
        if (!attribute) return new Unresolved(node.text);
        const value = this.scope.variable(attribute);
        return value === undefined ? new Unresolved(`var.${attribute}`) : this.steps(value, rest, node.text);
      }
      case "local": {
        if (!attribute || this.locals.has(attribute)) return new Unresolved(node.text);
        const raw = this.scope.local(attribute);
        if (raw === undefined) return new Unresolved(node.text);
        const value = evaluateValue(raw, this.scope, new Set([...this.locals, attribute]));
        return this.steps(value, rest, node.text);
      }
      case "data": {
        const [name, attr] = rest;
        const value =
          attribute && typeof name === "string" && typeof attr === "string"
            ? this.scope.dataSource?.(attribute, name, attr)
            : undefined;
        return value === undefined
          ? new Unresolved(node.text, "reference")
          : this.steps(value, rest.slice(2), node.text);
      }
      case "module":
        return new Unresolved(node.text, "reference");
      case "each":
      case "count":
      case "self":
      case "path":
      case "terraform":
        return new Unresolved(node.text);
      default: {
        // TYPE.NAME.ATTRIBUTE: another resource of the configuration.
        if (!attribute || !node.root.includes("_")) return new Unresolved(node.text);
        const attr = rest.find((s): s is string => typeof s === "string");
        const named = this.scope.resourceName(node.root, attribute);
        if (named !== undefined && (attr === "name" || attr === "id")) return named;
        return new Unresolved(node.text, "reference");
      }
    }
  }

  private steps(value: unknown, steps: (string | Node)[], text: string): unknown {
    let current = value;
    for (const step of steps) {
      if (current instanceof Unresolved) return new Unresolved(text, current.kind);
      const key = typeof step === "string" ? step : this.evaluate(step);
      if (Array.isArray(current) && (typeof key === "number" || /^\d+$/.test(String(key))))
        current = current[Number(key)];
      else if (isPlainObject(current) && typeof key === "string") current = current[key];
      else return new Unresolved(text);
      if (current === undefined) return new Unresolved(text);
    }
    return current;
  }

  /**
   * A condition decided by literals alone picks its branch; one that reads a variable, even one with a default,
   * is undecided: each environment may set it differently, so both branches are checked.
   */
  private conditional(node: Extract<Node, { kind: "conditional" }>): unknown {
    const decided = this.readsInputs(node.condition) ? undefined : this.evaluate(node.condition);
    const branch = typeof decided === "boolean" ? decided : this.scope.choose(node.condition.text);
    if (branch === undefined) return new Unresolved(`${node.text}: too many undecided conditions`);
    return this.evaluate(branch ? node.whenTrue : node.whenFalse);
  }

  private readsInputs(node: Node, seen = new Set<string>()): boolean {
    switch (node.kind) {
      case "literal":
        return false;
      case "traversal": {
        if (node.root !== "local") return true;
        const [name] = node.steps;
        if (typeof name !== "string" || seen.has(name)) return true;
        const raw = this.scope.local(name);
        if (typeof raw !== "string") return raw === undefined || containsTemplate(raw);
        return this.readsInputs(parseTemplate(raw), new Set([...seen, name]));
      }
      case "template":
        return node.parts.some((p) => typeof p !== "string" && this.readsInputs(p, seen));
      case "conditional":
        return [node.condition, node.whenTrue, node.whenFalse].some((n) => this.readsInputs(n, seen));
      case "binary":
        return this.readsInputs(node.left, seen) || this.readsInputs(node.right, seen);
      case "unary":
        return this.readsInputs(node.operand, seen);
      case "call":
      case "tuple":
        return (node.kind === "call" ? node.args : node.items).some((n) => this.readsInputs(n, seen));
      case "object":
        return node.entries.some(([k, v]) => this.readsInputs(k, seen) || this.readsInputs(v, seen));
      case "opaque":
        return true;
    }
  }

  private binary(node: Extract<Node, { kind: "binary" }>): unknown {
    const left = this.evaluate(node.left);
    if (node.op === "&&" && left === false) return false;
    if (node.op === "||" && left === true) return true;
    const right = this.evaluate(node.right);
    if (left instanceof Unresolved || right instanceof Unresolved) return new Unresolved(node.text);
    switch (node.op) {
      case "==":
        return JSON.stringify(left) === JSON.stringify(right);
      case "!=":
        return JSON.stringify(left) !== JSON.stringify(right);
      case "&&":
      case "||":
        return typeof left === "boolean" && typeof right === "boolean" ? right : new Unresolved(node.text);
    }
    if (typeof left !== "number" || typeof right !== "number") return new Unresolved(node.text);
    switch (node.op) {
      case "<":
        return left < right;
      case ">":
        return left > right;
      case "<=":
        return left <= right;
      case ">=":
        return left >= right;
      case "+":
        return left + right;
      case "-":
        return left - right;
      case "*":
        return left * right;
      case "/":
        return left / right;
      case "%":
        return left % right;
      default:
        return new Unresolved(node.text);
    }
  }

  private call(node: Extract<Node, { kind: "call" }>): unknown {
    const args = node.args.map((a) => this.evaluate(a));
    const unresolved = new Unresolved(node.text);
    switch (node.name) {
      case "merge": {
        // Keys stay known when a later argument is unknown only if it cannot remove them; it can add, so unknown.
        if (!args.every(isPlainObject)) return unresolved;
        return Object.assign({}, ...args);
      }
      case "concat":
        return args.every(Array.isArray) ? args.flat() : unresolved;
      case "join": {
        const [separator, list] = args;
        return typeof separator === "string" && Array.isArray(list)
          ? concatParts(interleave(list, separator), node.text)
          : unresolved;
      }
      case "lower":
      case "upper": {
        const [text] = args;
        if (typeof text !== "string") return unresolved;
        return node.name === "lower" ? text.toLowerCase() : text.toUpperCase();
      }
      case "tostring": {
        const [value] = args;
        return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? String(value)
          : unresolved;
      }
      case "tonumber": {
        const [value] = args;
        const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
        return Number.isNaN(number) ? unresolved : number;
      }
      case "tobool": {
        const [value] = args;
        if (typeof value === "boolean") return value;
        return value === "true" ? true : value === "false" ? false : unresolved;
      }
      case "coalesce": {
        for (const value of args) {
          if (value instanceof Unresolved) return unresolved;
          if (value !== null && value !== "") return value;
        }
        return unresolved;
      }
      default:
        return unresolved;
    }
  }
}

function interleave(list: unknown[], separator: string): unknown[] {
  return list.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

function containsTemplate(value: unknown): boolean {
  if (typeof value === "string") return value.includes("${");
  if (Array.isArray(value)) return value.some(containsTemplate);
  if (isPlainObject(value)) return Object.values(value).some(containsTemplate);
  return false;
}

/** Parses a hcl2json string: literal text with `${ expr }` interpolations (`$${` is a literal `${`). */
export function parseTemplate(text: string): Node {
  if (text.includes("%{")) return { kind: "opaque", text: brief(text) };
  const parts: (string | Node)[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i)) {
      literal += "${";
      i += 3;
    } else if (text.startsWith("${", i)) {
      const end = matchingBrace(text, i + 2);
      if (literal) parts.push(literal);
      literal = "";
      parts.push(parseExpression(text.slice(i + 2, end).trim()));
      i = end + 1;
    } else {
      literal += text[i];
      i++;
    }
  }
  if (literal || parts.length === 0) parts.push(literal);
  const [only] = parts;
  if (parts.length === 1 && typeof only !== "string" && only !== undefined) return only;
  return { kind: "template", parts, text: brief(text) };
}

function matchingBrace(text: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
    i++;
  }
  return text.length;
}

/** Parses one expression; anything outside the supported grammar becomes an opaque (unknown) node. */
export function parseExpression(source: string): Node {
  try {
    const parser = new Parser(source);
    const node = parser.expression();
    return parser.atEnd() ? node : { kind: "opaque", text: brief(source) };
  } catch {
    return { kind: "opaque", text: brief(source) };
  }
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_][A-Za-z0-9_-]*)|("(?:[^"\\$]|\\.|\$(?!\{)|\$\{(?:[^{}"]|"(?:[^"\\]|\\.)*"|\{[^{}]*\})*\})*")|(==|!=|<=|>=|&&|\|\||=>|\.\.\.|[-+*/%<>!?:.,()[\]{}=*]))/y;

type Tok = { type: "number" | "ident" | "string" | "op"; text: string; start: number; end: number };

class Parser {
  private readonly tokens: Tok[] = [];
  private pos = 0;

  constructor(private readonly source: string) {
    TOKEN.lastIndex = 0;
    let end = 0;
    for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
      const [whole, number, ident, string, op] = match;
      const text = number ?? ident ?? string ?? op ?? "";
      const type = number ? "number" : ident ? "ident" : string ? "string" : "op";
      end = TOKEN.lastIndex;
      this.tokens.push({ type, text, start: match.index + whole.length - text.length, end });
    }
    if (source.slice(end).trim() !== "") throw new Error("unexpected input");
  }

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  private peek(text?: string): Tok | undefined {
    const token = this.tokens[this.pos];
    return text === undefined || token?.text === text ? token : undefined;
  }

  private take(text?: string): Tok {
    const token = this.tokens[this.pos];
    if (!token || (text !== undefined && token.text !== text)) throw new Error(`expected ${text ?? "a token"}`);
    this.pos++;
    return token;
  }

  private textFrom(start: number): string {
    return this.source.slice(start, this.tokens[this.pos - 1]?.end ?? start).trim();
  }

  expression(): Node {
    const start = this.tokens[this.pos]?.start ?? 0;
    const condition = this.binaryLevel(0);
    if (!this.peek("?")) return condition;
    this.take("?");
    const whenTrue = this.expression();
    this.take(":");
    const whenFalse = this.expression();
    return { kind: "conditional", condition, whenTrue, whenFalse, text: this.textFrom(start) };
  }

  private static readonly LEVELS = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]];

  private binaryLevel(level: number): Node {
    const operators = Parser.LEVELS[level];
    if (!operators) return this.unary();
    const start = this.tokens[this.pos]?.start ?? 0;
    let left = this.binaryLevel(level + 1);
    for (let token = this.peek(); token && token.type === "op" && operators.includes(token.text); token = this.peek()) {
      this.take();
      const right = this.binaryLevel(level + 1);
      left = { kind: "binary", op: token.text, left, right, text: this.textFrom(start) };
    }
    return left;
  }

  private unary(): Node {
    const token = this.peek();
    if (token?.type === "op" && (token.text === "!" || token.text === "-")) {
      this.take();
      const operand = this.unary();
      return { kind: "unary", op: token.text, operand, text: this.textFrom(token.start) };
    }
    return this.postfix();
  }

  private postfix(): Node {
    const start = this.tokens[this.pos]?.start ?? 0;
    let node = this.primary();
    for (;;) {
      if (this.peek(".")) {
        this.take(".");
        const next = this.take();
        if (next.text === "*") node = { kind: "opaque", text: this.textFrom(start) };
        else node = this.extend(node, next.text, start);
      } else if (this.peek("[")) {
        this.take("[");
        if (this.peek("*")) {
          this.take("*");
          this.take("]");
          node = { kind: "opaque", text: this.textFrom(start) };
        } else {
          const index = this.expression();
          this.take("]");
          node = this.extend(node, index, start);
        }
      } else return node;
    }
  }

  private extend(node: Node, step: string | Node, start: number): Node {
    if (node.kind !== "traversal") return { kind: "opaque", text: this.textFrom(start) };
    return { ...node, steps: [...node.steps, step], text: this.textFrom(start) };
  }

  private primary(): Node {
    const token = this.take();
    switch (token.type) {
      case "number":
        return { kind: "literal", value: Number(token.text), text: token.text };
      case "string":
        return parseQuoted(token.text);
      case "ident": {
        if (token.text === "true" || token.text === "false")
          return { kind: "literal", value: token.text === "true", text: token.text };
        if (token.text === "null") return { kind: "literal", value: null, text: token.text };
        if (this.peek("(")) return this.callArguments(token);
        return { kind: "traversal", root: token.text, steps: [], text: token.text };
      }
      default:
        break;
    }
    if (token.text === "(") {
      const inner = this.expression();
      this.take(")");
      return inner;
    }
    if (token.text === "[" || token.text === "{") return this.collection(token);
    throw new Error(`unexpected ${token.text}`);
  }

  private callArguments(name: Tok): Node {
    this.take("(");
    const args: Node[] = [];
    while (!this.peek(")")) {
      args.push(this.expression());
      if (this.peek("...")) this.take("...");
      if (!this.peek(")")) this.take(",");
    }
    this.take(")");
    return { kind: "call", name: name.text, args, text: this.textFrom(name.start) };
  }

  private collection(open: Tok): Node {
    const close = open.text === "[" ? "]" : "}";
    if (this.peek()?.text === "for") return this.skipTo(open, close);
    const items: Node[] = [];
    const entries: [Node, Node][] = [];
    while (!this.peek(close)) {
      const first = this.expression();
      if (open.text === "{") {
        const separator = this.take();
        if (separator.text !== "=" && separator.text !== ":") throw new Error("expected = in object");
        entries.push([first, this.expression()]);
      } else items.push(first);
      if (this.peek(",")) this.take(",");
    }
    this.take(close);
    const text = this.textFrom(open.start);
    return open.text === "[" ? { kind: "tuple", items, text } : { kind: "object", entries, text };
  }

  /** `[for ...]` and `{for ...}`: not evaluated; skipped to the matching bracket. */
  private skipTo(open: Tok, close: string): Node {
    let depth = 1;
    while (depth > 0) {
      const token = this.take();
      if (token.text === open.text) depth++;
      else if (token.text === close) depth--;
    }
    return { kind: "opaque", text: this.textFrom(open.start) };
  }
}

/** A quoted string inside an expression: its escapes decoded, its interpolations parsed. */
function parseQuoted(quoted: string): Node {
  const body = quoted.slice(1, -1);
  let decoded = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\" && i + 1 < body.length) {
      const next = body[++i] as string;
      decoded += next === "n" ? "\n" : next === "t" ? "\t" : next === "r" ? "\r" : next;
    } else decoded += c;
  }
  const node = parseTemplate(decoded);
  return node.kind === "template" && node.parts.every((p) => typeof p === "string")
    ? { kind: "literal", value: node.parts.join(""), text: quoted }
    : node;
}
