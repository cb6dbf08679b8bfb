import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { isUuid } from "@/lib/validation/uuid";
import { reassignCasesSchema } from "./reassign.schema";
import { writeReassignment } from "./reassign-write";

/**
 * The supervisor gives a selection of caseload cases (at most 100) to one social worker, with one
 * reason, all or nothing: any case outside the actor's edit scope makes the whole request a
 * NotFoundError; a case changed since the list was shown, or a worker who is not an active social
 * worker of every selected case's centre, refuses it with nothing written. Cases already with that
 * worker are left as they are. Each moved case gets the same timeline entry and audit event as a
 * single reassignment.
 */
export async function reassignCases(
  actor: Actor,
  input: unknown,
): Promise<WriteResult<{ moved: number; unchanged: number; toName: string }>> {
  if (!can(actor, "case:assign")) throw new NotFoundError();
  const parsed = reassignCasesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { workerId, reason, cases } = parsed.data;
  const ids = cases.map((c) => c.id);

  return db.$transaction(async (tx): Promise<WriteResult<{ moved: number; unchanged: number; toName: string }>> => {
    const inScope = await tx.case.count({ where: { AND: [{ id: { in: ids } }, caseEditScope(actor)] } });
    if (inScope !== ids.length) throw new NotFoundError();
    // Row locks in a fixed order, so two overlapping bulk reassignments queue instead of deadlocking.
    await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
    const rows = await tx.case.findMany({
      where: { id: { in: ids } },
      select: { id: true, version: true, status: true, centreId: true, assignedWorkerId: true },
    });
    if (rows.some((row) => row.status === "CLOSED")) throw new InvalidStateError("caseClosed");
    // Checked before the target, which depends on the current assignments: the supervisor chose
    // from a list that no longer holds.
    const read = new Map(cases.map((c) => [c.id, c.version]));
    if (rows.some((row) => row.version !== read.get(row.id))) return { ok: false, fieldErrors: { cases: "casesChanged" } };

    const centreIds = [...new Set(rows.map((row) => row.centreId))];
    const target = isUuid(workerId)
      ? await tx.user.findFirst({
          where: {
            id: workerId,
            role: "SOCIAL_WORKER",
            active: true,
            AND: centreIds.map((centreId) => ({ centres: { some: { centreId } } })),
          },
          select: { id: true, name: true },
        })
      : null;
    if (!target) return { ok: false, fieldErrors: { workerId: "workerNotInAllCentres" } };

    const toMove = rows.filter((row) => row.assignedWorkerId !== target.id);
    const previousIds = [...new Set(toMove.flatMap((row) => (row.assignedWorkerId ? [row.assignedWorkerId] : [])))];
    const previous = new Map(
      (await tx.user.findMany({ where: { id: { in: previousIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
    );
    // One at a time: a transaction is a single connection.
    for (const row of toMove) {
      const previousName = row.assignedWorkerId ? (previous.get(row.assignedWorkerId) ?? null) : null;
      await writeReassignment(tx, actor, row, previousName, target, reason);
    }
    return { ok: true, data: { moved: toMove.length, unchanged: rows.length - toMove.length, toName: target.name } };
  });
}
