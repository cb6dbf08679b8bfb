import { describe, expect, it } from "vitest";
import { applyVettingTransition, needsReason, nextStatuses } from "@/lib/foster-families/vetting";
import { FosterVettingStatus } from "@/lib/generated/prisma/enums";

const now = new Date("2026-11-22T10:15:00Z");
const today = new Date("2026-11-22T00:00:00Z");
const firstApproval = new Date("2026-03-01T00:00:00Z");

// Every pair (from, to): allowed? needs a reason?
const TABLE: [FosterVettingStatus, FosterVettingStatus, "ok" | "reason" | "refused"][] = [
  ["APPLIED", "APPLIED", "refused"],
  ["APPLIED", "ASSESSED", "ok"],
  ["APPLIED", "APPROVED", "refused"],
  ["APPLIED", "SUSPENDED", "refused"],
  ["ASSESSED", "APPLIED", "refused"],
  ["ASSESSED", "ASSESSED", "refused"],
  ["ASSESSED", "APPROVED", "ok"],
  ["ASSESSED", "SUSPENDED", "refused"],
  ["APPROVED", "APPLIED", "refused"],
  ["APPROVED", "ASSESSED", "refused"],
  ["APPROVED", "APPROVED", "refused"],
  ["APPROVED", "SUSPENDED", "reason"],
  ["SUSPENDED", "APPLIED", "refused"],
  ["SUSPENDED", "ASSESSED", "reason"],
  ["SUSPENDED", "APPROVED", "reason"],
  ["SUSPENDED", "SUSPENDED", "refused"],
];

describe("foster family vetting state machine", () => {
  it("covers every pair of statuses", () => {
    expect(TABLE).toHaveLength(Object.values(FosterVettingStatus).length ** 2);
  });

  it.each(TABLE)("%s → %s: %s", (from, to, expected) => {
    const family = { vettingStatus: from, approvedAt: from === "APPROVED" || from === "SUSPENDED" ? firstApproval : null };
    const withReason = applyVettingTransition(family, to, "Motif écrit", now, today);
    const withoutReason = applyVettingTransition(family, to, "  ", now, today);
    if (expected === "refused") {
      expect(withReason).toEqual({ ok: false, problem: "notAllowed" });
      expect(withoutReason).toEqual({ ok: false, problem: "notAllowed" });
      expect(nextStatuses(from)).not.toContain(to);
    } else {
      expect(withReason.ok).toBe(true);
      expect(nextStatuses(from)).toContain(to);
      expect(needsReason(from, to)).toBe(expected === "reason");
      expect(withoutReason.ok).toBe(expected === "ok");
      if (expected === "reason") expect(withoutReason).toEqual({ ok: false, problem: "reasonRequired" });
    }
  });

  it("approval after assessment sets today's approval date", () => {
    expect(applyVettingTransition({ vettingStatus: "ASSESSED", approvedAt: null }, "APPROVED", null, now, today)).toEqual({
      ok: true,
      change: { vettingStatus: "APPROVED", approvedAt: today, suspendedAt: null, suspensionReason: null },
    });
  });

  it("suspension keeps the approval date and records when and why (trimmed)", () => {
    expect(applyVettingTransition({ vettingStatus: "APPROVED", approvedAt: firstApproval }, "SUSPENDED", "  Violence  ", now, today)).toEqual({
      ok: true,
      change: { vettingStatus: "SUSPENDED", approvedAt: firstApproval, suspendedAt: now, suspensionReason: "Violence" },
    });
  });

  it("reinstatement keeps the first approval date and clears the suspension", () => {
    expect(applyVettingTransition({ vettingStatus: "SUSPENDED", approvedAt: firstApproval }, "APPROVED", "Levée", now, today)).toEqual({
      ok: true,
      change: { vettingStatus: "APPROVED", approvedAt: firstApproval, suspendedAt: null, suspensionReason: null },
    });
  });

  it("back to assessment clears the approval date", () => {
    const outcome = applyVettingTransition({ vettingStatus: "SUSPENDED", approvedAt: firstApproval }, "ASSESSED", "Réévaluer", now, today);
    expect(outcome).toMatchObject({ ok: true, change: { vettingStatus: "ASSESSED", approvedAt: null } });
  });
});
