/**
 * Bad input from the user (a malformed snapshot, exceptions file, template, plan or option).
 * The CLI prints `message` on one line and exits 2; nothing else is lost.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** Exit codes every command shares, so CI can gate on them. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
