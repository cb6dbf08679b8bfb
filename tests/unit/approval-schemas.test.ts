import { fieldErrorsByPath } from "@/lib/field-errors";
import { describe, expect, it } from "vitest";
import { decisionSchema, parseVersioned } from "@/lib/approvals/approval.schema";
import { assessmentDraftSchema, assessmentSubmitSchema, emptyFactors, toFactors } from "@/lib/assessments/assessment.schema";
import { casePlanSchema, OTHER_ORGANISATION } from "@/lib/case-plans/case-plan.schema";
import { closureRequestSchema, reopenSchema } from "@/lib/closures/closure.schema";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrorsByPath(result.error as Parameters<typeof fieldErrorsByPath>[0]);

const ORG = "3f1c2b9e-8a4d-4c1e-9f2a-1b2c3d4e5f60";
const inDays = (days: number) => toIsoDate(new Date(todayUtc().getTime() + days * 86_400_000));

describe("assessment schema", () => {
  it("a draft may be empty", () => {
    const parsed = assessmentDraftSchema.parse({});
    expect(parsed).toEqual({
      interviewDate: null,
      interviewLanguage: null,
      interpreterUsed: null,
      interpreterName: null,
      childViews: "",
      caregiverViews: "",
      factors: emptyFactors(),
      options: "",
      recommendation: "",
      bidRequired: null,
      bidReason: null,
    });
  });

  it("submitting needs the interview, the child's views, the recommendation and the BID decision", () => {
    const result = assessmentSubmitSchema.safeParse({ childViews: "  ", recommendation: "" });
    expect(errorsOf(result)).toEqual({
      interviewDate: "required",
      interviewLanguage: "required",
      interpreterUsed: "required",
      childViews: "required",
      recommendation: "required",
      bidRequired: "required",
    });
  });

  it("records the interview: a past date, a known language, the interpreter's name only with an interpreter", () => {
    const interview = { interviewDate: inDays(-2), interviewLanguage: "bm", interpreterUsed: "yes", interpreterName: " Awa Koné " };
    expect(assessmentDraftSchema.parse(interview)).toMatchObject({
      interviewDate: new Date(`${inDays(-2)}T00:00:00.000Z`),
      interviewLanguage: "bm",
      interpreterUsed: true,
      interpreterName: "Awa Koné",
    });
    // A name left in the form after answering "no" is not kept.
    expect(assessmentDraftSchema.parse({ ...interview, interpreterUsed: "no" })).toMatchObject({ interpreterUsed: false, interpreterName: null });
    expect(errorsOf(assessmentDraftSchema.safeParse({ interviewDate: inDays(3) }))).toEqual({ interviewDate: "dateInFuture" });
    expect(errorsOf(assessmentDraftSchema.safeParse({ interviewLanguage: "klingon" }))).toEqual({ interviewLanguage: "invalid" });
  });

  it("a required BID needs its reason; a BID not required does not", () => {
    const base = { childViews: "Je veux rentrer", recommendation: "Réunification", interviewDate: inDays(0), interviewLanguage: "fr", interpreterUsed: "no" };
    expect(errorsOf(assessmentSubmitSchema.safeParse({ ...base, bidRequired: "yes" }))).toEqual({ bidReason: "required" });
    const no = assessmentSubmitSchema.parse({ ...base, bidRequired: "no" });
    expect(no).toMatchObject({ bidRequired: false, bidReason: null });
    const yes = assessmentSubmitSchema.parse({ ...base, bidRequired: "yes", bidReason: "Durable solution" });
    expect(yes).toMatchObject({ bidRequired: true, bidReason: "Durable solution", childViews: "Je veux rentrer" });
  });

  it("keeps the factors per domain and refuses text that is too long", () => {
    const parsed = assessmentDraftSchema.parse({ factors: { safety: { risks: " Street ", protective: "" } } });
    expect(parsed.factors.safety).toEqual({ risks: "Street", protective: "" });
    expect(parsed.factors.family).toEqual({ risks: "", protective: "" });
    const result = assessmentDraftSchema.safeParse({ factors: { health: { risks: "x".repeat(5001) } } });
    expect(errorsOf(result)).toEqual({ "factors.health.risks": "tooLong" });
  });

  it("reads stored factors whatever they lack", () => {
    expect(toFactors(null)).toEqual(emptyFactors());
    expect(toFactors({ care: { risks: "r", protective: 3 } }).care).toEqual({ risks: "r", protective: "" });
  });
});

describe("case plan schema", () => {
  const goal = { goal: "School", intervention: "Enrol", responsible: ORG, deadline: inDays(10) };

  it("needs at least one goal", () => {
    expect(errorsOf(casePlanSchema.safeParse({ goals: [] }))).toEqual({ goals: "goalsRequired" });
    expect(errorsOf(casePlanSchema.safeParse({}))).toEqual({ goals: "goalsRequired" });
  });

  it("turns an organisation choice or 'other' into the stored columns", () => {
    const parsed = casePlanSchema.parse({
      goals: [goal, { ...goal, responsible: OTHER_ORGANISATION, responsibleOther: "Imam du quartier" }],
    });
    expect(parsed.goals[0]).toMatchObject({ responsibleOrganisationId: ORG, responsibleOther: null });
    expect(parsed.goals[1]).toMatchObject({ responsibleOrganisationId: null, responsibleOther: "Imam du quartier" });
    expect(toIsoDate(parsed.goals[0].deadline)).toBe(inDays(10));
  });

  it("reports each goal's problems on its own row", () => {
    const result = casePlanSchema.safeParse({
      goals: [
        { ...goal, goal: "", deadline: inDays(-1) },
        { ...goal, responsible: OTHER_ORGANISATION, deadline: "2026-02-30" },
        { ...goal, responsible: "not-an-id", deadline: "" },
      ],
    });
    expect(errorsOf(result)).toEqual({
      "goals.0.goal": "required",
      "goals.0.deadline": "dateInPast",
      "goals.1.responsibleOther": "required",
      "goals.1.deadline": "invalidDate",
      "goals.2.responsible": "invalid",
      "goals.2.deadline": "required",
    });
  });

  it("accepts a deadline of today", () => {
    expect(casePlanSchema.safeParse({ goals: [{ ...goal, deadline: inDays(0) }] }).success).toBe(true);
  });
});

describe("closure schemas", () => {
  it("a closure request needs a reason from the list and a summary", () => {
    expect(errorsOf(closureRequestSchema.safeParse({ reason: "BORED", summary: " " }))).toEqual({ reason: "required", summary: "required" });
    expect(closureRequestSchema.parse({ reason: "REUNIFIED", summary: " Returned home " })).toEqual({ reason: "REUNIFIED", summary: "Returned home" });
  });

  it("reopening needs a reason", () => {
    expect(errorsOf(reopenSchema.safeParse({ reason: "" }))).toEqual({ reason: "required" });
  });
});

describe("decision schema and versioned input", () => {
  it("a rejection needs a reason; an approval drops any", () => {
    expect(errorsOf(decisionSchema.safeParse({ decision: "reject", reason: " " }))).toEqual({ reason: "required" });
    expect(decisionSchema.parse({ decision: "approve", reason: "fine" })).toEqual({ decision: "approve", reason: null });
    expect(decisionSchema.parse({ decision: "reject", reason: "Incomplete" })).toEqual({ decision: "reject", reason: "Incomplete" });
  });

  it("splits the case version from the form values and refuses a missing one", () => {
    expect(parseVersioned(reopenSchema, { caseVersion: "4", reason: "New facts" })).toEqual({ ok: true, caseVersion: 4, data: { reason: "New facts" } });
    expect(parseVersioned(reopenSchema, { reason: "New facts" })).toEqual({ ok: false, fieldErrors: { caseVersion: "invalid" } });
    expect(parseVersioned(reopenSchema, null)).toEqual({ ok: false, fieldErrors: { reason: "required" } });
  });
});
