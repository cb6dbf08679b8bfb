import { describe, expect, it } from "vitest";
import { canTransition, canWorkOnAssessment, canWorkOnCasePlan, isClosable, reopenStatus, TRANSITIONS } from "@/lib/cases/case-status";
import { CaseStatus } from "@/lib/generated/prisma/enums";

const ALL = Object.values(CaseStatus);

describe("case status transitions", () => {
  it("has a row for every status and names only real statuses", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...ALL].sort());
    for (const targets of Object.values(TRANSITIONS)) for (const to of targets) expect(ALL).toContain(to);
  });

  it.each([
    ["REGISTERED", "ASSESSMENT"],
    ["ASSESSMENT", "CASE_PLAN"],
    ["CASE_PLAN", "IMPLEMENTATION"],
    ["CASE_PLAN", "BID_PENDING"],
    ["BID_PENDING", "IMPLEMENTATION"],
    ["IMPLEMENTATION", "FOLLOW_UP"],
    ["FOLLOW_UP", "CLOSED"],
    ["CLOSED", "ASSESSMENT"],
    ["CLOSED", "FOLLOW_UP"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ["REGISTERED", "CASE_PLAN"],
    ["REGISTERED", "IMPLEMENTATION"],
    ["ASSESSMENT", "IMPLEMENTATION"],
    ["CASE_PLAN", "ASSESSMENT"],
    ["CLOSED", "IMPLEMENTATION"],
    ["CLOSED", "CLOSED"],
    ["DUPLICATE", "CLOSED"],
    ["DUPLICATE", "ASSESSMENT"],
  ] as const)("refuses %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("never allows staying in the same status", () => {
    for (const status of ALL) expect(canTransition(status, status)).toBe(false);
  });

  it("every open status can be closed except a duplicate; a closed case cannot be closed again", () => {
    expect(ALL.filter(isClosable).sort()).toEqual(
      ["REGISTERED", "ASSESSMENT", "CASE_PLAN", "BID_PENDING", "IMPLEMENTATION", "FOLLOW_UP", "TRANSFERRED"].sort(),
    );
  });
});

describe("which step is being worked on", () => {
  it("the assessment is written while the case is registered or in assessment", () => {
    expect(ALL.filter(canWorkOnAssessment).sort()).toEqual(["ASSESSMENT", "REGISTERED"]);
  });

  it("the case plan is written only in CASE_PLAN", () => {
    expect(ALL.filter(canWorkOnCasePlan)).toEqual(["CASE_PLAN"]);
  });
});

describe("reopening", () => {
  it("goes back to follow-up when a plan was approved, else to assessment, and both are allowed from CLOSED", () => {
    expect(reopenStatus(true)).toBe("FOLLOW_UP");
    expect(reopenStatus(false)).toBe("ASSESSMENT");
    expect(canTransition("CLOSED", reopenStatus(true))).toBe(true);
    expect(canTransition("CLOSED", reopenStatus(false))).toBe(true);
  });
});
