import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { boardCentres } from "./occupancy-scope";

export const HISTORY_DAYS = 90;
const DAY = 86_400_000;

export type OccupancyHistory = {
  centres: { id: string; code: string; name: string; capacity: number }[];
  /** One point per day, oldest first: the number of children present in each centre (by code). */
  days: { day: string; counts: Record<string, number> }[];
};

/**
 * Daily occupancy per centre of the actor's board over the last `days` days, in one query: a
 * child is present on day d when their residential placement started on or before d and had not
 * ended by d (the end date is the day they left, as in the placements' [start, end) ranges).
 */
export async function getOccupancyHistory(actor: Actor, now: Date = new Date(), days = HISTORY_DAYS): Promise<OccupancyHistory> {
  const centres = await boardCentres(actor);
  if (centres.length === 0) return { centres, days: [] };
  const today = todayUtc(now);
  const from = new Date(today.getTime() - (days - 1) * DAY);
  const rows = await db.$queryRaw<{ day: string; code: string; occupied: number }[]>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS "day", c."code", count(p."id")::int AS "occupied"
    FROM generate_series(${from}::date, ${today}::date, interval '1 day') AS d(day)
    CROSS JOIN "Centre" c
    LEFT JOIN "Placement" p
      ON p."centreId" = c."id"
     AND p."type" = 'CPISE_RESIDENTIAL'
     AND p."startDate" <= d.day::date
     AND (p."endDate" IS NULL OR p."endDate" > d.day::date)
    WHERE c."id" IN (${Prisma.join(centres.map((c) => Prisma.sql`${c.id}::uuid`))})
    GROUP BY d.day, c."code"
    ORDER BY d.day, c."code"`;
  const byDay = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = byDay.get(row.day) ?? {};
    counts[row.code] = row.occupied;
    byDay.set(row.day, counts);
  }
  return { centres, days: [...byDay].map(([day, counts]) => ({ day, counts })) };
}
