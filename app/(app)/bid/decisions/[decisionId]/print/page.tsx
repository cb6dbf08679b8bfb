import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { getBidDecision } from "@/lib/bid/get-bid-decision";
import { orNotFound } from "@/lib/or-not-found";
import { DecisionRecord } from "@/components/bid/decision-record";
import { ConfidentialPrint } from "@/components/bid/confidential-print";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bid.print");
  return { title: t("decisionTitle") };
}

/** The printable decision record of one case (ADR 0011): only this case, nothing of the others on the agenda. */
export default async function DecisionPrintPage({ params }: PageProps<"/bid/decisions/[decisionId]/print">) {
  const actor = await requireActor();
  const { decisionId } = await params;
  const decision = await orNotFound(getBidDecision(actor, decisionId));
  const [t, format] = await Promise.all([getTranslations("bid.print"), getFormatter()]);
  return (
    <ConfidentialPrint
      heading={t("decisionHeading")}
      header={<p className="text-sm text-slate-600">{t("printedOn", { date: format.dateTime(new Date(), "dateTime") })}</p>}
    >
      {decision.supersededAt && <p className="rounded border border-slate-400 p-2 text-sm font-semibold">{t("supersededNotice")}</p>}
      <DecisionRecord decision={decision} />
    </ConfidentialPrint>
  );
}
