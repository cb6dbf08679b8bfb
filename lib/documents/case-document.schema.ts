// The fields sent with a scanned document, shared by the upload form (zodResolver) and the upload
// route's DAL function. The file itself is checked from its bytes (document-kind.ts). Error
// messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { pastDateString } from "@/lib/dates/date-rules";
import { parseIsoDate } from "@/lib/dates/calendar";
import { CaseDocumentType } from "@/lib/generated/prisma/enums";
import { inputString } from "@/lib/text/input-string";
import { DOCUMENT_NOTE_MAX } from "./document-limits";

export const caseDocumentSchema = z
  .object({
    type: z.enum(CaseDocumentType, { error: "required" }),
    /** The date on the document (not before 2000, not in the future); not compared with the birth: "other" may be a relative's paper. */
    documentDate: pastDateString,
    note: inputString({ error: "invalid" }).trim().max(DOCUMENT_NOTE_MAX, { error: "tooLong" }).optional(),
  })
  .transform((input) => ({
    type: input.type,
    documentDate: parseIsoDate(input.documentDate)!,
    note: input.note ? input.note : null,
  }));

export type CaseDocumentInput = z.input<typeof caseDocumentSchema>;
export type CaseDocumentData = z.output<typeof caseDocumentSchema>;
