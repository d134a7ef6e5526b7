import { fileURLToPath } from "node:url";
import { type Command, Option } from "commander";
import { InputError } from "../../errors.js";
import { loadSnapshotFile } from "../../snapshot/load.js";
import type { CliIO } from "../io.js";
import { liveCollectionSettings } from "../live-collection.js";
import { formatOption } from "../options.js";

/** The bundled lesson estate, at the package root in a checkout and in an install alike. */
const LESSON_ESTATE = fileURLToPath(new URL("../../../examples/estates/lesson.json", import.meta.url));

interface DemoOptions {
  format: "table" | "json";
  all?: boolean;
  stats?: "text" | "json";
  quiet?: boolean;
}

export function registerDemo(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("demo")
    .description("scan the bundled lesson estate live, through a local AWS emulator: no AWS account needed")
    .addOption(formatOption(["table", "json"] as const, "table"))
    .option("--all", "also list not-applicable findings in the table")
    .addOption(
      new Option("--stats [format]", "print API calls and throttles by operation on stderr")
        .choices(["text", "json"])
        .preset("text"),
    )
    .option("--quiet", "no progress bars or summary on stderr")
    .action(async (options: DemoOptions) => {
      const snapshot = await loadSnapshotFile(LESSON_ESTATE);
      const management = snapshot.accounts[0];
      const home = management?.regions[0]?.region;
      if (!management || !home) throw new InputError(`${LESSON_ESTATE}: the estate holds no account region`);
      // The emulator and the scan pipeline load the SDK; only this command pays for them.
      const { accessKeyIdFor, startEmulator } = await import("../../emulator/index.js");
      const { runCli } = await import("../program.js");
      const emulator = await startEmulator({ snapshot });
      try {
        // The ordinary live `scan`, with the SDK pointed at the emulator and signing with its management key.
        const settings = {
          endpoint: emulator.url,
          credentials: async () => ({ accessKeyId: accessKeyIdFor(management.accountId), secretAccessKey: "demo" }),
        };
        const scan = [
          "scan",
          ...["--region", home, "--regions", "all", "--org", "--role-name", "mlharden-scanner"],
          // The estate is a fixed picture: keep all its jobs, however old they get.
          ...["--jobs-since-days", "36500", "--format", options.format],
          ...(options.all ? ["--all"] : []),
          ...(options.stats ? [`--stats=${options.stats}`] : []),
          ...(options.quiet ? ["--quiet"] : []),
        ];
        setExit(await liveCollectionSettings.run(settings, () => runCli(scan, io)));
      } finally {
        await emulator.stop();
      }
    });
}
