import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FACTOR_DOMAINS } from "@/lib/assessments/assessment.constants";
import { requireActor } from "@/lib/auth/session";
import { getBidDossier } from "@/lib/bid/get-bid-dossier";
import { riskReasonText } from "@/lib/cases/risk-reason";
import { formatList } from "@/lib/i18n/list-format";
import { orNotFound } from "@/lib/or-not-found";
import { countryName } from "@/lib/reference/countries";
import { cardClass } from "@/components/ui/card";
import { termClass } from "@/components/ui/definition";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("panels.dossier");
  return { title: t("title") };
}

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className={termClass}>{label}</dt>
      <dd className="whitespace-pre-wrap" dir="auto" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/**
 * The BID dossier for a panel member (ADR 0011): what the panel needs to decide — no
 * family contact details, no locations, no photo. Out of scope (recused, not declared, not
 * invited, before publication, after the window): the same 404 as a missing id.
 */
export default async function BidDossierPage({ params }: PageProps<"/panels/[sessionId]/cases/[caseId]">) {
  const actor = await requireActor();
  const { sessionId, caseId } = await params;
  const dossier = await orNotFound(getBidDossier(actor, sessionId, caseId));
  const [t, tAll, format, locale] = await Promise.all([getTranslations("panels.dossier"), getTranslations(), getFormatter(), getLocale()]);
  const { child, assessment } = dossier;
  const none = <span className="text-slate-500">{t("none")}</span>;
  const riskReason = riskReasonText(dossier, tAll);

  return (
    <article className="space-y-6">
      <Link href={`/panels/${sessionId}`} className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <header className="space-y-2">
        <p className="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white" data-testid="confidential">
          {t("confidential")}
        </p>
        <h1 className="text-2xl font-bold">
          <span dir="auto">
            {child.firstName} {child.lastName}
          </span>{" "}
          <span className="font-mono text-base font-normal text-slate-600" data-testid="case-number">
            {dossier.caseNumber}
          </span>
        </h1>
        <p className="text-sm text-slate-600">{t("intro", { date: format.dateTime(dossier.sessionScheduledAt, "date") })}</p>
      </header>

      <section aria-labelledby="identity" className={cardClass("p-5 space-y-3")}>
        <h2 id="identity" className="text-lg font-semibold">
          {t("identity")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <Item label={t("age")}>{child.dateOfBirthEstimated ? t("ageEstimated", { age: child.age }) : t("ageYears", { age: child.age })}</Item>
          <Item label={t("sex")}>{tAll(`sex.${child.sex}`)}</Item>
          <Item label={t("nationality")}>{countryName(child.nationality, locale)}</Item>
          <Item label={t("languages")}>{formatList(locale, child.languages.map((code) => (tAll.has(`languages.${code}`) ? tAll(`languages.${code}`) : code))) || none}</Item>
          <Item label={t("interpreter")}>{child.interpreterLanguage ? (tAll.has(`languages.${child.interpreterLanguage}`) ? tAll(`languages.${child.interpreterLanguage}`) : child.interpreterLanguage) : none}</Item>
          <Item label={t("separationType")}>{tAll(`separationType.${child.separationType}`)}</Item>
        </dl>
      </section>

      <section aria-labelledby="protection" className={cardClass("p-5 space-y-3")}>
        <h2 id="protection" className="text-lg font-semibold">
          {t("protection")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Item label={t("risk")}>
            {dossier.riskLevel ? tAll(`risk.${dossier.riskLevel}`) : none}
            {riskReason && <span className="block text-sm text-slate-700">{riskReason}</span>}
          </Item>
          <Item label={t("protectionConcerns")}>
            {dossier.protectionConcerns.length ? formatList(locale, dossier.protectionConcerns.map((c) => tAll(`protectionConcern.${c}`))) : none}
          </Item>
          <Item label={t("referralReason")}>{dossier.referralReason}</Item>
          <Item label={t("familyTracing")} testId="family-tracing">
            {dossier.familyTracingResult || none}
          </Item>
        </dl>
      </section>

      <section aria-labelledby="bia" className={cardClass("p-5 space-y-3")}>
        <h2 id="bia" className="text-lg font-semibold">
          {t("assessment")}
        </h2>
        {assessment.approvedAt && <p className="text-sm text-slate-600">{t("approvedOn", { date: format.dateTime(assessment.approvedAt, "date") })}</p>}
        <dl className="space-y-4">
          <Item label={tAll("assessment.childViews")} testId="child-views">
            {assessment.childViews || none}
          </Item>
          <Item label={tAll("assessment.caregiverViews")}>{assessment.caregiverViews || none}</Item>
        </dl>
        <h3 className="font-semibold">{tAll("assessment.factorsTitle")}</h3>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-sm">
            <thead>
              <tr className="text-start text-xs uppercase text-slate-500">
                <th className="p-2 text-start" scope="col"></th>
                <th className="p-2 text-start" scope="col">
                  {tAll("assessment.risks")}
                </th>
                <th className="p-2 text-start" scope="col">
                  {tAll("assessment.protective")}
                </th>
              </tr>
            </thead>
            <tbody>
              {FACTOR_DOMAINS.map((domain) => (
                <tr key={domain} className="border-t border-slate-100 align-top">
                  <th scope="row" className="p-2 text-start font-medium">
                    {tAll(`assessment.domains.${domain}`)}
                  </th>
                  <td className="whitespace-pre-wrap p-2" dir="auto">
                    {assessment.factors[domain].risks || "—"}
                  </td>
                  <td className="whitespace-pre-wrap p-2" dir="auto">
                    {assessment.factors[domain].protective || "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="space-y-4">
          <Item label={tAll("assessment.options")}>{assessment.options || none}</Item>
          <Item label={tAll("assessment.recommendation")} testId="recommendation">
            {assessment.recommendation || none}
          </Item>
        </dl>
      </section>
      <p className="text-xs text-slate-500">{t("notShown")}</p>
    </article>
  );
}
