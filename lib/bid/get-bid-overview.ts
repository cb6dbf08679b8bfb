import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidOutcome } from "@/lib/generated/prisma/enums";
import { REVIEW_REFERRAL_DAYS } from "./case-bid-stage";
import { listBidQueue, type QueueEntry } from "./list-bid-queue";
import { listBidSessions, type BidSessionSummary } from "./list-bid-sessions";

const LIST_SIZE = 10;
/** The coordinator sees a review coming when the case's team may refer the case for it. */
const REVIEW_WINDOW_DAYS = REVIEW_REFERRAL_DAYS;

export type OverviewDecision = { id: string; caseId: string; caseNumber: string; sessionId: string; sessionDate: Date; date: Date | null };

export type BidOverview = {
  queue: { entries: QueueEntry[]; total: number };
  upcoming: { sessions: BidSessionSummary[]; total: number };
  awaitingSignature: { decisions: OverviewDecision[]; total: number };
  reviewsDue: { decisions: (OverviewDecision & { overdue: boolean })[]; total: number };
  outcomes: { outcome: BidOutcome; count: number }[];
};

/**
 * The coordinator's overview: the oldest waiting referrals, the next sessions, decisions not yet
 * signed, signed decisions whose review is due within 30 days or overdue, and counts by outcome
 * (signed, live decisions). A fixed number of queries, each list capped, totals alongside.
 */
export async function getBidOverview(actor: Actor): Promise<BidOverview> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const today = todayUtc();
  const reviewLimit = new Date(today.getTime() + REVIEW_WINDOW_DAYS * 86_400_000);
  const unsigned = { signedAt: null, supersededAt: null };
  const reviewWhere = { signedAt: { not: null }, supersededAt: null, reviewDate: { lte: reviewLimit } };
  const decisionSelect = { id: true, caseId: true, sessionId: true, case: { select: { caseNumber: true } }, session: { select: { scheduledAt: true } } } as const;
  const [queue, upcoming, awaiting, awaitingTotal, reviews, reviewsTotal, outcomes] = await Promise.all([
    listBidQueue(actor, { page: 1, pageSize: LIST_SIZE }),
    listBidSessions(actor, { when: "upcoming", page: 1, pageSize: LIST_SIZE }),
    db.bidDecision.findMany({ where: unsigned, orderBy: { createdAt: "asc" }, take: LIST_SIZE, select: { ...decisionSelect, createdAt: true } }),
    db.bidDecision.count({ where: unsigned }),
    db.bidDecision.findMany({ where: reviewWhere, orderBy: { reviewDate: "asc" }, take: LIST_SIZE, select: { ...decisionSelect, reviewDate: true } }),
    db.bidDecision.count({ where: reviewWhere }),
    db.bidDecision.groupBy({ by: ["outcome"], where: { signedAt: { not: null }, supersededAt: null }, _count: { _all: true } }),
  ]);
  const base = (d: { id: string; caseId: string; sessionId: string; case: { caseNumber: string }; session: { scheduledAt: Date } }) => ({
    id: d.id,
    caseId: d.caseId,
    caseNumber: d.case.caseNumber,
    sessionId: d.sessionId,
    sessionDate: d.session.scheduledAt,
  });
  return {
    queue: { entries: queue.entries, total: queue.total },
    upcoming: { sessions: upcoming.sessions, total: upcoming.total },
    awaitingSignature: { decisions: awaiting.map((d) => ({ ...base(d), date: d.createdAt })), total: awaitingTotal },
    reviewsDue: {
      decisions: reviews.map((d) => ({ ...base(d), date: d.reviewDate, overdue: d.reviewDate !== null && d.reviewDate < today })),
      total: reviewsTotal,
    },
    outcomes: outcomes
      .filter((o): o is typeof o & { outcome: BidOutcome } => o.outcome !== null)
      .map((o) => ({ outcome: o.outcome, count: o._count._all }))
      .sort((a, b) => b.count - a.count),
  };
}
