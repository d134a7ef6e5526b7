import * as z from "zod";
import { snapshotSchema } from "./schema.js";

/** The snapshot contract as JSON Schema (draft 2020-12), for editors and other tools; shipped in schema/. */
export function snapshotJsonSchema(): Record<string, unknown> {
  return {
    $id: "urn:mlharden:snapshot:1",
    title: "mlharden snapshot (mlharden/snapshot@1)",
    ...z.toJSONSchema(snapshotSchema, { io: "input", unrepresentable: "any" }),
  };
}
