// Writes schema/snapshot.schema.json from the zod schema; a test fails when it is out of date.
import { writeFileSync } from "node:fs";
import { snapshotJsonSchema } from "../src/snapshot/json-schema.js";

writeFileSync("schema/snapshot.schema.json", `${JSON.stringify(snapshotJsonSchema(), null, 2)}\n`);
console.log("wrote schema/snapshot.schema.json");
