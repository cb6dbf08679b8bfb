import "server-only";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope, caseScope } from "@/lib/auth/scope";
import { canTransition } from "@/lib/cases/case-status";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidDecisionKind, BidOutcome, BidReferralStatus } from "@/lib/generated/prisma/enums";
import { caseBidStage, reviewReferralOpensAt, type BidStageSession, type CaseBidStage } from "./case-bid-stage";
import { checkReadiness, referralReadinessSelect, type Readiness } from "./readiness";

export type CaseBidReferral = {
  id: string;
  status: BidReferralStatus;
  reason: string;
  familyTracingResult: string | null;
  referredAt: Date;
  referredByName: string;
  version: number;
  readiness: Readiness;
  sessions: BidStageSession[];
};

/**
 * A signed panel decision as the case's team sees it: what was decided and what they must
 * implement. Not the votes or dissents of named members (panel confidentiality).
 */
export type CaseBidDecision = {
  id: string;
  kind: BidDecisionKind;
  outcome: BidOutcome | null;
  reasons: string;
  conditions: string | null;
  implementationPlan: string;
  implementationOrg: OrganisationNames | null;
  implementationDeadline: Date | null;
  reviewDate: Date | null;
  supersedeReason: string | null;
  signedAt: Date;
  supersededAt: Date | null;
  sessionDate: Date;
};

export type CaseBid = {
  /** The latest approved BIA says "BID required" (and its reason). */
  bidAssessment: { id: string; bidReason: string | null } | null;
  openReferral: CaseBidReferral | null;
  pastReferrals: CaseBidReferral[];
  /** Signed decisions, newest first (superseded ones stay, marked). */
  decisions: CaseBidDecision[];
  /** Where the case stands in the BID process (lib/bid/case-bid-stage.ts). */
  stage: CaseBidStage;
  /** Readiness before a new referral, with the family tracing result of the latest referral, if any. */
  preReferralReadiness: Readiness | null;
  /** The latest referral's family tracing result: a review referral starts from it. */
  lastFamilyTracingResult: string | null;
  /**
   * A new referral after a signed decision is a review referral, allowed from `opensAt`
   * (REVIEW_REFERRAL_DAYS before the review date); null when no decision is in force.
   */
  review: { opensAt: Date; due: boolean } | null;
  viewer: { canRefer: boolean; canEditTracing: boolean };
};

/**
 * The case's BID tab: the BID assessment, the open and past referrals with their readiness.
 * Read scope (caseworker, supervisor, coordinator); the write flags follow the edit scope.
 */
export async function getCaseBid(actor: Actor, caseId: string, now: Date = new Date()): Promise<CaseBid> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const kase = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor)] },
    select: {
      status: true,
      consentRecordedAt: true,
      consentGivenBy: true,
      preferredLanguage: true,
      assessments: {
        where: { status: "APPROVED" },
        orderBy: { decidedAt: "desc" },
        take: 1,
        select: { id: true, status: true, childViews: true, recommendation: true, bidRequired: true, bidReason: true },
      },
      bidReferrals: {
        orderBy: { referredAt: "desc" },
        select: {
          id: true,
          status: true,
          reason: true,
          referredAt: true,
          version: true,
          referredBy: { select: { name: true } },
          agendaItems: { select: { session: { select: { id: true, scheduledAt: true, venue: true, status: true } } }, orderBy: { createdAt: "asc" } },
          ...referralReadinessSelect,
        },
      },
      bidDecisions: {
        where: { signedAt: { not: null } },
        orderBy: { signedAt: "desc" },
        select: {
          id: true,
          kind: true,
          outcome: true,
          reasons: true,
          conditions: true,
          implementationPlan: true,
          implementationOrg: { select: { name: true, nameAr: true } },
          implementationDeadline: true,
          reviewDate: true,
          supersedeReason: true,
          signedAt: true,
          supersededAt: true,
          session: { select: { scheduledAt: true } },
        },
      },
      _count: { select: { bidDecisions: { where: { signedAt: null, supersededAt: null } } } },
    },
  });
  if (!kase) throw new NotFoundError();
  const editable =
    can(actor, "bid:refer") && (await db.case.count({ where: { AND: [{ id: caseId }, caseEditScope(actor)] } })) === 1 && kase.status !== "CLOSED";
  const approved = kase.assessments[0];
  const bidAssessment = approved?.bidRequired ? { id: approved.id, bidReason: approved.bidReason } : null;
  const referrals: CaseBidReferral[] = kase.bidReferrals.map((r) => ({
    id: r.id,
    status: r.status,
    reason: r.reason,
    familyTracingResult: r.familyTracingResult,
    referredAt: r.referredAt,
    referredByName: r.referredBy.name,
    version: r.version,
    readiness: checkReadiness(r),
    sessions: r.agendaItems.map((a) => a.session),
  }));
  const openReferral = referrals.find((r) => r.status === "QUEUED" || r.status === "SCHEDULED") ?? null;
  const caseFacts = { consentRecordedAt: kase.consentRecordedAt, consentGivenBy: kase.consentGivenBy, preferredLanguage: kase.preferredLanguage };
  const decisions = kase.bidDecisions.map(({ session, signedAt, ...d }) => ({
    ...d,
    signedAt: signedAt!,
    sessionDate: session.scheduledAt,
  }));
  const inForce = decisions.find((d) => d.supersededAt === null) ?? null;
  const decisionInForce = inForce && { signedAt: inForce.signedAt, implementationDeadline: inForce.implementationDeadline, reviewDate: inForce.reviewDate };
  const opensAt = reviewReferralOpensAt(decisionInForce);
  // The tracing result entered at an earlier referral still holds for the next one: without it the
  // checklist called it missing after every decision.
  const lastFamilyTracingResult = referrals.find((r) => r.familyTracingResult)?.familyTracingResult ?? null;
  return {
    bidAssessment,
    openReferral,
    pastReferrals: referrals.filter((r) => r !== openReferral),
    decisions,
    stage: caseBidStage({ openReferral, unsignedDecision: kase._count.bidDecisions > 0, decisionInForce }),
    preReferralReadiness: approved ? checkReadiness({ assessment: approved, familyTracingResult: lastFamilyTracingResult, case: caseFacts }) : null,
    lastFamilyTracingResult,
    review: opensAt && { opensAt, due: opensAt.getTime() <= now.getTime() },
    viewer: {
      canRefer:
        editable &&
        !openReferral &&
        bidAssessment !== null &&
        canTransition(kase.status, "BID_PENDING") &&
        (opensAt === null || opensAt.getTime() <= now.getTime()),
      canEditTracing: editable && openReferral !== null,
    },
  };
}
