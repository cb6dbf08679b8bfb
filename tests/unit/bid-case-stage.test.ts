import { describe, expect, it } from "vitest";
import { caseBidStage, currentStepIndex, REVIEW_REFERRAL_DAYS, reviewReferralOpensAt, type BidStageSession } from "@/lib/bid/case-bid-stage";
import { landingPath } from "@/lib/dashboards/landing";

const DAY = 86_400_000;
const referredAt = new Date("2026-11-01T10:00:00Z");
const session = (status: BidStageSession["status"], id = status): BidStageSession => ({ id, scheduledAt: new Date("2026-11-20T09:00:00Z"), venue: "MASEF", status });
const signed = { signedAt: new Date("2026-11-20T12:00:00Z"), implementationDeadline: new Date("2027-01-20"), reviewDate: new Date("2027-03-20") };

describe("caseBidStage", () => {
  it("before any referral, and in the queue", () => {
    expect(caseBidStage({ openReferral: null, unsignedDecision: false, decisionInForce: null })).toEqual({ stage: "notReferred" });
    const waiting = caseBidStage({ openReferral: { status: "QUEUED", referredAt, sessions: [] }, unsignedDecision: false, decisionInForce: null });
    expect(waiting).toEqual({ stage: "waiting", referredAt });
    expect(currentStepIndex(waiting)).toBe(0);
  });

  it("a cancelled or postponed session sent it back to the queue; the live session is the agenda", () => {
    const back = caseBidStage({ openReferral: { status: "QUEUED", referredAt, sessions: [session("POSTPONED")] }, unsignedDecision: false, decisionInForce: null });
    expect(back.stage).toBe("waiting");
    const agenda = caseBidStage({
      openReferral: { status: "SCHEDULED", referredAt, sessions: [session("CANCELLED"), session("PUBLISHED")] },
      unsignedDecision: false,
      decisionInForce: null,
    });
    expect(agenda).toEqual({ stage: "onAgenda", session: session("PUBLISHED") });
    expect(currentStepIndex(agenda)).toBe(1);
  });

  it("held: the decision awaits the signature; signed: implementation with its dates", () => {
    const held = caseBidStage({ openReferral: { status: "SCHEDULED", referredAt, sessions: [session("HELD")] }, unsignedDecision: false, decisionInForce: null });
    expect(held).toEqual({ stage: "awaitingSignature", session: session("HELD") });
    expect(currentStepIndex(held)).toBe(2);
    const done = caseBidStage({ openReferral: null, unsignedDecision: false, decisionInForce: signed });
    expect(done).toEqual({ stage: "implementation", signedAt: signed.signedAt, deadline: signed.implementationDeadline, reviewDate: signed.reviewDate });
    expect(currentStepIndex(done)).toBe(3);
    // The coordinator reopened the decision: a new one waits for the signature.
    expect(caseBidStage({ openReferral: null, unsignedDecision: true, decisionInForce: null })).toEqual({ stage: "awaitingSignature", session: null });
  });

  it("a review referral opens REVIEW_REFERRAL_DAYS before the review date; at once without one", () => {
    expect(reviewReferralOpensAt(null)).toBeNull();
    expect(reviewReferralOpensAt(signed)?.getTime()).toBe(signed.reviewDate.getTime() - REVIEW_REFERRAL_DAYS * DAY);
    expect(reviewReferralOpensAt({ ...signed, reviewDate: null })).toEqual(signed.signedAt);
  });
});

describe("landingPath", () => {
  it("sends each role where its work is; the worker's and the panel member's home is the home page", () => {
    expect(landingPath({ role: "CENTRE_SUPERVISOR" })).toBe("/dashboard");
    expect(landingPath({ role: "NATIONAL_SUPERVISOR" })).toBe("/dashboard");
    expect(landingPath({ role: "BID_COORDINATOR" })).toBe("/bid");
    expect(landingPath({ role: "NGO_CASEWORKER" })).toBe("/cases");
    expect(landingPath({ role: "ME_OFFICER" })).toBe("/reports/indicators");
    expect(landingPath({ role: "ADMINISTRATOR" })).toBe("/admin/users");
    expect(landingPath({ role: "SOCIAL_WORKER" })).toBeNull();
    expect(landingPath({ role: "PANEL_MEMBER" })).toBeNull();
  });
});
