import { Command, CommanderError } from "commander";
import { EXIT, InputError } from "../errors.js";
import { registerCollect } from "./commands/collect.js";
import { registerControls } from "./commands/controls.js";
import { registerDemo } from "./commands/demo.js";
import { registerEmulator } from "./commands/emulator.js";
import { registerExplain } from "./commands/explain.js";
import { registerIac } from "./commands/iac.js";
import { registerInventory } from "./commands/inventory.js";
import { registerScan } from "./commands/scan.js";
import type { CliIO } from "./io.js";
import { VERSION } from "./version.js";

/** Runs the CLI in-process and returns its exit code; `main.ts` is the thin process wrapper. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("mlharden")
    .description("Inventory, evaluate and harden Amazon SageMaker workloads against every Security Hub control")
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError("(run mlharden --help for usage)");
  const setExit = (code: number) => {
    exitCode = code;
  };

  registerScan(program, io, setExit);
  registerCollect(program, io);
  registerDemo(program, io, setExit);
  registerControls(program, io);
  registerExplain(program, io);
  registerIac(program, io, setExit);
  registerInventory(program, io);
  registerEmulator(program, io);

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (error instanceof InputError) {
      io.stderr.write(`mlharden: ${oneLine(error.message)}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(`mlharden: internal error: ${oneLine((error as Error).stack ?? String(error))}\n`);
    return 3;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
