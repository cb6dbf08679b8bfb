// Schemas of the coordinator's session forms (schedule/edit, agenda, cancel/postpone), shared by
// the forms and the DAL. Messages are keys under "errors". Times are "YYYY-MM-DDTHH:MM" from
// <input type="datetime-local">, read as UTC (Africa/Nouakchott = UTC all year).
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { todayUtc } from "@/lib/dates/calendar";
import { plannedDateProblem } from "@/lib/dates/date-rules";
import { PanelRole } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/validation/fields";

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function parseLocalDateTime(value: string): Date | null {
  if (!DATETIME.test(value)) return null;
  const date = new Date(`${value}:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 16) !== value ? null : date;
}

export function toLocalDateTime(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** Message key for a session time: a real date and time, at most a year ahead (docs/date-rules.md). */
function sessionTimeProblem(value: string): string | null {
  const at = parseLocalDateTime(value);
  return at ? plannedDateProblem(todayUtc(at), { horizon: 1 }) : "invalidDate";
}

const dateTime = inputString({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .superRefine((value, ctx) => {
    const problem = value ? sessionTimeProblem(value) : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

export const bidSessionSchema = z
  .object({
    scheduledAt: dateTime,
    venue: inputString().trim().max(300, { error: "tooLong" }).optional().default(""),
    remoteLink: inputString().trim().max(500, { error: "tooLong" }).optional().default(""),
    chairId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
    /** Every active roster member with the role they are invited with, or "" (not invited). */
    members: z
      .array(z.object({ panelMemberId: inputString(), role: z.union([z.enum(PanelRole), z.literal("")]) }))
      .optional()
      .default([]),
    notes: inputString().trim().max(2000, { error: "tooLong" }).optional().default(""),
    /** The session version read (editing); absent when scheduling a new one. */
    version: version.optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.venue && !value.remoteLink) ctx.addIssue({ code: "custom", path: ["venue"], message: "bid.placeRequired" });
    const others = value.members.filter((m) => m.role !== "" && m.panelMemberId !== value.chairId);
    if (others.some((m) => m.role === "CHAIR")) ctx.addIssue({ code: "custom", path: ["members"], message: "bid.oneChair" });
  });
export type BidSessionInput = z.input<typeof bidSessionSchema>;
export type BidSessionData = z.output<typeof bidSessionSchema>;

export const addAgendaItemSchema = z.object({
  referralId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  presenterId: inputString().trim().optional().default(""),
  version,
});

export const agendaItemSchema = z.object({
  agendaItemId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
  version,
});

export const setPresenterSchema = agendaItemSchema.extend({
  presenterId: inputString({ error: "required" }).trim().min(1, { error: "required" }),
});

export const moveAgendaItemSchema = agendaItemSchema.extend({ direction: z.enum(["up", "down"], { error: "invalid" }) });

export const sessionVersionSchema = z.object({ version });

export const callOffSessionSchema = z.object({
  mode: z.enum(["cancel", "postpone"], { error: "required" }),
  reason: requiredText(2000),
  /** Postponing only: the new date; a new draft session (same chair, members, place) is prepared. */
  newDate: inputString()
    .trim()
    .optional()
    .default("")
    .superRefine((value, ctx) => {
      const problem = value ? sessionTimeProblem(value) : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  version,
});
export type CallOffSessionInput = z.input<typeof callOffSessionSchema>;
