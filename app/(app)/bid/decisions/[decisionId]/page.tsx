import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getBidDecision } from "@/lib/bid/get-bid-decision";
import { orNotFound } from "@/lib/or-not-found";
import { DecisionRecord } from "@/components/bid/decision-record";
import { SignButton } from "@/components/bid/sign-button";
import { signDecisionAction } from "./actions";
import { SupersedeForm } from "./supersede-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bid.decision");
  return { title: t("title") };
}

/**
 * A decision record (ADR 0011): read-only once signed; the chair signs here;
 * the coordinator starts a review or reopening; the history of the case's decisions.
 */
export default async function DecisionPage({ params }: PageProps<"/bid/decisions/[decisionId]">) {
  const actor = await requireActor();
  const { decisionId } = await params;
  const decision = await orNotFound(getBidDecision(actor, decisionId));
  const [t, format] = await Promise.all([getTranslations("bid.decision"), getFormatter()]);
  const back = decision.viewer.isCoordinator ? `/bid/sessions/${decision.sessionId}/hold` : `/panels/${decision.sessionId}`;

  return (
    <article className="space-y-6">
      <Link href={back} className="text-sm text-brand-700 hover:underline">
        {t("backToSession")}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <p className="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">{t("confidential")}</p>
          <h1 className="text-2xl font-bold">{t("heading", { caseNumber: decision.caseNumber })}</h1>
          <p data-testid="decision-status" className="text-sm font-semibold">
            {decision.supersededAt ? t("statusSuperseded") : decision.signedAt ? t("statusSigned") : t("statusDraft")}
          </p>
        </div>
        <Link href={`/bid/decisions/${decision.id}/print`} className={buttonClass("neutral", "sm")} data-testid="print-link">
          {t("printVersion")}
        </Link>
      </header>

      {decision.signedAt && (
        <p role="note" className="rounded border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="read-only">
          {t("readOnly")}
        </p>
      )}

      <DecisionRecord decision={decision} />

      {!decision.signedAt && decision.problems.length > 0 && (
        <div className={alertClass("warning", "p-3 text-sm")} data-testid="problems">
          <p>{t("notReadyToSign")}</p>
          <ul className="list-disc ps-5">
            {decision.problems.map((p) => (
              <li key={p}>{t(`problems.${p}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {decision.quorum && !decision.quorum.met && !decision.signedAt && <p className="text-sm font-semibold text-red-800">{t("errors.noQuorum")}</p>}
      {decision.viewer.canSign && <SignButton sign={signDecisionAction.bind(null, decision.id, { decisionVersion: decision.version })} />}
      {decision.viewer.canEdit && (
        <Link href={`/bid/sessions/${decision.sessionId}/hold`} className="inline-block text-brand-700 underline">
          {t("editInSession")}
        </Link>
      )}
      {decision.viewer.canSupersede && <SupersedeForm decisionId={decision.id} sessionId={decision.sessionId} />}

      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <ol className={cardClass("divide-y divide-slate-100")} data-testid="decision-history">
          {decision.history.map((h) => (
            <li key={h.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2 text-sm">
              <span>
                {h.id === decision.id ? (
                  <span className="font-semibold">{t(`kinds.${h.kind}`)}</span>
                ) : (
                  <Link href={`/bid/decisions/${h.id}`} className="text-brand-700 underline">
                    {t(`kinds.${h.kind}`)}
                  </Link>
                )}{" "}
                — {h.outcome ? t(`outcomes.${h.outcome}`) : "—"}
                {h.supersedeReason && <span className="block text-slate-600" dir="auto">{t("because", { reason: h.supersedeReason })}</span>}
              </span>
              <span className="text-slate-600">
                {h.supersededAt
                  ? t("supersededOn", { date: format.dateTime(h.supersededAt, "date") })
                  : h.signedAt
                    ? t("signedOn", { date: format.dateTime(h.signedAt, "date") })
                    : t("statusDraft")}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
