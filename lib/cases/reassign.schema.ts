// Reassignment schemas, shared by the reassign forms and the server actions. Messages are keys
// under "errors" in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { uuidField } from "@/lib/validation/uuid";
import { requiredText, versionField } from "@/lib/validation/fields";
import { MAX_BULK_REASSIGN } from "./reassign.constants";

export { MAX_BULK_REASSIGN } from "./reassign.constants";

const workerId = inputString({ error: "required" }).trim().min(1, { error: "required" });
/** Why the case changes hands: kept on the case timeline and in the audit trail. */
const reason = requiredText(500);

export const reassignCaseSchema = z.object({
  workerId,
  reason,
  /** The case version the supervisor read: a stale one is a conflict, never an overwrite. */
  version: versionField,
});

export type ReassignCaseInput = z.input<typeof reassignCaseSchema>;
export type ReassignCaseData = z.output<typeof reassignCaseSchema>;

export const reassignCasesSchema = z.object({
  workerId,
  reason,
  /** Each selected case with the version the list showed. */
  cases: z
    .array(z.object({ id: uuidField(), version: versionField }), { error: "atLeastOne" })
    .min(1, { error: "atLeastOne" })
    .max(MAX_BULK_REASSIGN, { error: "tooMany" })
    .refine((cases) => new Set(cases.map((c) => c.id)).size === cases.length, { error: "invalid" }),
});

export type ReassignCasesInput = z.input<typeof reassignCasesSchema>;
export type ReassignCasesData = z.output<typeof reassignCasesSchema>;
