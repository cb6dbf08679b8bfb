import "server-only";
import type { WriteResult } from "@/lib/action-result";
// The pieces every placement write shares: the result shape, the transaction that turns refusals
// and constraint violations into field errors, and the row locks on centres and placements.
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/uuid";
import { db, type Tx } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { placementConstraintErrors } from "./placement-db-errors";

/** A refusal that is the user's to fix: becomes field errors, and the transaction rolls back. */
export class PlacementFieldError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("Placement refused");
    this.name = "PlacementFieldError";
  }
}

/** Runs a placement transaction; refusals and constraint violations become field errors. */
export async function placementTransaction(work: (tx: Tx) => Promise<{ placementId: string }>): Promise<WriteResult<{ placementId: string }>> {
  try {
    return { ok: true, data: await db.$transaction(work) };
  } catch (error) {
    if (error instanceof PlacementFieldError) return { ok: false, fieldErrors: error.fieldErrors };
    const mapped = placementConstraintErrors(error);
    if (mapped) return { ok: false, fieldErrors: mapped };
    throw error;
  }
}

/**
 * Locks the centre row, then counts its active placements: racing admissions queue on the lock.
 * A deactivated centre takes no admission: refused here, for admissions and transfers alike.
 */
export async function lockCentreOccupancy(tx: Tx, centreId: string, inactiveField: string) {
  const rows = await tx.$queryRaw<{ capacity: number; active: boolean }[]>`SELECT "capacity", "active" FROM "Centre" WHERE "id" = ${centreId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  if (!rows[0].active) throw new PlacementFieldError({ [inactiveField]: "placement.centreInactive" });
  const occupied = await tx.placement.count({ where: { centreId, endDate: null } });
  return { capacity: rows[0].capacity, occupied };
}

/**
 * The active placement `placementId` of case `caseId`, locked, at the version the user read.
 * Ended → InvalidStateError; changed since → ConflictError.
 */
export async function findActivePlacementForWrite(tx: Tx, caseId: string, placementId: string, version: number) {
  if (!isUuid(placementId)) throw new NotFoundError();
  await tx.$queryRaw`SELECT 1 FROM "Placement" WHERE "id" = ${placementId}::uuid FOR UPDATE`;
  const placement = await tx.placement.findFirst({
    where: { id: placementId, caseId },
    select: { id: true, type: true, centreId: true, startDate: true, endDate: true, version: true, updatedAt: true, endedBy: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
  if (!placement) throw new NotFoundError();
  if (placement.version !== version) {
    throw new ConflictError(placement.endedBy?.name ?? placement.createdBy.name, placement.updatedAt);
  }
  if (placement.endDate) throw new InvalidStateError("placementEnded");
  return placement;
}

/** An NGO caseworker acts only on placements in a foster family of their own organisation. */
export async function requireOwnFosterPlacement(tx: Tx, actor: Actor, placementId: string): Promise<void> {
  const own = await tx.placement.count({ where: { id: placementId, fosterFamily: { organisationId: actor.organisationId } } });
  if (own === 0) throw new NotFoundError();
}
