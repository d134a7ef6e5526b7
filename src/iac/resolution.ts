import { Unresolved } from "../model/unresolved.js";

/**
 * Answers which branch of an undecided condition to take (CloudFormation `!If`, Terraform `cond ? a : b`).
 * `undefined` means "too many undecided conditions": the caller then leaves the value unresolved.
 */
export type Chooser = (key: string) => boolean | undefined;

export interface Variant<T> {
  value: T;
  /** The branch taken for each undecided condition, in the order they were met. */
  choices: { key: string; branch: boolean }[];
}

/** At most this many undecided conditions per resource are expanded (2^4 = 16 variants); later ones stay unknown. */
export const MAX_UNDECIDED = 4;

/**
 * Runs `build` once per combination of branches of the undecided conditions it meets, so a value set by a
 * condition the template cannot decide is checked in both branches and the worse one decides the verdict.
 * Conditions inside a branch not taken are never expanded.
 */
export function enumerateVariants<T>(build: (choose: Chooser) => T): Variant<T>[] {
  const variants: Variant<T>[] = [];
  const explore = (fixed: Map<string, boolean>) => {
    const met: string[] = [];
    const value = build((key) => {
      const branch = fixed.get(key);
      if (branch !== undefined) return branch;
      if (fixed.size + met.length >= MAX_UNDECIDED && !met.includes(key)) return undefined;
      if (!met.includes(key)) met.push(key);
      return true;
    });
    const [first] = met;
    if (first === undefined) {
      variants.push({ value, choices: [...fixed].map(([key, branch]) => ({ key, branch })) });
      return;
    }
    explore(new Map([...fixed, [first, true]]));
    explore(new Map([...fixed, [first, false]]));
  };
  explore(new Map());
  return variants;
}

/** CloudFormation's `AWS::NoValue`: the property is removed, as if the template had omitted it. */
export const NO_VALUE: unique symbol = Symbol("AWS::NoValue");

/**
 * A string built from literal text and values that may be unresolved (`Fn::Sub`, `Fn::Join`, a Terraform template).
 * When a part is unresolved, so is the whole; it still counts as *set* (a reference) when it certainly is a
 * non-empty value: some literal text is non-empty, or every unknown part is itself a reference.
 */
export function concatParts(parts: readonly unknown[], expression: string): string | Unresolved {
  const unresolved = parts.filter((p): p is Unresolved => p instanceof Unresolved);
  if (unresolved.length === 0) {
    if (parts.every(isScalar)) return parts.map((p) => String(p)).join("");
    return new Unresolved(expression);
  }
  const literalText = parts.some((p) => isScalar(p) && String(p) !== "");
  const allReferences = unresolved.every((p) => p.kind === "reference");
  return new Unresolved(expression, literalText || allReferences ? "reference" : "unknown");
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** Shortens an expression for messages: one line, at most 120 characters. */
export function brief(expression: string): string {
  const line = expression.replace(/\s+/g, " ").trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
