import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { recordCaseEvent } from "@/lib/cases/case-events";
import { canTransition } from "@/lib/cases/case-status";
import { findCaseForWrite, refreshDueDates, updateCaseVersioned } from "@/lib/cases/case-write";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { referCaseSchema } from "./bid-referral.schema";
import { reviewReferralOpensAt } from "./case-bid-stage";

/**
 * The caseworker (or supervisor) refers a case whose latest approved BIA says "BID required":
 * a QUEUED referral, the case to BID_PENDING, due dates recomputed, timeline and audit — one
 * transaction. A second open referral is refused (check + the partial unique index for races).
 */
export async function referCaseToBid(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ referralId: string; caseVersion: number }>> {
  if (!can(actor, "bid:refer")) throw new NotFoundError();
  const parsed = referCaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { reason, familyTracingResult, caseVersion } = parsed.data;

  try {
    return await db.$transaction(async (tx) => {
      const current = await findCaseForWrite(tx, actor, caseId, { permission: "bid:refer" });
      if (current.version !== caseVersion) {
        const changed = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { updatedAt: true, lastEditedBy: { select: { name: true } } },
        });
        throw new ConflictError(changed.lastEditedBy?.name ?? null, changed.updatedAt);
      }
      const open = await tx.bidReferral.findFirst({ where: { caseId, status: { in: ["QUEUED", "SCHEDULED"] } }, select: { id: true } });
      if (open) throw new InvalidStateError("alreadyReferred");
      const assessment = await tx.assessment.findFirst({
        where: { caseId, status: "APPROVED" },
        orderBy: { decidedAt: "desc" },
        select: { id: true, bidRequired: true },
      });
      if (!assessment || assessment.bidRequired !== true) throw new InvalidStateError("noBidAssessment");
      if (!canTransition(current.status, "BID_PENDING")) throw new InvalidStateError("statusNotReferable");
      // After a signed decision a new referral is a review, allowed shortly before the review date.
      const inForce = await tx.bidDecision.findFirst({
        where: { caseId, signedAt: { not: null }, supersededAt: null },
        orderBy: { signedAt: "desc" },
        select: { signedAt: true, implementationDeadline: true, reviewDate: true },
      });
      const opensAt = reviewReferralOpensAt(inForce && { ...inForce, signedAt: inForce.signedAt! });
      if (opensAt && opensAt.getTime() > Date.now()) throw new InvalidStateError("reviewNotDue");

      const referral = await tx.bidReferral.create({
        data: {
          caseId,
          assessmentId: assessment.id,
          reason,
          familyTracingResult: familyTracingResult ? familyTracingResult : null,
          referredById: actor.userId,
        },
        select: { id: true },
      });
      await updateCaseVersioned(tx, actor, caseId, caseVersion, { status: "BID_PENDING" });
      await refreshDueDates(tx, caseId);
      await recordCaseEvent(tx, caseId, actor.userId, { type: "case.statusChanged", data: { from: current.status, to: "BID_PENDING" } });
      await recordCaseEvent(tx, caseId, actor.userId, { type: "bid.referred", data: { id: referral.id, reason } });
      await writeAuditEvent(tx, actor.userId, {
        action: "bid.referred",
        entityType: "BidReferral",
        entityId: referral.id,
        after: { caseId, assessmentId: assessment.id, reason, familyTracingRecorded: Boolean(familyTracingResult), caseStatus: "BID_PENDING" },
      });
      return { ok: true as const, data: { referralId: referral.id, caseVersion: caseVersion + 1 } };
    });
  } catch (error) {
    // Two referrals racing past the check: the partial unique index refuses the second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new InvalidStateError("alreadyReferred");
    throw error;
  }
}
