import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type AdminCentre = {
  id: string;
  code: string;
  name: string;
  town: string;
  region: string;
  capacity: number;
  /** Children in residential care there now (active placements). */
  occupied: number;
  active: boolean;
  version: number;
};

/** Every centre, active or not, with its current occupancy: the administrator's list (org:manage). */
export async function listCentres(actor: Actor): Promise<AdminCentre[]> {
  if (!can(actor, "org:manage")) throw new NotFoundError();
  const [centres, occupancy] = await Promise.all([
    db.centre.findMany({
      select: { id: true, code: true, name: true, town: true, region: true, capacity: true, active: true, version: true },
      orderBy: { code: "asc" },
    }),
    db.placement.groupBy({ by: ["centreId"], where: { type: "CPISE_RESIDENTIAL", endDate: null, centreId: { not: null } }, _count: true }),
  ]);
  const occupied = new Map(occupancy.map((row) => [row.centreId, row._count]));
  return centres.map((centre) => ({ ...centre, occupied: occupied.get(centre.id) ?? 0 }));
}
