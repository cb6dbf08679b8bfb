// The case file, section by section (docs/domain.md, "The case file"). Each section is saved on its own, so
// a long registration is saved as the worker goes; the schemas are shared by the forms and the DAL.
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import {
  ConsentGiver,
  MobilityProfile,
  ProtectionConcern,
  ReferralSource,
  SeparationType,
  Sex,
} from "@/lib/generated/prisma/enums";
import { LANGUAGE_CODES } from "@/lib/reference/languages";
import {
  checkbox,
  checkboxArray,
  countryCode,
  optionalCountryCode,
  optionalText,
  requiredName,
  requiredText,
  triState,
} from "@/lib/validation/fields";
import { optionalPastDate, requiredPastDate } from "@/lib/dates/date-rules";
import { uuidField } from "@/lib/validation/uuid";

const choice = <T extends Record<string, string>>(values: T) => z.enum(values, { error: "required" });
const optionalChoice = <T extends Record<string, string>>(values: T) =>
  z
    .union([z.enum(values, { error: "invalid" }), z.literal("")], { error: "invalid" })
    .optional()
    .transform((value) => (value ? value : null));

export const identitySection = z.object({
  firstName: requiredName,
  lastName: requiredName,
  otherNames: optionalText(200),
  sex: choice(Sex),
  dateOfBirth: requiredPastDate,
  dateOfBirthEstimated: checkbox,
  nationality: countryCode,
  countryOfBirth: optionalCountryCode,
  placeOfBirth: optionalText(200),
  languages: z
    .preprocess((value) => (value === false || value == null ? [] : value), z.array(z.enum(LANGUAGE_CODES, { error: "invalid" }), { error: "languagesRequired" }))
    .refine((codes) => codes.length > 0, { error: "languagesRequired" })
    .transform((codes) => [...new Set(codes)]),
  preferredLanguage: optionalChoice(Object.fromEntries(LANGUAGE_CODES.map((c) => [c, c])) as Record<string, string>),
  religion: optionalText(100),
  documentsHeld: optionalText(500),
});

export const protectionSection = z.object({
  separationType: choice(SeparationType),
  mobilityProfile: optionalChoice(MobilityProfile),
  protectionConcerns: checkboxArray(z.enum(ProtectionConcern, { error: "invalid" })).transform((values) => [...new Set(values)]),
  disabilityDetails: optionalText(1000),
});

export const separationSection = z.object({
  separationDate: optionalPastDate,
  separationPlace: optionalText(200),
  separationCause: optionalText(500),
  journeySummary: optionalText(4000),
});

const PHONE = /^\+?[0-9 ()-]{6,20}$/;

export const familyMember = z.object({
  id: uuidField().optional().or(z.literal("").transform(() => undefined)),
  relationship: requiredText(100),
  name: requiredText(200),
  alive: triState,
  lastKnownLocation: optionalText(300),
  phone: inputString({ error: "invalid" })
    .trim()
    .optional()
    .refine((value) => !value || PHONE.test(value), { error: "phoneFormat" })
    .transform((value) => (value ? value : null)),
  inContact: checkbox,
  willingToCare: triState,
});

export const familySection = z.object({
  members: z.array(familyMember, { error: "invalid" }).max(30, { error: "tooMany" }).default([]),
});

export const consentSection = z
  .object({
    consentGivenBy: optionalChoice(ConsentGiver),
    consentGivenByName: optionalText(200),
    consentCaseManagement: checkbox,
    consentTracing: checkbox,
    consentReporting: checkbox,
    shareWith: checkboxArray(uuidField()),
    informationToWithhold: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    const anyConsent =
      value.consentCaseManagement || value.consentTracing || value.consentReporting || value.shareWith.length > 0;
    if (anyConsent && !value.consentGivenBy) {
      ctx.addIssue({ code: "custom", path: ["consentGivenBy"], message: "consentGiverRequired" });
    }
    if (value.consentGivenBy && value.consentGivenBy !== "CHILD" && !value.consentGivenByName) {
      ctx.addIssue({ code: "custom", path: ["consentGivenByName"], message: "required" });
    }
  });

export const arrivalSection = z.object({
  arrivalDate: requiredPastDate,
  referralSource: choice(ReferralSource),
});

export const CASE_FILE_SECTIONS = {
  identity: identitySection,
  protection: protectionSection,
  separation: separationSection,
  family: familySection,
  consent: consentSection,
  arrival: arrivalSection,
} as const;

export type CaseFileSection = keyof typeof CASE_FILE_SECTIONS;
export type SectionInput<S extends CaseFileSection> = z.input<(typeof CASE_FILE_SECTIONS)[S]>;
export type SectionData<S extends CaseFileSection> = z.output<(typeof CASE_FILE_SECTIONS)[S]>;

export function isCaseFileSection(value: unknown): value is CaseFileSection {
  return typeof value === "string" && Object.hasOwn(CASE_FILE_SECTIONS, value);
}
