import "server-only";
// Which foster families an actor may see or change. NGO caseworkers manage their own
// organisation's households only; supervisors and the national supervisor (the occupancy board)
// read every household, without the contact details (see foster-family.dto.ts).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** The families the actor may open on /foster-families, or null when the pages are not theirs. */
export function fosterReadScope(actor: Actor): Prisma.FosterFamilyWhereInput | null {
  if (can(actor, "foster:manage")) return { organisationId: actor.organisationId };
  if (can(actor, "foster:read") && can(actor, "placement:board")) return {};
  return null;
}

/** Whether the actor manages this family (their organisation's, with foster:manage). */
export function managesFamily(actor: Actor, family: { organisationId: string }): boolean {
  return can(actor, "foster:manage") && family.organisationId === actor.organisationId;
}

const familyForWriteSelect = {
  id: true,
  organisationId: true,
  householdName: true,
  vettingStatus: true,
  approvedAt: true,
  suspendedAt: true,
  suspensionReason: true,
  nextVisitDueAt: true,
  version: true,
  updatedAt: true,
} as const;
export type FamilyForWrite = Prisma.FosterFamilyGetPayload<{ select: typeof familyForWriteSelect }>;

/**
 * The family, locked for this transaction, if the actor manages it; otherwise NotFoundError
 * (another NGO's household does not exist for them). A stale `expectedVersion` is a ConflictError.
 */
export async function findFamilyForWrite(tx: Tx, actor: Actor, familyId: string, expectedVersion: number): Promise<FamilyForWrite> {
  if (!can(actor, "foster:manage") || !isUuid(familyId)) throw new NotFoundError();
  // Row lock: a concurrent status change, visit or placement into this family waits here.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "FosterFamily" WHERE "id" = ${familyId}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  const family = await tx.fosterFamily.findUniqueOrThrow({ where: { id: familyId }, select: familyForWriteSelect });
  if (family.version !== expectedVersion) throw new ConflictError(null, family.updatedAt);
  return family;
}
