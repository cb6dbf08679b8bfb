import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { getBidDecision } from "@/lib/bid/get-bid-decision";
import { orNotFound } from "@/lib/or-not-found";
import { DecisionRecord } from "../../_components/decision-record";
import { PrintButton, PrintStyles } from "../../_components/print-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bid.print");
  return { title: t("decisionTitle") };
}

/** The printable decision record of one case (issue 5, journey 9): only this case. */
export default async function DecisionPrintPage({ params }: PageProps<"/bid/decisions/[decisionId]/print">) {
  const actor = await requireActor();
  const { decisionId } = await params;
  const decision = await orNotFound(getBidDecision(actor, decisionId));
  const [t, format] = await Promise.all([getTranslations("bid.print"), getFormatter()]);
  return (
    <article className="mx-auto max-w-3xl space-y-5 bg-white p-4 sm:p-8 print:p-0" data-testid="print-page">
      <PrintStyles />
      <div className="flex justify-end print:hidden">
        <PrintButton />
      </div>
      <p className="text-center text-sm font-bold uppercase tracking-widest text-red-800" data-testid="confidential">
        {t("confidential")}
      </p>
      <header className="space-y-1 border-b border-slate-300 pb-3 text-center">
        <p className="text-sm">{t("organisation")}</p>
        <h1 className="text-xl font-bold">{t("decisionHeading")}</h1>
        <p className="text-sm text-slate-600">{t("printedOn", { date: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short" }) })}</p>
      </header>
      {decision.supersededAt && <p className="rounded border border-slate-400 p-2 text-sm font-semibold">{t("supersededNotice")}</p>}
      <DecisionRecord decision={decision} />
      <div className="grid grid-cols-2 gap-8 pt-10 text-sm">
        <p className="border-t border-slate-400 pt-1">{t("chairSignature")}</p>
        <p className="border-t border-slate-400 pt-1">{t("secretarySignature")}</p>
      </div>
      <p className="text-center text-xs font-bold uppercase tracking-widest text-red-800">{t("confidential")}</p>
    </article>
  );
}
