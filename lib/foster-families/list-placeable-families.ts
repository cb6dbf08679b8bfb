import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PlaceableFamily } from "./foster-family.dto";
import { familyListSelect, toFamilyListItem } from "./list-foster-families";

/**
 * Families that can receive a child now: APPROVED and with fewer active placements than their
 * capacity. For placement forms (foster:read): every organisation's, or an NGO's own. The
 * placement write must re-check this under a lock on the family row (this is a list, not a promise).
 * The choice offered by the case's placement forms (lib/placements/list-case-placements.ts).
 */
export async function listPlaceableFamilies(actor: Actor): Promise<PlaceableFamily[]> {
  if (!can(actor, "foster:read")) throw new NotFoundError();
  const rows = await db.fosterFamily.findMany({
    where: { vettingStatus: "APPROVED", ...(can(actor, "foster:manage") ? { organisationId: actor.organisationId } : {}) },
    select: familyListSelect,
    orderBy: [{ householdName: "asc" }, { id: "asc" }],
  });
  return rows
    .map(toFamilyListItem)
    .filter((family) => family.freePlaces > 0)
    .map(({ vettingStatus, nextVisitDueAt, ...family }) => {
      void vettingStatus;
      void nextVisitDueAt;
      return family;
    });
}
