import type { AnyControl } from "./control.js";
import { MLHARDEN_CONTROLS } from "./mlharden.js";
import { SECURITY_HUB_CONTROLS } from "./securityhub.js";

/** Every control mlharden evaluates: the catalog is this list of values, nothing registers itself. */
export const CONTROLS: readonly AnyControl[] = [...SECURITY_HUB_CONTROLS, ...MLHARDEN_CONTROLS];

export function findControl(id: string): AnyControl | undefined {
  const wanted = id.trim().toLowerCase();
  return CONTROLS.find((c) => c.id.toLowerCase() === wanted);
}
