import { describe, expect, it } from "vitest";
import { computeDueDates, DEFAULT_TIMELINES, isOverdue, statusFacts, type TimelineFacts } from "@/lib/cases/timelines";

const H = 3_600_000;
const D = 24 * H;
const registeredAt = new Date("2026-11-01T08:00:00Z");
const at = (ms: number) => new Date(registeredAt.getTime() + ms);

const facts = (overrides: Partial<TimelineFacts> = {}): TimelineFacts => ({
  riskLevel: null,
  registeredAt,
  firstActionAt: null,
  assessmentApprovedAt: null,
  casePlanApprovedAt: null,
  lastFollowUpAt: null,
  plannedNextVisit: null,
  closed: false,
  ...overrides,
});

describe("computeDueDates — defaults from docs/domain.md", () => {
  it.each([
    // risk, first action, assessment
    ["HIGH", 24 * H, 3 * D],
    ["MEDIUM", 3 * D, 7 * D],
    ["LOW", 3 * D, 14 * D],
    ["NONE", 3 * D, 14 * D],
  ] as const)("%s: first action after %i ms, assessment after %i ms", (riskLevel, firstAction, assessment) => {
    const due = computeDueDates(facts({ riskLevel }));
    expect(due.firstActionDueAt).toEqual(at(firstAction));
    expect(due.assessmentDueAt).toEqual(at(assessment));
    expect(due.casePlanDueAt).toBeNull();
    expect(due.followUpDueAt).toBeNull();
    expect(due.nextDueAt).toEqual(at(firstAction));
  });

  it("an unassessed risk is timed as medium", () => {
    expect(computeDueDates(facts())).toEqual(computeDueDates(facts({ riskLevel: "MEDIUM" })));
  });

  it("a first action done clears its due date; the assessment is next", () => {
    const due = computeDueDates(facts({ riskLevel: "HIGH", firstActionAt: at(2 * H) }));
    expect(due.firstActionDueAt).toBeNull();
    expect(due.nextDueAt).toEqual(at(3 * D));
  });

  it.each([
    ["HIGH", 3 * D],
    ["MEDIUM", 7 * D],
    ["LOW", 14 * D],
  ] as const)("%s: the case plan is due after the approved assessment", (riskLevel, plan) => {
    const approved = at(5 * D);
    const due = computeDueDates(facts({ riskLevel, firstActionAt: at(H), assessmentApprovedAt: approved }));
    expect(due.assessmentDueAt).toBeNull();
    expect(due.casePlanDueAt).toEqual(new Date(approved.getTime() + plan));
    expect(due.nextDueAt).toEqual(due.casePlanDueAt);
  });

  it.each([
    ["HIGH", 7 * D],
    ["MEDIUM", 14 * D],
    ["LOW", 30 * D],
    ["NONE", 30 * D],
  ] as const)("%s: follow-ups every %i ms after the plan, then after each visit", (riskLevel, interval) => {
    const planApproved = at(10 * D);
    const base = facts({ riskLevel, firstActionAt: at(H), assessmentApprovedAt: at(5 * D), casePlanApprovedAt: planApproved });
    expect(computeDueDates(base).followUpDueAt).toEqual(new Date(planApproved.getTime() + interval));
    const visit = at(20 * D);
    expect(computeDueDates({ ...base, lastFollowUpAt: visit }).followUpDueAt).toEqual(new Date(visit.getTime() + interval));
  });

  it("a visit before the plan's approval does not count as a follow-up", () => {
    const base = facts({ riskLevel: "HIGH", firstActionAt: at(H), assessmentApprovedAt: at(2 * D), casePlanApprovedAt: at(4 * D), lastFollowUpAt: at(3 * D) });
    expect(computeDueDates(base).followUpDueAt).toEqual(at(11 * D));
  });

  it("a planned next visit earlier than the rule wins; a later one does not", () => {
    const base = facts({ riskLevel: "LOW", firstActionAt: at(H), assessmentApprovedAt: at(2 * D), casePlanApprovedAt: at(4 * D) });
    expect(computeDueDates({ ...base, plannedNextVisit: at(6 * D) }).followUpDueAt).toEqual(at(6 * D));
    expect(computeDueDates({ ...base, plannedNextVisit: at(60 * D) }).followUpDueAt).toEqual(at(34 * D));
  });

  it("a closed case has nothing due", () => {
    expect(computeDueDates(facts({ riskLevel: "HIGH", closed: true }))).toEqual({
      firstActionDueAt: null,
      assessmentDueAt: null,
      casePlanDueAt: null,
      followUpDueAt: null,
      nextDueAt: null,
    });
  });

  it("uses the configured timelines", () => {
    const config = { ...DEFAULT_TIMELINES, firstActionHours: { ...DEFAULT_TIMELINES.firstActionHours, HIGH: 6 } };
    expect(computeDueDates(facts({ riskLevel: "HIGH" }), config).firstActionDueAt).toEqual(at(6 * H));
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it.each([
    [null, false],
    [new Date("2026-11-22T11:59:59Z"), true],
    [new Date("2026-11-22T12:00:00Z"), false],
    [new Date("2026-11-23T00:00:00Z"), false],
  ] as const)("%s → %s", (due, expected) => {
    expect(isOverdue(due, now)).toBe(expected);
  });
});

describe("statusFacts", () => {
  it.each([
    ["CLOSED", true, false, false],
    ["TRANSFERRED", true, false, false],
    ["DUPLICATE", true, false, false],
    ["BID_PENDING", false, true, false],
    ["IMPLEMENTATION", false, false, true],
    ["FOLLOW_UP", false, false, false],
  ] as const)("%s → closed %s, awaiting BID %s, implementing %s", (status, closed, awaitingBid, implementing) => {
    expect(statusFacts(status)).toEqual({ closed, awaitingBid, implementing });
  });

  it("a case waiting for a BID panel has no case-plan due date", () => {
    const due = computeDueDates(facts({ riskLevel: "HIGH", firstActionAt: at(H), assessmentApprovedAt: at(2 * D), ...statusFacts("BID_PENDING") }));
    expect(due.casePlanDueAt).toBeNull();
    expect(due.nextDueAt).toBeNull();
  });
});

describe("computeDueDates — BID decision deadlines", () => {
  const decided = { riskLevel: "LOW" as const, firstActionAt: at(H), assessmentApprovedAt: at(2 * D) };
  const deadline = at(20 * D);
  const review = at(60 * D);

  it("while implementing, the implementation deadline is next; the review date after it", () => {
    const due = computeDueDates(facts({ ...decided, bidImplementationDueAt: deadline, bidReviewDueAt: review, ...statusFacts("IMPLEMENTATION") }));
    expect(due.nextDueAt).toEqual(deadline);
  });

  it("an earlier review date wins", () => {
    const early = at(10 * D);
    const due = computeDueDates(facts({ ...decided, bidImplementationDueAt: deadline, bidReviewDueAt: early, ...statusFacts("IMPLEMENTATION") }));
    expect(due.nextDueAt).toEqual(early);
  });

  it("in follow-up the implementation deadline no longer counts, the review date does", () => {
    const due = computeDueDates(facts({ ...decided, bidImplementationDueAt: deadline, bidReviewDueAt: review, ...statusFacts("FOLLOW_UP") }));
    expect(due.nextDueAt).toEqual(review);
  });

  it("a new BID referral or a closed case suspends both", () => {
    for (const status of ["BID_PENDING", "CLOSED"]) {
      const due = computeDueDates(facts({ ...decided, bidImplementationDueAt: deadline, bidReviewDueAt: review, ...statusFacts(status) }));
      expect(due.nextDueAt).toBeNull();
    }
  });

  it("a signed BID decision takes the case plan's place: no case-plan due date", () => {
    const due = computeDueDates(facts({ ...decided, bidImplementationDueAt: deadline, ...statusFacts("IMPLEMENTATION") }));
    expect(due.casePlanDueAt).toBeNull();
  });

  it("without a BID decision the case plan is still due", () => {
    const due = computeDueDates(facts({ ...decided, ...statusFacts("IMPLEMENTATION") }));
    expect(due.casePlanDueAt).not.toBeNull();
    expect(due.nextDueAt).toEqual(due.casePlanDueAt);
  });
});
