import "server-only";
// The BID dossier a panel member reads (ADR 0011): what the panel needs to decide,
// never family phone numbers, locations or the photo. Every read is logged like getCase.
import type { Actor } from "@/lib/auth/actor";
import { toFactors, type Factors } from "@/lib/assessments/assessment.schema";
import { ageOn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import type { BidSessionStatus, ProtectionConcern, RiskLevel, RiskReasonCode, SeparationType, Sex } from "@/lib/generated/prisma/enums";
import { findOpenableAgendaItem } from "./panel-scope";

export type BidDossier = {
  sessionId: string;
  sessionScheduledAt: Date;
  sessionStatus: BidSessionStatus;
  caseId: string;
  caseNumber: string;
  child: {
    firstName: string;
    lastName: string;
    sex: Sex;
    age: number;
    dateOfBirthEstimated: boolean;
    nationality: string;
    languages: string[];
    interpreterLanguage: string | null;
    separationType: SeparationType;
  };
  protectionConcerns: ProtectionConcern[];
  riskLevel: RiskLevel | null;
  riskReasonCode: RiskReasonCode | null;
  /** The worker's words (riskReasonCode OTHER); show through riskReasonText (lib/cases/risk-reason.ts). */
  riskReason: string | null;
  referralReason: string;
  familyTracingResult: string | null;
  assessment: {
    childViews: string;
    caregiverViews: string;
    factors: Factors;
    options: string;
    recommendation: string;
    approvedAt: Date | null;
  };
};

export async function getBidDossier(actor: Actor, sessionId: string, caseId: string, now: Date = new Date()): Promise<BidDossier> {
  const item = await findOpenableAgendaItem(actor, sessionId, caseId, now);
  const row = await db.bidAgendaItem.findUniqueOrThrow({
    where: { id: item.id },
    select: {
      session: { select: { scheduledAt: true, status: true } },
      referral: {
        select: {
          reason: true,
          familyTracingResult: true,
          assessment: {
            select: { childViews: true, caregiverViews: true, factors: true, options: true, recommendation: true, decidedAt: true },
          },
        },
      },
      case: {
        select: {
          caseNumber: true,
          firstName: true,
          lastName: true,
          sex: true,
          dateOfBirth: true,
          dateOfBirthEstimated: true,
          nationality: true,
          languages: true,
          preferredLanguage: true,
          separationType: true,
          protectionConcerns: true,
          riskLevel: true,
          riskReasonCode: true,
          riskReason: true,
        },
      },
    },
  });
  await db.caseAccessLog.create({ data: { userId: actor.userId, caseId: item.caseId, view: "bidDossier" } });
  const { case: kase, referral, session } = row;
  return {
    sessionId: item.sessionId,
    sessionScheduledAt: session.scheduledAt,
    sessionStatus: session.status,
    caseId: item.caseId,
    caseNumber: kase.caseNumber,
    child: {
      firstName: kase.firstName,
      lastName: kase.lastName,
      sex: kase.sex,
      age: ageOn(kase.dateOfBirth, now),
      dateOfBirthEstimated: kase.dateOfBirthEstimated,
      nationality: kase.nationality,
      languages: kase.languages,
      interpreterLanguage: kase.preferredLanguage,
      separationType: kase.separationType,
    },
    protectionConcerns: kase.protectionConcerns,
    riskLevel: kase.riskLevel,
    riskReasonCode: kase.riskReasonCode,
    riskReason: kase.riskReason,
    referralReason: referral.reason,
    familyTracingResult: referral.familyTracingResult,
    assessment: {
      childViews: referral.assessment.childViews,
      caregiverViews: referral.assessment.caregiverViews,
      factors: toFactors(referral.assessment.factors),
      options: referral.assessment.options,
      recommendation: referral.assessment.recommendation,
      approvedAt: referral.assessment.decidedAt,
    },
  };
}
