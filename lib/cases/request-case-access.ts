import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limiter";
import { fieldErrorsByField } from "@/lib/field-errors";
import { caseAccessRequestSchema } from "./duplicate-search.schema";

export type CaseAccessRequestOutcome = { status: "requested" | "alreadyRequested" } | { status: "inScope"; caseId: string };

/**
 * A social worker who found an existing child outside their scope (duplicate search) asks the
 * supervisor of the child's centre for access. The case is named by its number: the search
 * shows no id for such a case. One pending request per case and requester (a partial unique
 * index); asking again while one is pending changes nothing. Nothing goes on the case's
 * timeline: the requester is not part of the case, and the supervisor's decision is.
 *
 * Only holders of case:request-access (social workers): the read scope honours granted requests
 * for them alone (lib/auth/scope.ts), so a request by anyone else could never open anything.
 */
export async function requestCaseAccess(actor: Actor, input: unknown): Promise<WriteResult<CaseAccessRequestOutcome>> {
  if (!can(actor, "case:register") || !can(actor, "case:request-access")) throw new NotFoundError();
  const parsed = caseAccessRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  // Each answer tells whether a case number exists: counted before the lookup (ADR 0019).
  await enforceRateLimits(["caseAccessRequest"], actor.userId, { actorId: actor.userId });
  const { caseNumber, reason } = parsed.data;

  try {
    return await db.$transaction(async (tx) => {
      const target = await tx.case.findFirst({ where: { caseNumber, status: { not: "DUPLICATE" } }, select: { id: true } });
      if (!target) throw new NotFoundError();
      const visible = await tx.case.count({ where: { AND: [{ id: target.id }, caseScope(actor)] } });
      if (visible > 0) return { ok: true as const, data: { status: "inScope" as const, caseId: target.id } };

      const pending = await tx.caseAccessRequest.count({
        where: { caseId: target.id, requesterId: actor.userId, status: "PENDING" },
      });
      if (pending > 0) return { ok: true as const, data: { status: "alreadyRequested" as const } };

      const request = await tx.caseAccessRequest.create({
        data: { caseId: target.id, requesterId: actor.userId, reason },
        select: { id: true },
      });
      await writeAuditEvent(tx, actor.userId, {
        action: "case.accessRequested",
        entityType: "CaseAccessRequest",
        entityId: request.id,
        after: { caseId: target.id, caseNumber, reason, status: "PENDING" },
      });
      return { ok: true as const, data: { status: "requested" as const } };
    });
  } catch (error) {
    // Two requests at the same moment: the partial unique index keeps one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: true, data: { status: "alreadyRequested" } };
    }
    throw error;
  }
}
