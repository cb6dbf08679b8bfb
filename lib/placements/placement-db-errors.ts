import "server-only";
// Postgres constraint violations on Placement, mapped to the field errors the forms show: the
// database is the last word on "one active placement" and "no overlap", even under races.

/** The SQLSTATE of a Postgres error however the driver adapter wrapped it, or null. */
function sqlStateOf(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== "object" || depth > 5) return null;
  const record = error as Record<string, unknown>;
  for (const key of ["originalCode", "code"]) {
    const value = record[key];
    if (typeof value === "string" && /^[0-9A-Z]{5}$/.test(value) && !value.startsWith("P")) return value;
  }
  if (record.code === "P2002") return "23505";
  for (const key of ["cause", "meta", "driverAdapterError"]) {
    const found = sqlStateOf(record[key], depth + 1);
    if (found) return found;
  }
  const message = typeof record.message === "string" ? record.message : "";
  if (message.includes("Placement_no_overlap") || message.includes("23P01")) return "23P01";
  if (message.includes("Placement_one_active_per_case")) return "23505";
  return null;
}

/** Field errors for a placement constraint violation, or null when `error` is something else. */
export function placementConstraintErrors(error: unknown, field = "startDate"): Record<string, string> | null {
  const state = sqlStateOf(error);
  if (state === "23P01") return { [field]: "placement.overlapsEarlier" };
  if (state === "23505") return { form: "placement.activeExists" };
  return null;
}
