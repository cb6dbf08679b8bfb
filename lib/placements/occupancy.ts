// Occupancy maths, pure: week and month boundaries, free places, days in care, visit due status.
// Dates are UTC calendar days (Mauritania keeps UTC).
const DAY = 86_400_000;

/** Monday of the ISO week holding `today`. */
export function startOfWeek(today: Date): Date {
  const weekday = (today.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - weekday));
}

export function startOfMonth(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
}

/** Free places (never negative) and how many children are above capacity (overrides). */
export function placesOf(capacity: number, occupied: number): { free: number; over: number; percent: number } {
  return {
    free: Math.max(capacity - occupied, 0),
    over: Math.max(occupied - capacity, 0),
    percent: capacity > 0 ? Math.round((occupied / capacity) * 100) : 0,
  };
}

/** Whole days since admission: admitted today is day 0. */
export function daysInCare(startDate: Date, today: Date): number {
  return Math.max(0, Math.round((today.getTime() - startDate.getTime()) / DAY));
}

export type VisitDue = "none" | "overdue" | "dueSoon" | "planned";
export const DUE_SOON_DAYS = 7;

/** A monitoring visit date: passed → overdue; within a week → due soon. */
export function visitDue(nextVisitDueAt: Date | null, today: Date): VisitDue {
  if (!nextVisitDueAt) return "none";
  if (nextVisitDueAt < today) return "overdue";
  return nextVisitDueAt.getTime() - today.getTime() <= DUE_SOON_DAYS * DAY ? "dueSoon" : "planned";
}
