import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/emulator/index.js";
import { loadSnapshotFile } from "../src/snapshot/load.js";

/** The AWS CLI to run: Debian's `awscli` package (what CI installs), else the first `aws` on PATH. */
function findAwsCli(): string | undefined {
  const candidates = ["/usr/bin/aws", ...(process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, "aws"))];
  return candidates.find((path) => existsSync(path));
}
const awsCli = findAwsCli();

/** The lesson's own loop, unchanged but for the emulator's endpoint on each call. */
const LESSON_LOOP = `
for nb in $(aws --endpoint-url "$ENDPOINT" sagemaker list-notebook-instances --query 'NotebookInstances[].NotebookInstanceName' --output text); do
  aws --endpoint-url "$ENDPOINT" sagemaker describe-notebook-instance --notebook-instance-name "$nb" \\
    --query '{Name:NotebookInstanceName,Internet:DirectInternetAccess,Subnet:SubnetId,Root:RootAccess}' --output text
done
`;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: await loadSnapshotFile("examples/estates/lesson.json") });
});
afterAll(() => emulator.stop());

describe("the lesson's shell loop with the real AWS CLI against the emulator", () => {
  it.skipIf(!awsCli)(
    "prints the lesson's three notebooks (columns in the CLI's key order: Internet, Name, Root, Subnet)",
    async () => {
      const { stdout, stderr } = await promisify(execFile)("bash", ["-c", LESSON_LOOP], {
        env: {
          PATH: `${dirname(String(awsCli))}${delimiter}${process.env.PATH ?? ""}`,
          HOME: mkdtempSync(join(tmpdir(), "mlharden-aws-cli-")),
          ENDPOINT: emulator.url,
          AWS_ACCESS_KEY_ID: "AKIA1111222233330000",
          AWS_SECRET_ACCESS_KEY: "anything",
          AWS_DEFAULT_REGION: "us-east-1",
          AWS_PAGER: "",
          AWS_CONFIG_FILE: "/dev/null",
          AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
        },
      });
      expect(stderr).toBe("");
      expect(stdout.split("\n")).toEqual([
        "Enabled\tml-feature-exploration\tEnabled\tNone",
        "Enabled\tshared-training-box\tEnabled\tNone",
        "Disabled\tfraud-model-prod\tDisabled\tsubnet-0ab12cd34",
        "",
      ]);
    },
  );
});
