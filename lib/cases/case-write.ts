import "server-only";
// The shared steps of every write to a case: find it within the actor's edit scope, refuse
// closed cases, update with the version the user read, recompute the due dates.
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { caseEditScope, caseScope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { latestFollowUpContact } from "@/lib/notes/latest-follow-up-contact";
import { getTimelineConfig } from "./timeline-config";
import { isUuid } from "@/lib/validation/uuid";
import { computeDueDates, statusFacts } from "./timelines";

const caseForWriteSelect = {
  id: true,
  version: true,
  status: true,
  centreId: true,
  assignedWorkerId: true,
  riskLevel: true,
  caseNumber: true,
  dateOfBirth: true,
} as const;

export type CaseForWrite = Prisma.CaseGetPayload<{ select: typeof caseForWriteSelect }>;

/**
 * The case, locked for this transaction, if the actor holds `permission` and the case is in
 * their edit scope (or, with `scope: "read"`, their read scope — e.g. NGO follow-up notes).
 * Anything else is NotFoundError. Closed cases are refused unless `allowClosed`.
 */
export async function findCaseForWrite(
  tx: Tx,
  actor: Actor,
  caseId: string,
  options: { permission: Permission; scope?: "edit" | "read"; allowClosed?: boolean },
): Promise<CaseForWrite> {
  if (!can(actor, options.permission) || !isUuid(caseId)) throw new NotFoundError();
  const scope = options.scope === "read" ? caseScope(actor) : caseEditScope(actor);
  const found = await tx.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { id: true } });
  if (!found) throw new NotFoundError();
  // Row lock: concurrent writers to the same case queue here instead of interleaving.
  await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
  const row = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: caseForWriteSelect });
  if (row.status === "CLOSED" && !options.allowClosed) throw new InvalidStateError("caseClosed");
  return row;
}

/**
 * Updates the case only if it is still at `expectedVersion`; otherwise ConflictError naming who
 * changed it and when. Bumps the version and records the editor.
 */
export async function updateCaseVersioned(
  tx: Tx,
  actor: Actor,
  caseId: string,
  expectedVersion: number,
  data: Prisma.CaseUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.case.updateMany({
    where: { id: caseId, version: expectedVersion },
    data: { ...data, version: { increment: 1 }, lastEditedById: actor.userId },
  });
  if (count === 1) return;
  const current = await tx.case.findUnique({
    where: { id: caseId },
    select: { updatedAt: true, lastEditedBy: { select: { name: true } } },
  });
  throw new ConflictError(current?.lastEditedBy?.name ?? null, current?.updatedAt ?? new Date());
}

/** Recomputes the case's due dates from its current facts and the configured timelines. */
export async function refreshDueDates(tx: Tx, caseId: string): Promise<void> {
  // One query at a time: a transaction is a single connection, and Prisma loads the relations of
  // one select in parallel, so each latest fact is read on its own.
  const facts = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { riskLevel: true, createdAt: true, firstActionAt: true, status: true, implementationDueAt: true, reviewDueAt: true },
  });
  const assessment = await tx.assessment.findFirst({
    where: { caseId, status: "APPROVED" },
    orderBy: { decidedAt: "desc" },
    select: { decidedAt: true },
  });
  const casePlan = await tx.casePlan.findFirst({ where: { caseId, status: "APPROVED" }, orderBy: { decidedAt: "desc" }, select: { decidedAt: true } });
  const visit = await latestFollowUpContact(tx, caseId);
  const config = await getTimelineConfig(tx);
  const due = computeDueDates(
    {
      riskLevel: facts.riskLevel,
      registeredAt: facts.createdAt,
      firstActionAt: facts.firstActionAt,
      assessmentApprovedAt: assessment?.decidedAt ?? null,
      casePlanApprovedAt: casePlan?.decidedAt ?? null,
      lastFollowUpAt: visit?.date ?? null,
      plannedNextVisit: visit?.nextVisitDate ?? null,
      bidImplementationDueAt: facts.implementationDueAt,
      bidReviewDueAt: facts.reviewDueAt,
      ...statusFacts(facts.status),
    },
    config,
  );
  // Raw SQL on purpose: derived dates are not an edit, so `updatedAt` (shown in the
  // "changed by X at HH:MM" message) must keep the time of the last real change.
  await tx.$executeRaw`
    UPDATE "Case" SET
      "firstActionDueAt" = ${due.firstActionDueAt}, "assessmentDueAt" = ${due.assessmentDueAt},
      "casePlanDueAt" = ${due.casePlanDueAt}, "followUpDueAt" = ${due.followUpDueAt}, "nextDueAt" = ${due.nextDueAt}
    WHERE "id" = ${caseId}::uuid`;
}
