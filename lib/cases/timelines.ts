// Risk-based due dates (docs/domain.md, "Lifecycle, risk and due dates"), pure. The hours are configurable by the
// administrator (Setting "timelines"); these are the defaults, from CPIMS+ guidance.
import type { RiskLevel } from "@/lib/generated/prisma/enums";

export type TimelineConfig = {
  /** Hours from registration to the first action. */
  firstActionHours: Record<RiskLevel, number>;
  /** Hours from registration to the approved assessment. */
  assessmentHours: Record<RiskLevel, number>;
  /** Hours from the approved assessment to the approved case plan. */
  casePlanHours: Record<RiskLevel, number>;
  /** Hours between follow-up contacts once the plan is being implemented. */
  followUpHours: Record<RiskLevel, number>;
};

const DAY = 24;

export const DEFAULT_TIMELINES: TimelineConfig = {
  firstActionHours: { HIGH: 24, MEDIUM: 3 * DAY, LOW: 3 * DAY, NONE: 3 * DAY },
  assessmentHours: { HIGH: 3 * DAY, MEDIUM: 7 * DAY, LOW: 14 * DAY, NONE: 14 * DAY },
  casePlanHours: { HIGH: 3 * DAY, MEDIUM: 7 * DAY, LOW: 14 * DAY, NONE: 14 * DAY },
  followUpHours: { HIGH: 7 * DAY, MEDIUM: 14 * DAY, LOW: 30 * DAY, NONE: 30 * DAY },
};

/** What the due dates depend on. A case whose risk is not set yet is timed as medium… */
export type TimelineFacts = {
  riskLevel: RiskLevel | null;
  registeredAt: Date;
  firstActionAt: Date | null;
  assessmentApprovedAt: Date | null;
  casePlanApprovedAt: Date | null;
  /** The latest follow-up contact (note of type FOLLOW_UP_VISIT), if any. */
  lastFollowUpAt: Date | null;
  /** The next visit date a worker wrote on the latest follow-up, if earlier than the rule. */
  plannedNextVisit: Date | null;
  /** Closed, transferred away or marked duplicate: nothing is due any more. */
  closed: boolean;
  /** Referred to a BID panel: the panel's decision takes the place of the case plan. */
  awaitingBid?: boolean;
  /** The case is being implemented (status IMPLEMENTATION): the BID implementation deadline applies. */
  implementing?: boolean;
  /** From the latest signed BID decision (Case.implementationDueAt / reviewDueAt). */
  bidImplementationDueAt?: Date | null;
  bidReviewDueAt?: Date | null;
};

export type DueDates = {
  firstActionDueAt: Date | null;
  assessmentDueAt: Date | null;
  casePlanDueAt: Date | null;
  followUpDueAt: Date | null;
  /** The earliest date still pending: what "overdue" means for the case. */
  nextDueAt: Date | null;
};

/** The part of the facts that follows from the case's status. */
export function statusFacts(status: string): Pick<TimelineFacts, "closed" | "awaitingBid" | "implementing"> {
  return {
    closed: status === "CLOSED" || status === "TRANSFERRED" || status === "DUPLICATE",
    awaitingBid: status === "BID_PENDING",
    implementing: status === "IMPLEMENTATION",
  };
}

/** …because an unassessed child must not wait as long as a low-risk one. */
const UNSET_RISK: RiskLevel = "MEDIUM";

const plusHours = (date: Date, hours: number) => new Date(date.getTime() + hours * 3_600_000);

export function computeDueDates(facts: TimelineFacts, config: TimelineConfig = DEFAULT_TIMELINES): DueDates {
  if (facts.closed) {
    return { firstActionDueAt: null, assessmentDueAt: null, casePlanDueAt: null, followUpDueAt: null, nextDueAt: null };
  }
  const risk = facts.riskLevel ?? UNSET_RISK;
  const firstActionDueAt = facts.firstActionAt ? null : plusHours(facts.registeredAt, config.firstActionHours[risk]);
  const assessmentDueAt = facts.assessmentApprovedAt ? null : plusHours(facts.registeredAt, config.assessmentHours[risk]);
  // A signed BID decision (it set the implementation/review dates) takes the plan's place too.
  const bidDecided = Boolean(facts.bidImplementationDueAt || facts.bidReviewDueAt);
  const casePlanDueAt =
    facts.assessmentApprovedAt && !facts.casePlanApprovedAt && !facts.awaitingBid && !bidDecided
      ? plusHours(facts.assessmentApprovedAt, config.casePlanHours[risk])
      : null;
  let followUpDueAt: Date | null = null;
  if (facts.casePlanApprovedAt) {
    const from = facts.lastFollowUpAt && facts.lastFollowUpAt > facts.casePlanApprovedAt ? facts.lastFollowUpAt : facts.casePlanApprovedAt;
    followUpDueAt = plusHours(from, config.followUpHours[risk]);
    if (facts.plannedNextVisit && facts.plannedNextVisit < followUpDueAt) followUpDueAt = facts.plannedNextVisit;
  }
  // A BID decision's deadlines: the implementation deadline while the case is being implemented
  // (an earlier follow-up or a later BID referral means it is past that step), the review date
  // while the case is open — but not while a new BID referral is pending.
  const bidImplementation = facts.implementing ? (facts.bidImplementationDueAt ?? null) : null;
  const bidReview = facts.awaitingBid ? null : (facts.bidReviewDueAt ?? null);
  const pending = [firstActionDueAt, assessmentDueAt, casePlanDueAt, followUpDueAt, bidImplementation, bidReview].filter(
    (d): d is Date => d !== null,
  );
  const nextDueAt = pending.length ? new Date(Math.min(...pending.map((d) => d.getTime()))) : null;
  return { firstActionDueAt, assessmentDueAt, casePlanDueAt, followUpDueAt, nextDueAt };
}

export function isOverdue(due: Date | null, now: Date = new Date()): boolean {
  return due !== null && due.getTime() < now.getTime();
}
