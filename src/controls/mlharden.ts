import type { AnyControl } from "./control.js";

/** mlharden's own checks for what Security Hub lacks (MLH.N), in id order. */
export const MLHARDEN_CONTROLS: readonly AnyControl[] = [];
