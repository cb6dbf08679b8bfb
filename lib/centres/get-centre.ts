import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { AdminCentre } from "./list-centres";

/** One centre for the administrator's edit form (org:manage), with its current occupancy. */
export async function getCentre(actor: Actor, centreId: string): Promise<AdminCentre> {
  if (!can(actor, "org:manage") || !isUuid(centreId)) throw new NotFoundError();
  const centre = await db.centre.findUnique({
    where: { id: centreId },
    select: { id: true, code: true, name: true, town: true, region: true, capacity: true, active: true, version: true },
  });
  if (!centre) throw new NotFoundError();
  const occupied = await db.placement.count({ where: { centreId, type: "CPISE_RESIDENTIAL", endDate: null } });
  return { ...centre, occupied };
}
