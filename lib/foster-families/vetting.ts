// The foster family vetting state machine. Pure: the table of allowed moves and what each move
// changes on the family. The DAL (change-foster-family-status.ts) applies it inside a transaction.
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";

/** Allowed moves, and whether the move needs a written reason. Anything absent is refused. */
export const VETTING_TRANSITIONS: Readonly<Record<FosterVettingStatus, Partial<Record<FosterVettingStatus, { reason: boolean }>>>> = {
  APPLIED: { ASSESSED: { reason: false } },
  ASSESSED: { APPROVED: { reason: false } },
  APPROVED: { SUSPENDED: { reason: true } },
  // Reinstating after a suspension, or sending the family back to a new assessment.
  SUSPENDED: { APPROVED: { reason: true }, ASSESSED: { reason: true } },
};

export function nextStatuses(from: FosterVettingStatus): FosterVettingStatus[] {
  return Object.keys(VETTING_TRANSITIONS[from]) as FosterVettingStatus[];
}

export function needsReason(from: FosterVettingStatus, to: FosterVettingStatus): boolean {
  return VETTING_TRANSITIONS[from][to]?.reason ?? false;
}

type FamilyVetting = { vettingStatus: FosterVettingStatus; approvedAt: Date | null };

export type VettingChange = {
  vettingStatus: FosterVettingStatus;
  approvedAt: Date | null;
  suspendedAt: Date | null;
  suspensionReason: string | null;
};

export type VettingOutcome = { ok: true; change: VettingChange } | { ok: false; problem: "notAllowed" | "reasonRequired" };

/**
 * What moving `family` to `to` changes, or why it is refused. Approval after an assessment sets
 * the approval date to `today`; a reinstatement keeps the first approval date; going back to
 * assessment clears it (a new approval will set it). Leaving SUSPENDED clears the suspension
 * (the audit trail and the visits keep its history).
 */
export function applyVettingTransition(
  family: FamilyVetting,
  to: FosterVettingStatus,
  reason: string | null | undefined,
  now: Date,
  today: Date,
): VettingOutcome {
  const rule = VETTING_TRANSITIONS[family.vettingStatus][to];
  if (!rule) return { ok: false, problem: "notAllowed" };
  const trimmed = reason?.trim() ?? "";
  if (rule.reason && !trimmed) return { ok: false, problem: "reasonRequired" };
  switch (to) {
    case "APPROVED":
      return {
        ok: true,
        change: {
          vettingStatus: to,
          approvedAt: family.vettingStatus === "SUSPENDED" && family.approvedAt ? family.approvedAt : today,
          suspendedAt: null,
          suspensionReason: null,
        },
      };
    case "SUSPENDED":
      return { ok: true, change: { vettingStatus: to, approvedAt: family.approvedAt, suspendedAt: now, suspensionReason: trimmed } };
    case "ASSESSED":
      return { ok: true, change: { vettingStatus: to, approvedAt: null, suspendedAt: null, suspensionReason: null } };
    default:
      return { ok: false, problem: "notAllowed" };
  }
}
