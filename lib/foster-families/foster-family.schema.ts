// Foster family schemas, shared by the forms (zodResolver) and the server actions. Error messages
// are keys under "errors" in messages/*.json.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import { parseIsoDate } from "@/lib/dates/calendar";
import { checkbox, optionalText, requiredText, versionField } from "@/lib/validation/fields";
import { optionalPlannedDateString, pastDateString } from "@/lib/dates/date-rules";
import { ChildWellbeing, FosterVettingStatus, SchoolAttendance } from "@/lib/generated/prisma/enums";
import { LANGUAGE_CODES } from "@/lib/reference/languages";

import { MAX_FAMILY_CAPACITY } from "./foster-family.constants";

export { MAX_FAMILY_CAPACITY } from "./foster-family.constants";

const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** A whole number of children, from a number input ("" is "required", not 0). */
const capacity = z.union([inputString(), z.number()], { error: "required" }).transform((value, ctx) => {
  const text = String(value).trim();
  const number = Number(text);
  const problem = !text ? "required" : !Number.isInteger(number) ? "wholeNumber" : number < 1 ? "atLeastOne" : number > MAX_FAMILY_CAPACITY ? "tooLarge" : null;
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return number;
});

const familyFields = {
  householdName: requiredText(120),
  location: requiredText(120),
  address: optionalText(300),
  languages: z
    .array(z.enum(LANGUAGE_CODES, { error: "invalid" }), { error: "languagesRequired" })
    .min(1, { error: "languagesRequired" })
    .max(LANGUAGE_CODES.length, { error: "tooMany" })
    .transform((codes) => [...new Set(codes)]),
  capacity,
  contactName: requiredText(120),
  contactPhone: inputString({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .refine((value) => value === "" || PHONE.test(value), { error: "phoneFormat" }),
  notes: optionalText(2000),
};

/** Registering a household (always starts as APPLIED). */
export const fosterFamilySchema = z.object(familyFields);
/** Editing a household's details: the version the form was read at. */
export const fosterFamilyEditSchema = z.object({ ...familyFields, version: versionField });

export type FosterFamilyInput = z.input<typeof fosterFamilySchema>;
export type FosterFamilyData = z.output<typeof fosterFamilySchema>;
export type FosterFamilyEditInput = z.input<typeof fosterFamilyEditSchema>;

/** A vetting status change; the reason is required for some moves (vetting.ts says which). */
export const vettingChangeSchema = z.object({
  to: z.enum(FosterVettingStatus, { error: "required" }),
  reason: optionalText(2000),
  version: versionField,
});
export type VettingChangeInput = z.input<typeof vettingChangeSchema>;

export const MAX_CHILD_VIEWS = 2000;

/**
 * What the visit found for one child placed in the family. "Seen" is a yes/no the worker must
 * answer (no default); wellbeing is required and being seen alone and the child's views are kept
 * only when the child was seen (the database checks the same).
 */
export const visitChildSchema = z
  .object({
    placementId: z.uuid({ error: "invalid" }),
    seen: z.enum(["yes", "no"], { error: "required" }),
    seenAlone: checkbox,
    wellbeing: z.enum(ChildWellbeing, { error: "required" }).or(z.literal("")).optional(),
    schoolAttendance: z.enum(SchoolAttendance, { error: "required" }),
    childViews: optionalText(MAX_CHILD_VIEWS),
  })
  .superRefine(
    (input, ctx) => {
      if (input.seen === "yes" && !input.wellbeing) ctx.addIssue({ code: "custom", path: ["wellbeing"], message: "required" });
    },
    { when: () => true },
  )
  .transform((input) => {
    const seen = input.seen === "yes";
    return {
      placementId: input.placementId,
      seen,
      seenAlone: seen && input.seenAlone,
      wellbeing: seen && input.wellbeing ? input.wellbeing : null,
      schoolAttendance: input.schoolAttendance,
      childViews: seen ? input.childViews : null,
    };
  });
export type VisitChildInput = z.input<typeof visitChildSchema>;
export type VisitChildData = z.output<typeof visitChildSchema>;

/**
 * A monitoring visit, with one entry per child placed in the family on the visit's date (the DAL
 * checks the set against the placements). Ticking "suspend" requires the concern that justifies it.
 */
export const fosterVisitSchema = z
  .object({
    date: pastDateString,
    visitors: optionalText(300),
    observations: requiredText(4000),
    concerns: optionalText(4000),
    suspend: checkbox,
    nextVisitDueAt: optionalPlannedDateString({ horizon: 1 }),
    children: z.array(visitChildSchema, { error: "invalid" }).max(MAX_FAMILY_CAPACITY, { error: "tooMany" }).default([]),
    version: versionField,
  })
  .superRefine(
    (input, ctx) => {
      const date = typeof input.date === "string" ? parseIsoDate(input.date) : null;
      const next = typeof input.nextVisitDueAt === "string" ? parseIsoDate(input.nextVisitDueAt) : null;
      if (date && next && next < date) ctx.addIssue({ code: "custom", path: ["nextVisitDueAt"], message: "nextVisitBeforeDate" });
      const concerns = typeof input.concerns === "string" ? input.concerns.trim() : "";
      if (input.suspend && !concerns) ctx.addIssue({ code: "custom", path: ["concerns"], message: "required" });
      const ids = Array.isArray(input.children) ? input.children.map((child) => child?.placementId) : [];
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["children"], message: "invalid" });
    },
    { when: () => true },
  )
  .transform((input) => ({
    ...input,
    date: parseIsoDate(input.date)!,
    nextVisitDueAt: input.nextVisitDueAt ? parseIsoDate(input.nextVisitDueAt) : null,
  }));
export type FosterVisitInput = z.input<typeof fosterVisitSchema>;
export type FosterVisitData = z.output<typeof fosterVisitSchema>;

/** The list's filters, from the URL. */
export const fosterListFiltersSchema = z.object({
  status: z.enum(FosterVettingStatus).optional().catch(undefined),
  q: inputString().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type FosterListFilters = z.output<typeof fosterListFiltersSchema>;

