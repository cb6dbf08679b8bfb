import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { todayUtc, toIsoDate } from "@/lib/dates/calendar";
import { db, type Tx } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { flagFamilyPlacements } from "./flag-family-placements";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { vettingChangeSchema } from "./foster-family.schema";
import { findFamilyForWrite, type FamilyForWrite } from "./foster-scope";
import { applyVettingTransition } from "./vetting";
import type { FosterVettingStatus } from "@/lib/generated/prisma/enums";

const iso = (date: Date | null) => (date ? toIsoDate(date) : null);

/**
 * Applies a vetting move to a locked family inside `tx` (the state machine decides; a refused
 * move is InvalidStateError, a missing reason a field error). Suspension flags the family's active
 * placements for review. Shared by the status form and by a visit that suspends the family.
 */
export async function applyFamilyStatusChange(
  tx: Tx,
  actor: Actor,
  family: FamilyForWrite,
  to: FosterVettingStatus,
  reason: string | null,
): Promise<{ flaggedPlacements: number }> {
  const now = new Date();
  const outcome = applyVettingTransition(family, to, reason, now, todayUtc(now));
  if (!outcome.ok) {
    if (outcome.problem === "reasonRequired") throw new ReasonRequired();
    throw new InvalidStateError("vettingNotAllowed");
  }
  const change = outcome.change;
  await tx.fosterFamily.update({ where: { id: family.id }, data: { ...change, version: { increment: 1 } } });
  const flaggedPlacements =
    change.vettingStatus === "SUSPENDED" ? await flagFamilyPlacements(tx, actor.userId, family, change.suspensionReason!, now) : 0;
  await writeAuditEvent(tx, actor.userId, {
    action: "fosterFamily.statusChanged",
    entityType: "FosterFamily",
    entityId: family.id,
    before: { vettingStatus: family.vettingStatus, approvedAt: iso(family.approvedAt), suspensionReason: family.suspensionReason },
    after: { vettingStatus: change.vettingStatus, approvedAt: iso(change.approvedAt), reason: reason?.trim() || null, flaggedPlacements },
  });
  return { flaggedPlacements };
}

/** Thrown inside the transaction so that nothing is written; becomes a field error. */
export class ReasonRequired extends Error {}

/** The managing NGO moves its family through vetting (applied → assessed → approved ⇄ suspended). */
export async function changeFosterFamilyStatus(actor: Actor, familyId: string, input: unknown): Promise<WriteResult<{ vettingStatus: FosterVettingStatus; flaggedPlacements: number }>> {
  if (!can(actor, "foster:manage")) throw new NotFoundError();
  const parsed = vettingChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { to, reason, version } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const family = await findFamilyForWrite(tx, actor, familyId, version);
      const { flaggedPlacements } = await applyFamilyStatusChange(tx, actor, family, to, reason);
      return { ok: true as const, data: { vettingStatus: to, flaggedPlacements } };
    });
  } catch (error) {
    if (error instanceof ReasonRequired) return { ok: false, fieldErrors: { reason: "required" } };
    throw error;
  }
}
