// Reassignment schema, shared by the reassign form and the server action. Messages are keys
// under "errors" in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { versionField } from "@/lib/validation/fields";

export const reassignCaseSchema = z.object({
  workerId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  /** The case version the supervisor read: a stale one is a conflict, never an overwrite. */
  version: versionField,
});

export type ReassignCaseInput = z.input<typeof reassignCaseSchema>;
export type ReassignCaseData = z.output<typeof reassignCaseSchema>;
