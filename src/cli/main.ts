#!/usr/bin/env node
// The AWS SDK warns on Node 20 about its future Node 22 requirement; mlharden pins a Node-20-compatible SDK.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const { runCli } = await import("./program.js");
const { processIO } = await import("./io.js");
process.exitCode = await runCli(process.argv.slice(2), processIO);
