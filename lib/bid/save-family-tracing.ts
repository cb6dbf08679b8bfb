import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { caseEditScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/validation/uuid";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { familyTracingSchema } from "./bid-referral.schema";

/** The caseworker records the family tracing result on the case's open referral (readiness item). */
export async function saveFamilyTracing(actor: Actor, caseId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "bid:refer") || !isUuid(caseId)) throw new NotFoundError();
  const parsed = familyTracingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { familyTracingResult, version } = parsed.data;

  return db.$transaction(async (tx) => {
    const referral = await tx.bidReferral.findFirst({
      where: { caseId, status: { in: ["QUEUED", "SCHEDULED"] }, case: caseEditScope(actor) },
      select: { id: true, familyTracingResult: true },
    });
    if (!referral) throw new NotFoundError();
    const { count } = await tx.bidReferral.updateMany({
      where: { id: referral.id, version },
      data: { familyTracingResult, version: { increment: 1 } },
    });
    if (count !== 1) {
      const now = await tx.bidReferral.findUniqueOrThrow({ where: { id: referral.id }, select: { updatedAt: true } });
      throw new ConflictError(null, now.updatedAt);
    }
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.tracingRecorded",
      entityType: "BidReferral",
      entityId: referral.id,
      before: { recorded: Boolean(referral.familyTracingResult) },
      after: { recorded: true },
    });
    return { ok: true as const, data: { version: version + 1 } };
  });
}
