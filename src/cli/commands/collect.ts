import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { InputError } from "../../errors.js";
import { type CollectCliOptions, withCollectOptions } from "../collect-options.js";
import type { CliIO } from "../io.js";
import { collectLive } from "../live-collection.js";

interface CollectCommandOptions extends CollectCliOptions {
  out: string;
}

export function registerCollect(program: Command, io: CliIO): void {
  withCollectOptions(
    program
      .command("collect")
      .description(
        "read SageMaker resources and their context live from AWS into a snapshot file (see docs/collect.md)",
      )
      .requiredOption("--out <file>", "where to write the snapshot (mlharden/snapshot@1); - for stdout"),
  ).action(async (options: CollectCommandOptions) => {
    const snapshot = await collectLive(options, io);
    const text = `${JSON.stringify(snapshot, null, 2)}\n`;
    if (options.out === "-") {
      io.stdout.write(text);
      return;
    }
    try {
      await writeFile(options.out, text);
    } catch (error) {
      throw new InputError(`--out ${options.out}: cannot write: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  });
}
