// Case note / follow-up visit schema, shared by the note form (zodResolver) and the server
// action. Error messages are keys under "errors" in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { parseIsoDate } from "@/lib/dates/calendar";
import { optionalPlannedDateString, pastDateString } from "@/lib/dates/date-rules";
import { NoteType } from "@/lib/generated/prisma/enums";

export const NOTE_SUMMARY_MAX = 4000;

export const caseNoteSchema = z
  .object({
    type: z.enum(NoteType, { error: "required" }),
    /** Checked against the child's birth date by the DAL. */
    date: pastDateString,
    summary: inputString({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .max(NOTE_SUMMARY_MAX, { error: "tooLong" }),
    nextVisitDate: optionalPlannedDateString({ horizon: 1 }),
  })
  // Runs even when another field is invalid, so every problem shows at once.
  .superRefine(
    (input, ctx) => {
      const date = typeof input.date === "string" ? parseIsoDate(input.date) : null;
      const next = typeof input.nextVisitDate === "string" ? parseIsoDate(input.nextVisitDate) : null;
      if (date && next && next < date) ctx.addIssue({ code: "custom", path: ["nextVisitDate"], message: "nextVisitBeforeDate" });
    },
    { when: () => true },
  )
  .transform((input) => ({
    type: input.type,
    date: parseIsoDate(input.date)!,
    summary: input.summary,
    nextVisitDate: input.nextVisitDate ? parseIsoDate(input.nextVisitDate) : null,
  }));

export type CaseNoteInput = z.input<typeof caseNoteSchema>;
export type CaseNoteData = z.output<typeof caseNoteSchema>;
