import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The family's placements on `date`: started on or before it and not ended by then (a placement's
 * end day is its first day away, as in the placements' no-overlap rule). Oldest first.
 */
export async function placementsOnDate(client: Pick<Tx, "placement">, familyId: string, date: Date) {
  return client.placement.findMany({
    where: { fosterFamilyId: familyId, startDate: { lte: date }, OR: [{ endDate: null }, { endDate: { gt: date } }] },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { id: true, caseId: true, startDate: true, endDate: true },
  });
}
