import { cardClass } from "@/components/ui/card";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReadinessList } from "@/components/bid/readiness-list";
import { CaseShell } from "@/components/case/case-shell";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCaseBid } from "@/lib/bid/get-case-bid";
import { getCase } from "@/lib/cases/get-case";
import { orNotFound } from "@/lib/or-not-found";
import { organisationName } from "@/lib/organisations/organisation-name";
import { BidStage } from "./bid-stage";
import { ReferralForm } from "./referral-form";
import { TracingForm } from "./tracing-form";
import { termClass } from "@/components/ui/definition";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.referral"))("title") };
}

/**
 * The case's BID tab: where the case stands (stage), the signed decisions first, the open referral
 * with its readiness checklist, a referral — collapsed and labelled as a review once a decision was
 * signed — when one is allowed, and the referral history.
 */
export default async function CaseBidPage({ params }: PageProps<"/cases/[caseId]/bid">) {
  const actor = await requireActor();
  const { caseId } = await params;
  const child = await orNotFound(getCase(actor, caseId, "bid"));
  const [bid, t, format, locale] = await Promise.all([orNotFound(getCaseBid(actor, caseId)), getTranslations("bid"), getFormatter(), getLocale()]);
  const open = bid.openReferral;
  const date = (d: Date) => format.dateTime(d, "date");

  const isReview = bid.decisions.length > 0;

  return (
    <CaseShell child={child} active="bid">
      <BidStage stage={bid.stage} />
      {bid.decisions.length > 0 && (
        <Card title={t("caseDecisions.title")} testId="case-bid-decisions" className="space-y-3">
          <ul className="space-y-4">
            {bid.decisions.map((d) => (
              <li key={d.id} className="space-y-2 border-t border-slate-100 pt-3 first:border-0 first:pt-0" data-testid="case-bid-decision">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{d.outcome ? t(`outcome.${d.outcome}`) : "—"}</span>
                  <span className="text-sm text-slate-600">
                    {t("caseDecisions.signed", { date: date(d.signedAt), session: date(d.sessionDate) })}
                  </span>
                  {d.supersededAt === null && <span className="rounded bg-green-100 px-2 text-xs text-green-900">{t("caseDecisions.inForce")}</span>}
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
                    <dt className={termClass}>{t("caseDecisions.reasons")}</dt>
                    <dd className="whitespace-pre-line" dir="auto">{d.reasons}</dd>
                  </div>
                  {d.conditions && (
                    <div className="sm:col-span-2">
                      <dt className={termClass}>{t("caseDecisions.conditions")}</dt>
                      <dd className="whitespace-pre-line" dir="auto">{d.conditions}</dd>
                    </div>
                  )}
                  <div className="sm:col-span-2">
                    <dt className={termClass}>{t("caseDecisions.implementationPlan")}</dt>
                    <dd className="whitespace-pre-line" dir="auto">{d.implementationPlan}</dd>
                  </div>
                  <div>
                    <dt className={termClass}>{t("caseDecisions.responsible")}</dt>
                    <dd>{d.implementationOrg ? organisationName(d.implementationOrg, locale) : "—"}</dd>
                  </div>
                  <div>
                    <dt className={termClass}>{t("caseDecisions.deadline")}</dt>
                    <dd>{d.implementationDeadline ? date(d.implementationDeadline) : "—"}</dd>
                  </div>
                  <div>
                    <dt className={termClass}>{t("caseDecisions.reviewDate")}</dt>
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
        </Card>
      )}
      {open && (
        <Card title={isReview ? t("referral.reviewReferral") : t("referral.openTitle")} testId="open-referral" className="space-y-4">
          <dl className="grid gap-3 sm:grid-cols-3">
            <div>
              <dt className={termClass}>{t("referral.status")}</dt>
              <dd data-testid="referral-status">{t(`referralStatus.${open.status}`)}</dd>
            </div>
            <div>
              <dt className={termClass}>{t("referral.referredAt")}</dt>
              <dd>{t("referral.referredBy", { date: date(open.referredAt), name: open.referredByName })}</dd>
            </div>
            <div className="sm:col-span-3">
              <dt className={termClass}>{t("referral.reason")}</dt>
              <dd className="whitespace-pre-line" dir="auto">{open.reason}</dd>
            </div>
          </dl>
          {open.sessions.length > 0 && (
            <p className="text-sm">
              {open.sessions.map((s) => (
                <span key={s.id} className="me-3 inline-block">
                  {t("referral.onSession", { date: format.dateTime(s.scheduledAt, "dateTime"), status: t(`sessionStatus.${s.status}`) })}
                </span>
              ))}
            </p>
          )}
          {/* What is still missing matters only until the case is on an agenda. */}
          {(open.status === "QUEUED" || !open.readiness.ready) && <ReadinessList readiness={open.readiness} />}
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
        </Card>
      )}
      {!open && bid.viewer.canRefer && isReview && (
        <details className={cardClass("group p-5")} data-testid="review-referral">
          <summary className="cursor-pointer text-lg font-semibold text-brand-800">{t("referral.review.summary")}</summary>
          <div className="mt-4 space-y-4">
            <p className="text-sm text-slate-700">{t("referral.review.intro")}</p>
            {bid.preReferralReadiness && <ReadinessList readiness={bid.preReferralReadiness} />}
            <ReferralForm caseId={caseId} caseVersion={child.version} review familyTracingResult={bid.lastFamilyTracingResult ?? ""} />
          </div>
        </details>
      )}
      {!open && bid.viewer.canRefer && !isReview && (
        <Card title={t("referral.referTitle")} className="space-y-4">
          <p className="text-sm text-slate-700">{t("referral.intro")}</p>
          {bid.bidAssessment?.bidReason && (
            <p className="text-sm">
              <span className="font-semibold">{t("referral.biaReason")}</span> <span dir="auto">{bid.bidAssessment.bidReason}</span>
            </p>
          )}
          {bid.preReferralReadiness && <ReadinessList readiness={bid.preReferralReadiness} />}
          <ReferralForm caseId={caseId} caseVersion={child.version} familyTracingResult={bid.lastFamilyTracingResult ?? ""} />
        </Card>
      )}
      {!open && !bid.viewer.canRefer && bid.stage.stage === "implementation" && bid.review && !bid.review.due && (
        <p className="text-sm text-slate-600" data-testid="review-opens">
          {t("referral.review.opensAt", { date: date(bid.review.opensAt) })}
        </p>
      )}
      {!open && !bid.viewer.canRefer && !isReview && (
        <p className={cardClass("p-5 text-sm text-slate-600")} data-testid="no-referral">
          {bid.bidAssessment ? t("referral.cannotRefer") : t("referral.noBidAssessment")}
        </p>
      )}
      {bid.pastReferrals.length > 0 && (
        <Card title={t("referral.history")} className="space-y-2">
          <ul className="space-y-1 text-sm">
            {bid.pastReferrals.map((r) => (
              <li key={r.id}>
                {date(r.referredAt)} — {t(`referralStatus.${r.status}`)} — <span dir="auto">{r.reason}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </CaseShell>
  );
}
