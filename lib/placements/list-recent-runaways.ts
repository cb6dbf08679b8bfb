import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";

export type RecentRunaway = {
  placementId: string;
  caseId: string;
  caseNumber: string;
  firstName: string;
  lastName: string;
  /** The day the child left. */
  endDate: Date;
  placementType: string;
  location: string | null;
  /** Whether the child has been placed again since. */
  placedAgain: boolean;
};

/**
 * Placements that ended because the child ran away in the last `days` days (today included),
 * newest first, for the cases the actor may read (dashboard and case pages). Optionally one case,
 * or the cases of one centre (the dashboard's centre filter).
 */
export async function listRecentRunaways(
  actor: Actor,
  options: { days?: number; caseId?: string; take?: number; centreId?: string; now?: Date } = {},
): Promise<RecentRunaway[]> {
  if (!can(actor, "case:read")) return [];
  const days = options.days ?? 30;
  const since = new Date(todayUtc(options.now).getTime() - (days - 1) * 86_400_000);
  const rows = await db.placement.findMany({
    where: {
      endReason: "RAN_AWAY",
      endDate: { gte: since },
      case: { AND: [caseScope(actor), options.caseId ? { id: options.caseId } : {}, options.centreId ? { centreId: options.centreId } : {}] },
    },
    orderBy: [{ endDate: "desc" }, { updatedAt: "desc" }],
    take: options.take ?? 50,
    select: {
      id: true,
      type: true,
      endDate: true,
      placeName: true,
      caregiverName: true,
      centre: { select: { name: true } },
      fosterFamily: { select: { householdName: true } },
      case: {
        select: { id: true, caseNumber: true, firstName: true, lastName: true, placements: { where: { endDate: null }, select: { id: true } } },
      },
    },
  });
  return rows.map((p) => ({
    placementId: p.id,
    caseId: p.case.id,
    caseNumber: p.case.caseNumber,
    firstName: p.case.firstName,
    lastName: p.case.lastName,
    endDate: p.endDate!,
    placementType: p.type,
    location: p.centre?.name ?? p.fosterFamily?.householdName ?? p.placeName ?? p.caregiverName ?? null,
    placedAgain: p.case.placements.length > 0,
  }));
}
