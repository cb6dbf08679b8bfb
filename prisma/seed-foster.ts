// Demo foster families of the NGOs, with their vetting status and monitoring visits (issue 4).
// Idempotent like the rest of the seed: creates only what is missing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./seed-context";

/** Returns a one-line summary for the seed's log. */
export async function seedFosterFamilies(db: PrismaClient, ctx: SeedContext): Promise<string> {
  void db;
  void ctx;
  return "0 foster families";
}
