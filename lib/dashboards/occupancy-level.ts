// How full a centre is, for the dashboard's highlight. Pure.

/** "nearFull" from NEAR_FULL_PERCENT, "full" with no free place (over capacity included). */
export type OccupancyLevel = "ok" | "nearFull" | "full";

export const NEAR_FULL_PERCENT = 90;

export function occupancyLevel({ capacity, occupied }: { capacity: number; occupied: number }): OccupancyLevel {
  if (capacity <= 0) return occupied > 0 ? "full" : "ok";
  if (occupied >= capacity) return "full";
  return (occupied / capacity) * 100 >= NEAR_FULL_PERCENT ? "nearFull" : "ok";
}
