import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Locks the active administrators' rows, in id order, and returns their ids. Every change that
 * could leave no active administrator takes these locks first, so two such changes run one after
 * the other and the second sees the first one's result (the row re-read under its lock).
 */
export async function lockActiveAdministrators(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "User" WHERE "role" = 'ADMINISTRATOR' AND "active" ORDER BY "id" FOR UPDATE`;
  return rows.map((row) => row.id);
}
