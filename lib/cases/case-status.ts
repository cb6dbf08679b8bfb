// The case lifecycle (docs/domain.md, "Lifecycle, risk and due dates"), pure: which status may follow which, and at
// which steps the assessment and the case plan are worked on. Every DAL write that changes
// Case.status checks it here first.
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  // Starting the assessment draft.
  REGISTERED: ["ASSESSMENT", "TRANSFERRED", "DUPLICATE", "CLOSED"],
  // The assessment is approved.
  ASSESSMENT: ["CASE_PLAN", "TRANSFERRED", "DUPLICATE", "CLOSED"],
  // The plan is approved, or the case goes to a BID panel (the BID issue).
  CASE_PLAN: ["IMPLEMENTATION", "BID_PENDING", "TRANSFERRED", "CLOSED"],
  // A BID decision moves the case to implementation.
  BID_PENDING: ["IMPLEMENTATION", "TRANSFERRED", "CLOSED"],
  IMPLEMENTATION: ["FOLLOW_UP", "BID_PENDING", "TRANSFERRED", "CLOSED"],
  FOLLOW_UP: ["IMPLEMENTATION", "BID_PENDING", "TRANSFERRED", "CLOSED"],
  TRANSFERRED: ["CLOSED"],
  // Reopening (see reopenStatus).
  CLOSED: ["ASSESSMENT", "FOLLOW_UP"],
  DUPLICATE: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A closure can be requested on every open case except a duplicate (which is merged, not closed). */
export function isClosable(status: CaseStatus): boolean {
  return canTransition(status, "CLOSED");
}

/** The assessment is written (drafted, submitted) before its approval moves the case on. */
export function canWorkOnAssessment(status: CaseStatus): boolean {
  return status === "REGISTERED" || status === "ASSESSMENT";
}

/** The case plan is written once the assessment is approved, before implementation starts. */
export function canWorkOnCasePlan(status: CaseStatus): boolean {
  return status === "CASE_PLAN";
}

/**
 * Where a reopened case goes. A case whose plan was approved goes back to follow-up (the plan
 * still stands; the worker reviews it). Any other case goes back to assessment: it was closed
 * before a plan existed, and reopening means something changed, so the assessment is redone.
 */
export function reopenStatus(planApproved: boolean): CaseStatus {
  return planApproved ? "FOLLOW_UP" : "ASSESSMENT";
}
