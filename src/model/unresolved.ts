/**
 * A property value that a source could not resolve to a literal: an IaC parameter without a default, another
 * resource's attribute, an unknown-after-apply plan value. Live snapshots never contain one.
 *
 * `reference` values point at another resource (a KMS key, a subnet): they count as *set* for checks that only need
 * a value to be present. Any other unresolved value makes a check that depends on it NOT_ASSESSED, never PASSED.
 */
export class Unresolved {
  constructor(
    readonly expression: string,
    readonly kind: "reference" | "unknown" = "unknown",
  ) {}

  toJSON(): string {
    return `<unresolved: ${this.expression}>`;
  }

  /** Reasons interpolate decisive values; an unresolved one reads as its expression, not `[object Object]`. */
  toString(): string {
    return this.toJSON();
  }
}

/** Thrown by the accessors below; the evaluator turns it into a NOT_ASSESSED finding naming the expression. */
export class UnresolvedValueError extends Error {
  constructor(
    readonly field: string,
    readonly value: Unresolved,
  ) {
    super(`${field} is set from ${value.expression}, which cannot be resolved`);
  }
}

export function isUnresolved(value: unknown): value is Unresolved {
  return value instanceof Unresolved;
}

/** The literal value of a field whose value decides the verdict; throws when it is unresolved. */
export function known<T>(field: string, value: T | Unresolved): T {
  if (value instanceof Unresolved) throw new UnresolvedValueError(field, value);
  return value;
}

/**
 * Whether a field has a non-empty value, for checks that need only presence (a KMS key id, a subnet id).
 * A reference to another resource counts as present; any other unresolved value throws.
 */
export function present(field: string, value: unknown): boolean {
  if (value instanceof Unresolved) {
    if (value.kind === "reference") return true;
    throw new UnresolvedValueError(field, value);
  }
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
