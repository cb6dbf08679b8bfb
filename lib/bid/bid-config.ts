import "server-only";
// The configured BID rules (the "bid" setting an administrator edits in lib/settings), read by
// the quorum and panel-access checks. It lives beside the rules it configures, so the BID code
// never depends on the administration module; lib/settings depends on this instead.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { DEFAULT_QUORUM, type QuorumRule } from "./quorum";

export const BID_SETTING = "bid";

export type BidConfig = {
  quorum: QuorumRule;
  /** Panel members keep access to a dossier this many days after the decision is signed. */
  panelAccessDays: number;
};

export const DEFAULT_BID_CONFIG: BidConfig = { quorum: DEFAULT_QUORUM, panelAccessDays: 7 };

export const bidConfigSchema = z.object({
  quorum: z.object({
    minVoting: z.number().int().min(1).max(20),
    minOrganisations: z.number().int().min(1).max(10),
    chairRequired: z.boolean(),
  }),
  panelAccessDays: z.number().int().min(0).max(90),
});

/** The configured BID rules, or the defaults when none (or an unreadable one) is stored. */
export async function getBidConfig(client: Pick<Tx, "setting">): Promise<BidConfig> {
  const row = await client.setting.findUnique({ where: { key: BID_SETTING } });
  const parsed = bidConfigSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_BID_CONFIG;
}
