// Where a case stands in the BID process, as the case's team sees it (pure). The steps are those
// of docs/domain.md, "Best interests": referred and waiting in the queue → on a session's agenda →
// decided (the chair signs) → implementation of the decision. A referral after a signed decision is
// a review referral, offered from REVIEW_REFERRAL_DAYS before the decision's review date.
import type { BidReferralStatus, BidSessionStatus } from "@/lib/generated/prisma/enums";

export const BID_STEPS = ["referred", "onAgenda", "decided", "implementation"] as const;
export type BidStep = (typeof BID_STEPS)[number];

export type BidStageSession = { id: string; scheduledAt: Date; venue: string | null; status: BidSessionStatus };

export type CaseBidStage =
  | { stage: "notReferred" }
  | { stage: "waiting"; referredAt: Date }
  | { stage: "onAgenda"; session: BidStageSession }
  /** The session was held; the decision waits for the chair's signature. */
  | { stage: "awaitingSignature"; session: BidStageSession | null }
  | { stage: "implementation"; signedAt: Date; deadline: Date | null; reviewDate: Date | null };

/** How many days before a decision's review date the case's team may refer the case again. */
export const REVIEW_REFERRAL_DAYS = 30;

/** Sessions that still carry the case: a cancelled or postponed one sent it back to the queue. */
const LIVE_SESSION: readonly BidSessionStatus[] = ["DRAFT", "PUBLISHED", "HELD"];

export type StageFacts = {
  openReferral: { status: BidReferralStatus; referredAt: Date; sessions: BidStageSession[] } | null;
  /** A decision recorded and not signed yet (not superseded). */
  unsignedDecision: boolean;
  /** The signed decision in force (latest signed, not superseded). */
  decisionInForce: { signedAt: Date; implementationDeadline: Date | null; reviewDate: Date | null } | null;
};

export function caseBidStage(facts: StageFacts): CaseBidStage {
  const open = facts.openReferral;
  if (open) {
    const session = [...open.sessions].reverse().find((s) => LIVE_SESSION.includes(s.status)) ?? null;
    if (session?.status === "HELD" || (session && facts.unsignedDecision)) return { stage: "awaitingSignature", session };
    if (open.status === "SCHEDULED" && session) return { stage: "onAgenda", session };
    return { stage: "waiting", referredAt: open.referredAt };
  }
  // A review or reopening recorded by the coordinator and not signed yet.
  if (facts.unsignedDecision) return { stage: "awaitingSignature", session: null };
  const d = facts.decisionInForce;
  if (d) return { stage: "implementation", signedAt: d.signedAt, deadline: d.implementationDeadline, reviewDate: d.reviewDate };
  return { stage: "notReferred" };
}

/** The step the case is at (its index in BID_STEPS); -1 before any referral. */
export function currentStepIndex(stage: CaseBidStage): number {
  switch (stage.stage) {
    case "notReferred":
      return -1;
    case "waiting":
      return 0;
    case "onAgenda":
      return 1;
    case "awaitingSignature":
      return 2;
    case "implementation":
      return 3;
  }
}

/**
 * When a new referral becomes allowed after a signed decision: REVIEW_REFERRAL_DAYS before its
 * review date (at once when the decision set none). Null when no decision is in force (a first
 * referral, governed by the BIA alone).
 */
export function reviewReferralOpensAt(decisionInForce: StageFacts["decisionInForce"]): Date | null {
  if (!decisionInForce) return null;
  if (!decisionInForce.reviewDate) return decisionInForce.signedAt;
  return new Date(decisionInForce.reviewDate.getTime() - REVIEW_REFERRAL_DAYS * 86_400_000);
}
