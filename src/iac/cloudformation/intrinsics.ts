import { Unresolved } from "../../model/unresolved.js";
import { isPlainObject } from "../field-types.js";
import { brief, type Chooser, concatParts, NO_VALUE } from "../resolution.js";

interface Parameter {
  Type?: unknown;
  Default?: unknown;
}

/** What the resolver knows about the template: its parameters, conditions, mappings and resources. */
export interface TemplateContext {
  parameters: Record<string, Parameter>;
  conditions: Record<string, unknown>;
  mappings: Record<string, unknown>;
  /** Logical id → resource type, for every resource in the template. */
  resourceTypes: Record<string, string>;
  /** Logical id → the name attribute and the name the scan gives that SageMaker resource (see `GetAtt`). */
  names: Record<string, { attribute: string; name: string }>;
  /** Pseudo parameter → the value the deploy target gives it (`mlharden iac --account`); absent ones are unresolved. */
  pseudoParameters: Record<string, string>;
}

const PSEUDO_PARAMETERS = new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix",
]);

/**
 * Resolves CloudFormation intrinsic functions in long form (the parser has turned short-form tags into it) as far
 * as the template allows: parameter defaults, mappings, `!Sub`/`!Join`/`!Select`/`!Split` of literals, and `!If`
 * through `choose`. Anything else becomes an `Unresolved`: a reference to another resource (`!Ref Key`,
 * `!GetAtt Key.Arn`) of kind "reference", which counts as set; everything else of kind "unknown".
 */
export class IntrinsicResolver {
  constructor(
    private readonly context: TemplateContext,
    private readonly choose: Chooser,
  ) {}

  resolve(value: unknown): unknown {
    // A dynamic reference (`{{resolve:ssm:/kms/key}}`) is filled in at deploy time from an existing parameter.
    if (typeof value === "string" && value.includes("{{resolve:")) return new Unresolved(value, "reference");
    if (Array.isArray(value)) return value.map((v) => this.resolve(v)).filter((v) => v !== NO_VALUE);
    if (!isPlainObject(value)) return value;
    const fn = intrinsicOf(value);
    if (fn) return this.call(fn, value[fn]);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      const resolved = this.resolve(field);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  }

  private call(fn: string, args: unknown): unknown {
    switch (fn) {
      case "Ref":
        return this.ref(args);
      case "Fn::GetAtt":
        return this.getAtt(args);
      case "Fn::If":
        return this.if(args);
      case "Fn::Sub":
        return this.sub(args);
      case "Fn::Join":
        return this.join(args);
      case "Fn::Select":
        return this.select(args);
      case "Fn::Split":
        return this.split(args);
      case "Fn::FindInMap":
        return this.findInMap(args);
      case "Fn::Base64": {
        const text = this.resolve(args);
        return typeof text === "string" ? Buffer.from(text).toString("base64") : unknown(fn, args);
      }
      case "Fn::ToJsonString": {
        const json = this.resolve(args);
        return containsUnresolved(json) ? unknown(fn, args) : JSON.stringify(json);
      }
      case "Fn::Length": {
        const list = this.resolve(args);
        return Array.isArray(list) && !containsUnresolved(list) ? list.length : unknown(fn, args);
      }
      default:
        // Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform, conditions used as values: known only at deploy time.
        return unknown(fn, args);
    }
  }

  private ref(name: unknown): unknown {
    if (typeof name !== "string") return unknown("Ref", name);
    if (name === "AWS::NoValue") return NO_VALUE;
    const expression = `!Ref ${name}`;
    if (PSEUDO_PARAMETERS.has(name)) return this.context.pseudoParameters[name] ?? new Unresolved(expression);
    const parameter = this.context.parameters[name];
    if (parameter) return this.resolve(parameterValue(parameter, expression));
    if (name in this.context.resourceTypes) return new Unresolved(expression, "reference");
    return new Unresolved(expression);
  }

  /** A SageMaker resource's name attribute resolves to the name the scan gives it, so schedules find definitions. */
  private getAtt(args: unknown): unknown {
    const parts = Array.isArray(args) ? args.map((a) => this.resolve(a)) : [args];
    const [logicalId, attribute] = parts;
    const expression = `!GetAtt ${parts.map((p) => (typeof p === "string" ? p : "?")).join(".")}`;
    if (typeof logicalId !== "string" || !(logicalId in this.context.resourceTypes)) {
      return new Unresolved(expression);
    }
    const named = this.context.names[logicalId];
    if (named && attribute === named.attribute) return named.name;
    return new Unresolved(expression, "reference");
  }

  private if(args: unknown): unknown {
    if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== "string") return unknown("Fn::If", args);
    const [condition, whenTrue, whenFalse] = args;
    const branch = this.condition(condition) ?? this.choose(condition);
    if (branch === undefined) return new Unresolved(`!If [${condition}, ...]: too many undecided conditions`);
    return this.resolve(branch ? whenTrue : whenFalse);
  }

  /**
   * A condition's value when it depends on literals only. One that reads a parameter or a pseudo parameter is
   * undecided (`undefined`) even if the parameter has a default: each deployment may pass another value, so both
   * branches of an `!If` on it are checked.
   */
  condition(name: string, seen: ReadonlySet<string> = new Set()): boolean | undefined {
    if (seen.has(name)) return undefined;
    return this.conditionValue(this.context.conditions[name], new Set([...seen, name]));
  }

  private conditionValue(expression: unknown, seen: ReadonlySet<string>): boolean | undefined {
    if (typeof expression === "boolean") return expression;
    if (!isPlainObject(expression)) return undefined;
    const [fn, args] = Object.entries(expression)[0] ?? [];
    const list = Array.isArray(args) ? args : [];
    switch (fn) {
      case "Condition":
        return typeof args === "string" ? this.condition(args, seen) : undefined;
      case "Fn::Not": {
        const value = this.conditionValue(list[0], seen);
        return value === undefined ? undefined : !value;
      }
      case "Fn::And": {
        const values = list.map((c) => this.conditionValue(c, seen));
        if (values.includes(false)) return false;
        return values.includes(undefined) ? undefined : true;
      }
      case "Fn::Or": {
        const values = list.map((c) => this.conditionValue(c, seen));
        if (values.includes(true)) return true;
        return values.includes(undefined) ? undefined : false;
      }
      case "Fn::Equals": {
        const [a, b] = list.map((v) => this.literalOnly(v));
        if (a === undefined || b === undefined) return undefined;
        return String(a) === String(b);
      }
      default:
        return undefined;
    }
  }

  /** A value computed without parameters or pseudo parameters, or `undefined`. */
  private literalOnly(value: unknown): unknown {
    if (containsRef(value)) return undefined;
    const resolved = this.resolve(value);
    return containsUnresolved(resolved) ? undefined : resolved;
  }

  private sub(args: unknown): unknown {
    const [template, variables] = Array.isArray(args) ? args : [args, {}];
    if (typeof template !== "string") return unknown("Fn::Sub", args);
    const locals = isPlainObject(variables) ? variables : {};
    const parts: unknown[] = [];
    let last = 0;
    for (const match of template.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(template.slice(last, match.index));
      last = match.index + match[0].length;
      const name = match[1] ?? "";
      if (name.startsWith("!")) parts.push(`\${${name.slice(1)}}`);
      else if (name in locals) parts.push(this.resolve(locals[name]));
      else if (name.includes(".")) {
        const dot = name.indexOf(".");
        parts.push(this.getAtt([name.slice(0, dot), name.slice(dot + 1)]));
      } else parts.push(this.ref(name));
    }
    parts.push(template.slice(last));
    return concatParts(parts, `!Sub ${JSON.stringify(template)}`);
  }

  private join(args: unknown): unknown {
    if (!Array.isArray(args) || args.length !== 2) return unknown("Fn::Join", args);
    const delimiter = this.resolve(args[0]);
    const list = this.resolve(args[1]);
    const expression = `!Join ${brief(JSON.stringify(args))}`;
    if (typeof delimiter !== "string" || !Array.isArray(list)) {
      return list instanceof Unresolved ? new Unresolved(expression, list.kind) : new Unresolved(expression);
    }
    return concatParts(
      list.flatMap((item, i) => (i === 0 ? [item] : [delimiter, item])),
      expression,
    );
  }

  private select(args: unknown): unknown {
    if (!Array.isArray(args) || args.length !== 2) return unknown("Fn::Select", args);
    const index = Number(this.resolve(args[0]));
    const list = this.resolve(args[1]);
    if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) {
      return unknown("Fn::Select", args);
    }
    return list[index];
  }

  private split(args: unknown): unknown {
    if (!Array.isArray(args) || args.length !== 2) return unknown("Fn::Split", args);
    const delimiter = this.resolve(args[0]);
    const text = this.resolve(args[1]);
    return typeof delimiter === "string" && typeof text === "string"
      ? text.split(delimiter)
      : unknown("Fn::Split", args);
  }

  private findInMap(args: unknown): unknown {
    if (!Array.isArray(args) || args.length < 3) return unknown("Fn::FindInMap", args);
    const [map, top, second] = args.slice(0, 3).map((a) => this.resolve(a));
    const table = typeof map === "string" ? this.context.mappings[map] : undefined;
    const row = isPlainObject(table) && typeof top === "string" ? table[top] : undefined;
    const cell = isPlainObject(row) && typeof second === "string" ? row[second] : undefined;
    if (cell !== undefined) return this.resolve(cell);
    // The optional fourth argument is `{DefaultValue: ...}` (AWS::LanguageExtensions).
    const fallback = args[3];
    if (isPlainObject(fallback) && "DefaultValue" in fallback) return this.resolve(fallback.DefaultValue);
    return unknown("Fn::FindInMap", args);
  }
}

/**
 * A parameter's value: its default, except where the default is not the value. Parameters of AWS-specific types
 * (`AWS::EC2::Subnet::Id`, `List<AWS::EC2::SecurityGroup::Id>`) must name an existing resource, so without a
 * default they are a reference; SSM parameter types hold the SSM parameter's name, not its value.
 */
function parameterValue(parameter: Parameter, expression: string): unknown {
  const type = typeof parameter.Type === "string" ? parameter.Type : "String";
  if (type.startsWith("AWS::SSM::Parameter::")) return new Unresolved(`${expression} (SSM parameter)`);
  if (parameter.Default === undefined || parameter.Default === null) {
    return new Unresolved(expression, /^(List<)?AWS::/.test(type) ? "reference" : "unknown");
  }
  const value = parameter.Default;
  if ((type.startsWith("List<") || type === "CommaDelimitedList") && typeof value === "string") {
    return value.split(",").map((item) => item.trim());
  }
  return value;
}

/** The intrinsic function an object is, if it is one: a single key `Ref` or `Fn::*`. */
function intrinsicOf(value: Record<string, unknown>): string | undefined {
  const keys = Object.keys(value);
  const [key] = keys;
  return keys.length === 1 && key !== undefined && (key === "Ref" || key.startsWith("Fn::")) ? key : undefined;
}

function unknown(fn: string, args: unknown): Unresolved {
  return new Unresolved(render(fn, args));
}

/** Short-form rendering of an intrinsic for messages: `!ImportValue shared-kms-key`. */
function render(fn: string, args: unknown): string {
  const name = fn === "Ref" ? "Ref" : fn.replace(/^Fn::/, "");
  return brief(`!${name} ${typeof args === "string" ? args : JSON.stringify(args)}`);
}

function containsUnresolved(value: unknown): boolean {
  if (value instanceof Unresolved) return true;
  if (Array.isArray(value)) return value.some(containsUnresolved);
  if (isPlainObject(value)) return Object.values(value).some(containsUnresolved);
  return false;
}

function containsRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsRef);
  if (!isPlainObject(value)) return false;
  if ("Ref" in value || "Fn::GetAtt" in value || "Fn::ImportValue" in value) return true;
  if (typeof value["Fn::Sub"] === "string" || Array.isArray(value["Fn::Sub"])) return true;
  return Object.values(value).some(containsRef);
}
