// The BID settings form (administrator): quorum rule and panel access window. Shared by the form
// and the DAL; messages are keys under "errors".
import { z } from "zod";
import type { BidConfig } from "@/lib/bid/bid-config";

const count = (min: number, max: number) =>
  z.coerce.number({ error: "wholeNumber" }).int({ error: "wholeNumber" }).min(min, { error: "bid.outOfRange" }).max(max, { error: "bid.outOfRange" });

export const bidConfigFormSchema = z.object({
  minVoting: count(1, 20),
  minOrganisations: count(1, 10),
  chairRequired: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  panelAccessDays: count(0, 90),
});
export type BidConfigFormInput = z.input<typeof bidConfigFormSchema>;
export type BidConfigFormData = z.output<typeof bidConfigFormSchema>;

export function toBidConfig(data: BidConfigFormData): BidConfig {
  return {
    quorum: { minVoting: data.minVoting, minOrganisations: data.minOrganisations, chairRequired: data.chairRequired },
    panelAccessDays: data.panelAccessDays,
  };
}
