import { InputError } from "../errors.js";
import { findControl } from "./catalog.js";

/**
 * Parses `CONTROL:NAME=VALUE` overrides into per-control parameter values, validating each through the
 * control's own parser so a bad value is a clear input error, not a silently different verdict.
 */
export function resolveParameters(overrides: readonly string[]): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const override of overrides) {
    const match = /^([^:=]+):([^=]+)=(.*)$/.exec(override);
    if (!match) throw new InputError(`--param ${override}: expected CONTROL:NAME=VALUE`);
    const [, id = "", name = "", raw = ""] = match;
    const control = findControl(id);
    if (!control) throw new InputError(`--param ${override}: unknown control ${id}`);
    const spec = control.parameters[name];
    if (!spec) {
      const known = Object.keys(control.parameters);
      throw new InputError(
        `--param ${override}: ${control.id} has ${known.length ? `parameters ${known.join(", ")}` : "no parameters"}`,
      );
    }
    let value: unknown;
    try {
      value = spec.parse(raw);
    } catch (error) {
      throw new InputError(`--param ${override}: ${(error as Error).message}`);
    }
    result[control.id] = { ...result[control.id], [name]: value };
  }
  return result;
}
