import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { registerChildSchema } from "./case.schema";
import { formatCaseNumber } from "./case-number";
import { recordCaseEvent } from "./case-events";
import { refreshDueDates } from "./case-write";
import { nameSearchKey } from "./name-search";

/**
 * Registers a child in the actor's own centre. The case number is drawn from a per-centre,
 * per-year counter in the same transaction, so concurrent registrations never collide.
 */
export async function registerChild(actor: Actor, input: unknown): Promise<WriteResult<{ caseId: string; caseNumber: string }>> {
  if (!can(actor, "case:register") || actor.centreIds.length === 0) throw new NotFoundError();

  const parsed = registerChildSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { centreId: requestedCentre, ...data } = parsed.data;

  // The centre is the worker's own; someone attached to several centres names one of theirs.
  const centreId = requestedCentre ?? (actor.centreIds.length === 1 ? actor.centreIds[0] : null);
  if (!centreId || !actor.centreIds.includes(centreId)) return { ok: false, fieldErrors: { centreId: "required" } };

  const year = new Date().getUTCFullYear();
  return db.$transaction(async (tx) => {
    const centre = await tx.centre.findUniqueOrThrow({ where: { id: centreId }, select: { code: true, active: true } });
    if (!centre.active) return { ok: false as const, fieldErrors: { form: "centreInactive" } };
    const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
      INSERT INTO "CaseNumberSequence" ("centreId", "year", "last") VALUES (${centreId}::uuid, ${year}, 1)
      ON CONFLICT ("centreId", "year") DO UPDATE SET "last" = "CaseNumberSequence"."last" + 1
      RETURNING "last"`;
    const caseNumber = formatCaseNumber(centre.code, year, last);
    const created = await tx.case.create({
      data: {
        ...data,
        searchName: nameSearchKey(data),
        caseNumber,
        centreId,
        caseYear: year,
        caseSequence: last,
        status: "REGISTERED",
        registeredById: actor.userId,
        // A social worker registers into their own caseload; a supervisor's registration waits for assignment.
        assignedWorkerId: can(actor, "caseload:own") ? actor.userId : null,
      },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "case.registered",
      entityType: "Case",
      entityId: created.id,
      after: {
        caseNumber,
        centreId,
        status: created.status,
        assignedWorkerId: created.assignedWorkerId,
        ...data,
        dateOfBirth: data.dateOfBirth.toISOString().slice(0, 10),
        arrivalDate: data.arrivalDate.toISOString().slice(0, 10),
      },
    });
    await recordCaseEvent(tx, created.id, actor.userId, { type: "case.registered", data: { caseNumber } });
    await refreshDueDates(tx, created.id);
    return { ok: true as const, data: { caseId: created.id, caseNumber } };
  });
}
