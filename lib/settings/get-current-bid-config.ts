import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getBidConfig, type BidConfig } from "@/lib/bid/bid-config";

/** The BID rules as configured, for the administrator's form. */
export async function getCurrentBidConfig(actor: Actor): Promise<BidConfig> {
  if (!can(actor, "config:manage")) throw new NotFoundError();
  return getBidConfig(db);
}
