import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { boardCentres } from "./occupancy-scope";

export const CAPACITY_HISTORY_LIMIT = 50;

export type CapacityChange = {
  id: string;
  centreCode: string;
  centreName: string;
  at: Date;
  fromCapacity: number;
  toCapacity: number;
  reason: string;
  changedByName: string;
};

/** The capacity changes of the centres on the actor's board, newest first (the board's scope rule). */
export async function getCapacityHistory(actor: Actor): Promise<CapacityChange[]> {
  const centres = await boardCentres(actor);
  if (centres.length === 0) return [];
  const rows = await db.centreCapacityChange.findMany({
    where: { centreId: { in: centres.map((c) => c.id) } },
    select: {
      id: true,
      at: true,
      fromCapacity: true,
      toCapacity: true,
      reason: true,
      centre: { select: { code: true, name: true } },
      changedBy: { select: { name: true } },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: CAPACITY_HISTORY_LIMIT,
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    centreCode: row.centre.code,
    centreName: row.centre.name,
    at: row.at,
    fromCapacity: row.fromCapacity,
    toCapacity: row.toCapacity,
    reason: row.reason,
    changedByName: row.changedBy.name,
  }));
}
