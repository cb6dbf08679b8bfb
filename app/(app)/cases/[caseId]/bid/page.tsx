import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReadinessList } from "@/components/bid/readiness-list";
import { CaseShell } from "@/components/case/case-shell";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCaseBid } from "@/lib/bid/get-case-bid";
import { getCase } from "@/lib/cases/get-case";
import { orNotFound } from "@/lib/or-not-found";
import { ReferralForm } from "./referral-form";
import { TracingForm } from "./tracing-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.referral"))("title") };
}

/** The case's BID tab: refer from an approved BIA, the readiness checklist, referral history. */
export default async function CaseBidPage({ params }: PageProps<"/cases/[caseId]/bid">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const child = await orNotFound(getCase(actor, caseId));
  const [bid, t, format] = await Promise.all([orNotFound(getCaseBid(actor, caseId)), getTranslations("bid"), getFormatter()]);
  const open = bid.openReferral;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <CaseShell child={child} active="bid">
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">{t("referral.title")}</h2>
        {open ? (
          <div className="space-y-4" data-testid="open-referral">
            <dl className="grid gap-3 sm:grid-cols-3">
              <div>
                <dt className="text-xs font-semibold uppercase text-slate-500">{t("referral.status")}</dt>
                <dd data-testid="referral-status">{t(`referralStatus.${open.status}`)}</dd>
              </div>
              <div>
                <dt className="text-xs font-semibold uppercase text-slate-500">{t("referral.referredAt")}</dt>
                <dd>{t("referral.referredBy", { date: date(open.referredAt), name: open.referredByName })}</dd>
              </div>
              <div className="sm:col-span-3">
                <dt className="text-xs font-semibold uppercase text-slate-500">{t("referral.reason")}</dt>
                <dd className="whitespace-pre-line" dir="auto">{open.reason}</dd>
              </div>
            </dl>
            {open.sessions.length > 0 && (
              <p className="text-sm">
                {open.sessions.map((s) => (
                  <span key={s.id} className="me-3 inline-block">
                    {t("referral.onSession", { date: format.dateTime(s.scheduledAt, { dateStyle: "medium", timeStyle: "short" }), status: t(`sessionStatus.${s.status}`) })}
                  </span>
                ))}
              </p>
            )}
            <ReadinessList readiness={open.readiness} />
            {bid.viewer.canEditTracing ? (
              <TracingForm caseId={caseId} version={open.version} current={open.familyTracingResult} />
            ) : (
              open.familyTracingResult && (
                <div>
                  <p className="text-xs font-semibold uppercase text-slate-500">{t("referral.familyTracingResult")}</p>
                  <p className="whitespace-pre-line" dir="auto">{open.familyTracingResult}</p>
                </div>
              )
            )}
            {can(actor, "bid:coordinate") && (
              <Link href="/bid/queue" className="text-sm text-brand-700 hover:underline">
                {t("referral.toQueue")}
              </Link>
            )}
          </div>
        ) : bid.viewer.canRefer ? (
          <div className="space-y-4">
            <p className="text-sm text-slate-700">{t("referral.intro")}</p>
            {bid.bidAssessment?.bidReason && (
              <p className="text-sm">
                <span className="font-semibold">{t("referral.biaReason")}</span> <span dir="auto">{bid.bidAssessment.bidReason}</span>
              </p>
            )}
            {bid.preReferralReadiness && <ReadinessList readiness={bid.preReferralReadiness} />}
            <ReferralForm caseId={caseId} caseVersion={child.version} />
          </div>
        ) : (
          <p className="text-sm text-slate-600" data-testid="no-referral">
            {bid.bidAssessment ? t("referral.cannotRefer") : t("referral.noBidAssessment")}
          </p>
        )}
      </section>
      {bid.decisions.length > 0 && (
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="case-bid-decisions">
          <h2 className="text-lg font-semibold">{t("caseDecisions.title")}</h2>
          <ul className="space-y-4">
            {bid.decisions.map((d) => (
              <li key={d.id} className="space-y-2 border-t border-slate-100 pt-3 first:border-0 first:pt-0" data-testid="case-bid-decision">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{d.outcome ? t(`outcome.${d.outcome}`) : "—"}</span>
                  <span className="text-sm text-slate-600">
                    {t("caseDecisions.signed", { date: date(d.signedAt), session: date(d.sessionDate) })}
                  </span>
                  {d.kind !== "INITIAL" && <span className="rounded bg-slate-100 px-2 text-xs">{t(`caseDecisions.kind.${d.kind}`)}</span>}
                  {d.supersededAt && <span className="rounded bg-amber-100 px-2 text-xs text-amber-900">{t("decision.statusSuperseded")}</span>}
                </p>
                {d.supersedeReason && (
                  <p className="text-sm">
                    <span className="font-semibold">{t("caseDecisions.supersedeReason")}</span> <span dir="auto">{d.supersedeReason}</span>
                  </p>
                )}
                <dl className="grid gap-2 text-sm sm:grid-cols-2">
                  <div className="sm:col-span-2">
                    <dt className="text-xs font-semibold uppercase text-slate-500">{t("caseDecisions.reasons")}</dt>
                    <dd className="whitespace-pre-line" dir="auto">{d.reasons}</dd>
                  </div>
                  {d.conditions && (
                    <div className="sm:col-span-2">
                      <dt className="text-xs font-semibold uppercase text-slate-500">{t("caseDecisions.conditions")}</dt>
                      <dd className="whitespace-pre-line" dir="auto">{d.conditions}</dd>
                    </div>
                  )}
                  <div className="sm:col-span-2">
                    <dt className="text-xs font-semibold uppercase text-slate-500">{t("caseDecisions.implementationPlan")}</dt>
                    <dd className="whitespace-pre-line" dir="auto">{d.implementationPlan}</dd>
                  </div>
                  <div>
                    <dt className="text-xs font-semibold uppercase text-slate-500">{t("caseDecisions.responsible")}</dt>
                    <dd>{d.implementationOrgName ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-xs font-semibold uppercase text-slate-500">{t("caseDecisions.deadline")}</dt>
                    <dd>{d.implementationDeadline ? date(d.implementationDeadline) : "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-xs font-semibold uppercase text-slate-500">{t("caseDecisions.reviewDate")}</dt>
                    <dd>{d.reviewDate ? date(d.reviewDate) : "—"}</dd>
                  </div>
                </dl>
                {can(actor, "bid:coordinate") && (
                  <Link href={`/bid/decisions/${d.id}`} className="text-sm text-brand-700 hover:underline">
                    {t("caseDecisions.fullRecord")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {bid.pastReferrals.length > 0 && (
        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="text-lg font-semibold">{t("referral.history")}</h2>
          <ul className="space-y-1 text-sm">
            {bid.pastReferrals.map((r) => (
              <li key={r.id}>
                {date(r.referredAt)} — {t(`referralStatus.${r.status}`)} — <span dir="auto">{r.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </CaseShell>
  );
}
