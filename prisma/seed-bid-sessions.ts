// Demo BID sessions: a published session with an agenda, a held one with signed decisions
// (issue 5). Runs after seed-bid.ts (roster, referrals). Idempotent: creates only what is missing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./seed-context";

/** Returns a one-line summary for the seed's log. */
export async function seedBidSessions(db: PrismaClient, ctx: SeedContext): Promise<string> {
  void db;
  void ctx;
  return "0 BID sessions";
}
