import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import type { FosterFamilyListItem } from "./foster-family.dto";
import type { FosterListFilters } from "./foster-family.schema";
import { fosterReadScope } from "./foster-scope";

export const FOSTER_PAGE_SIZE = 20;

export const familyListSelect = {
  id: true,
  householdName: true,
  location: true,
  languages: true,
  capacity: true,
  vettingStatus: true,
  nextVisitDueAt: true,
  organisation: { select: { name: true, nameAr: true } },
  _count: { select: { placements: { where: { endDate: null } } } },
} as const satisfies Prisma.FosterFamilySelect;

export function toFamilyListItem(row: Prisma.FosterFamilyGetPayload<{ select: typeof familyListSelect }>): FosterFamilyListItem {
  const activePlacements = row._count.placements;
  return {
    id: row.id,
    householdName: row.householdName,
    location: row.location,
    languages: row.languages,
    capacity: row.capacity,
    activePlacements,
    freePlaces: Math.max(row.capacity - activePlacements, 0),
    vettingStatus: row.vettingStatus,
    nextVisitDueAt: row.nextVisitDueAt,
    organisation: row.organisation,
  };
}

export type FosterFamilyPage = { items: FosterFamilyListItem[]; total: number; page: number; pageCount: number };

/** /foster-families: the NGO's own households, or every household (read-only) for the board's readers. */
export async function listFosterFamilies(actor: Actor, filters: FosterListFilters = {}): Promise<FosterFamilyPage> {
  const scope = fosterReadScope(actor);
  if (!scope) throw new NotFoundError();
  const where: Prisma.FosterFamilyWhereInput = {
    AND: [
      scope,
      filters.status ? { vettingStatus: filters.status } : {},
      filters.q ? { householdName: { contains: filters.q, mode: "insensitive" } } : {},
    ],
  };
  const total = await db.fosterFamily.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / FOSTER_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const rows = await db.fosterFamily.findMany({
    where,
    select: familyListSelect,
    orderBy: [{ householdName: "asc" }, { id: "asc" }],
    skip: (page - 1) * FOSTER_PAGE_SIZE,
    take: FOSTER_PAGE_SIZE,
  });
  return { items: rows.map(toFamilyListItem), total, page, pageCount };
}
