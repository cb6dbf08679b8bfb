import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerChildSchema } from "@/lib/cases/case.schema";
import { casePlanSchema } from "@/lib/case-plans/case-plan.schema";
import { decisionFormSchema } from "@/lib/bid/decision.schema";
import { bidSessionSchema } from "@/lib/bid/bid-session.schema";
import { fieldErrorsByField, fieldErrorsByPath } from "@/lib/field-errors";
import { CASE_FILE_SECTIONS } from "@/lib/cases/case-file.schema";
import {
  addYears,
  arrivalBeforeEstimatedBirth,
  caseDateProblem,
  isoDateProblem,
  pastEventProblem,
  plannedDateProblem,
} from "@/lib/dates/date-rules";
import { fosterVisitSchema } from "@/lib/foster-families/foster-family.schema";
import { caseNoteSchema } from "@/lib/notes/case-note.schema";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const TODAY = d("2026-12-03");

describe("addYears", () => {
  it.each([
    ["2026-12-03", 1, "2027-12-03"],
    ["2028-02-29", 1, "2029-02-28"], // leap day → 28 February in a common year
    ["2028-02-29", 4, "2032-02-29"],
    ["2027-02-28", 1, "2028-02-28"],
    ["2026-12-03", -18, "2008-12-03"],
  ])("%s + %i years = %s", (from, years, expected) => {
    expect(addYears(d(from), years)).toEqual(d(expected));
  });
});

describe("pastEventProblem: a date that records what happened", () => {
  const birth = d("2016-05-10");
  it.each([
    ["the floor itself", "2000-01-01", null, null],
    ["the day before the floor", "1999-12-31", null, "dateTooEarly"],
    ["1900-01-01", "1900-01-01", null, "dateTooEarly"],
    ["1900-01-01 for a child born in 2016", "1900-01-01", birth, "dateTooEarly"],
    ["the day before the birth", "2016-05-09", birth, "dateBeforeBirth"],
    ["the birth day itself", "2016-05-10", birth, null],
    ["today", "2026-12-03", birth, null],
    ["tomorrow", "2026-12-04", birth, "dateInFuture"],
    ["a leap day", "2024-02-29", birth, null],
  ])("%s", (_label, value, birthDate, expected) => {
    expect(pastEventProblem(d(value), { birth: birthDate, today: TODAY })).toBe(expected);
  });
});

describe("plannedDateProblem: a date something is planned for", () => {
  it.each([
    ["today", "2026-12-03", 1, false, null],
    ["tomorrow", "2026-12-04", 1, false, null],
    ["yesterday, when the past is allowed", "2026-12-02", 1, false, null],
    ["yesterday, when it is not", "2026-12-02", 1, true, "dateInPast"],
    ["exactly one year ahead", "2027-12-03", 1, false, null],
    ["one year and one day ahead", "2027-12-04", 1, false, "dateBeyondOneYear"],
    ["2100", "2100-01-01", 1, false, "dateBeyondOneYear"],
    ["exactly two years ahead", "2028-12-03", 2, false, null],
    ["two years and one day ahead", "2028-12-04", 2, false, "dateBeyondTwoYears"],
    ["before the floor", "1999-12-31", 2, false, "dateTooEarly"],
  ] as const)("%s", (_label, value, horizon, notPast, expected) => {
    expect(plannedDateProblem(d(value), { horizon, notPast }, TODAY)).toBe(expected);
  });

  it("counts a year from a leap day to 28 February", () => {
    const leapDay = d("2028-02-29");
    expect(plannedDateProblem(d("2029-02-28"), { horizon: 1 }, leapDay)).toBeNull();
    expect(plannedDateProblem(d("2029-03-01"), { horizon: 1 }, leapDay)).toBe("dateBeyondOneYear");
  });
});

describe("arrivalBeforeEstimatedBirth", () => {
  // A child said to be 10 on 3 December 2026 was born between 4 December 2015 and 3 December 2016.
  it.each([
    ["1900-01-01", true],
    ["2015-12-03", true],
    ["2015-12-04", false],
    ["2016-12-03", false],
    ["2026-12-03", false],
  ])("arrival %s → %s", (arrival, expected) => {
    expect(arrivalBeforeEstimatedBirth(10, d(arrival), TODAY)).toBe(expected);
  });

  it("accepts a baby of 0 who arrived today", () => {
    expect(arrivalBeforeEstimatedBirth(0, TODAY, TODAY)).toBe(false);
  });
});

describe("isoDateProblem", () => {
  it.each([
    ["", "required"],
    [undefined, "required"],
    ["2026-02-30", "invalidDate"],
    ["1900-01-01", "dateTooEarly"],
    ["2026-12-01", null],
  ])("%j → %s", (value, expected) => {
    expect(isoDateProblem(value, (date) => pastEventProblem(date, { today: TODAY }))).toBe(expected);
  });
});

describe("caseDateProblem: a case's own dates", () => {
  const stored = { dateOfBirth: d("2016-05-10"), arrivalDate: d("2026-03-01"), separationDate: d("2025-11-20") };
  it.each([
    ["separation before birth", { separationDate: d("2010-01-01") }, "separationDate", "separationBeforeBirth"],
    ["separation on the birth day", { separationDate: d("2016-05-10") }, "separationDate", null],
    ["separation after arrival", { separationDate: d("2026-03-02") }, "separationDate", "separationAfterArrival"],
    ["separation cleared", { separationDate: null }, "separationDate", null],
    ["birth after separation", { dateOfBirth: d("2025-12-01") }, "dateOfBirth", "birthAfterSeparation"],
    ["birth after arrival", { dateOfBirth: d("2026-03-02") }, "dateOfBirth", "birthAfterArrival"],
    ["18 on arrival", { dateOfBirth: d("2008-03-01") }, "dateOfBirth", "ageOver17AtArrival"],
    ["17 on arrival", { dateOfBirth: d("2008-03-02") }, "dateOfBirth", null],
    ["arrival before birth", { arrivalDate: d("2016-05-09"), separationDate: null }, "arrivalDate", "arrivalBeforeBirth"],
    ["arrival before separation", { arrivalDate: d("2025-11-19") }, "arrivalDate", "arrivalBeforeSeparation"],
    ["arrival at 18", { arrivalDate: d("2034-05-10") }, "arrivalDate", "ageOver17AtArrival"],
  ] as const)("%s", (_label, change, edited, expected) => {
    expect(caseDateProblem({ ...stored, ...change }, edited)).toBe(expected);
  });
});

describe("the schemas apply the rules", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-03T10:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("note: 1900-01-01 is too early, a next visit in 2100 too far", () => {
    const result = caseNoteSchema.safeParse({ type: "NOTE", date: "1900-01-01", summary: "Visite", nextVisitDate: "2100-01-01" });
    expect(result.success).toBe(false);
    expect(fieldErrorsByField(result.error!)).toEqual({ date: "dateTooEarly", nextVisitDate: "dateBeyondOneYear" });
  });

  it("foster visit: a next visit in 2100 is too far, one a year ahead is fine", () => {
    const visit = { date: "2026-12-01", observations: "RAS", version: 1 };
    const far = fosterVisitSchema.safeParse({ ...visit, nextVisitDueAt: "2100-01-01" });
    expect(fieldErrorsByPath(far.error!)).toEqual({ nextVisitDueAt: "dateBeyondOneYear" });
    expect(fosterVisitSchema.safeParse({ ...visit, nextVisitDueAt: "2027-12-03" }).success).toBe(true);
  });

  it("registration: an estimated age with an arrival in 1900 is refused on the arrival date", () => {
    const child = {
      firstName: "Awa",
      lastName: "Diallo",
      sex: "FEMALE",
      dobKnown: "estimated",
      estimatedAge: "10",
      nationality: "ML",
      languages: ["fr"],
      separationType: "UNACCOMPANIED",
      referralSource: "POLICE",
    };
    const old = registerChildSchema.safeParse({ ...child, arrivalDate: "1900-01-01" });
    expect(fieldErrorsByField(old.error!)).toEqual({ arrivalDate: "dateTooEarly" });
    // After the floor but before the age allows: still refused.
    const early = registerChildSchema.safeParse({ ...child, arrivalDate: "2010-01-01" });
    expect(fieldErrorsByField(early.error!)).toEqual({ arrivalDate: "arrivalBeforeEstimatedBirth" });
    const fine = registerChildSchema.parse({ ...child, arrivalDate: "2026-11-30" });
    expect(fine.dateOfBirth.getUTCFullYear()).toBe(2016);
  });

  it("case file: separation and arrival dates before the floor", () => {
    expect(fieldErrorsByPath(CASE_FILE_SECTIONS.separation.safeParse({ separationDate: "1900-01-01" }).error!)).toEqual({ separationDate: "dateTooEarly" });
    expect(fieldErrorsByPath(CASE_FILE_SECTIONS.arrival.safeParse({ arrivalDate: "1999-12-31", referralSource: "POLICE" }).error!)).toEqual({ arrivalDate: "dateTooEarly" });
  });

  it("case plan: a deadline more than a year ahead", () => {
    const goal = { goal: "École", intervention: "Inscription", responsible: "other", responsibleOther: "Mairie" };
    const result = casePlanSchema.safeParse({ goals: [{ ...goal, deadline: "2027-12-04" }, { ...goal, deadline: "2027-12-03" }] });
    expect(fieldErrorsByPath(result.error!)).toEqual({ "goals.0.deadline": "dateBeyondOneYear" });
  });

  it("BID decision: deadline and review date within two years", () => {
    const result = decisionFormSchema.safeParse({ implementationDeadline: "2100-01-01", reviewDate: "2028-12-04" });
    expect(fieldErrorsByPath(result.error!)).toEqual({ implementationDeadline: "dateBeyondTwoYears", reviewDate: "dateBeyondTwoYears" });
    expect(decisionFormSchema.safeParse({ implementationDeadline: "2027-06-01", reviewDate: "2028-12-03" }).success).toBe(true);
  });

  it("BID session: at most a year ahead", () => {
    const session = { venue: "Salle", chairId: "x" };
    expect(fieldErrorsByPath(bidSessionSchema.safeParse({ ...session, scheduledAt: "2100-01-01T10:00" }).error!)).toEqual({ scheduledAt: "dateBeyondOneYear" });
    expect(bidSessionSchema.safeParse({ ...session, scheduledAt: "2027-12-03T10:00" }).success).toBe(true);
  });
});
