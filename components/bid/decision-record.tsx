import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { BidDecisionRecord } from "@/lib/bid/get-bid-decision";
import { organisationName } from "@/lib/organisations/organisation-name";

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="break-inside-avoid">
      <dt className="text-xs font-semibold uppercase text-slate-500">{label}</dt>
      <dd className="whitespace-pre-wrap" dir="auto" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** The decision record of one case (screen and print): only this case, nothing else. */
export async function DecisionRecord({ decision }: { decision: BidDecisionRecord }) {
  const [t, format, locale] = await Promise.all([getTranslations("bid.decision"), getFormatter(), getLocale()]);
  const day = (d: Date | null) => (d ? format.dateTime(d, "date") : "—");
  return (
    <div className="space-y-5">
      <dl className="grid gap-4 sm:grid-cols-3">
        <Item label={t("case")}>
          <bdi className="font-mono" data-testid="record-case-number">
            {decision.caseNumber}
          </bdi>{" "}
          <bdi>{decision.childName}</bdi>
        </Item>
        <Item label={t("session")}>
          {format.dateTime(decision.sessionScheduledAt, "date")}
          {decision.sessionVenue && (
            <bdi className="block text-sm text-slate-600" dir="auto">
              {decision.sessionVenue}
            </bdi>
          )}
        </Item>
        <Item label={t("kind")}>{t(`kinds.${decision.kind}`)}</Item>
      </dl>
      {decision.supersedeReason && (
        <Item label={t("supersedeReason")}>{decision.supersedeReason}</Item>
      )}

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("optionsConsidered")}</h2>
        {decision.options.length === 0 ? (
          <p className="text-slate-500">—</p>
        ) : (
          <ol className="space-y-2">
            {decision.options.map((o, i) => (
              <li key={i} className="rounded border border-slate-200 p-3">
                <p className="font-medium" dir="auto">
                  {i + 1}. {o.option}
                </p>
                <dl className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
                  <Item label={t("pros")}>{o.pros || "—"}</Item>
                  <Item label={t("cons")}>{o.cons || "—"}</Item>
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>

      <dl className="space-y-4">
        <Item label={t("childViewsHeard")}>{decision.childViewsHeard || "—"}</Item>
        <Item label={t("outcome")} testId="record-outcome">
          <span className="font-semibold">{decision.outcome ? t(`outcomes.${decision.outcome}`) : "—"}</span>
        </Item>
        <Item label={t("reasons")}>{decision.reasons || "—"}</Item>
        <Item label={t("conditions")}>{decision.conditions || "—"}</Item>
        <Item label={t("implementationPlan")}>{decision.implementationPlan || "—"}</Item>
      </dl>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Item label={t("implementationOrg")}>{decision.implementationOrg ? organisationName(decision.implementationOrg, locale) : "—"}</Item>
        <Item label={t("implementationDeadline")}>{day(decision.implementationDeadline)}</Item>
        <Item label={t("reviewDate")}>{day(decision.reviewDate)}</Item>
      </dl>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("votes")}</h2>
        {decision.votes.length === 0 ? (
          <p className="text-slate-500">{t("noVotes")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="votes-table">
              <thead>
                <tr className="text-xs uppercase text-slate-500">
                  <th scope="col" className="p-2 text-start">
                    {t("member")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("vote")}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t("dissent")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {decision.votes.map((v, i) => (
                  <tr key={i} className="border-t border-slate-100 align-top">
                    <td className="p-2" dir="auto">
                      {v.name} <span className="text-slate-500">({organisationName(v.organisation, locale)})</span>
                    </td>
                    <td className="p-2">{t(`choices.${v.choice}`)}</td>
                    <td className="whitespace-pre-wrap p-2" dir="auto">
                      {v.dissentingOpinion ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <p className="text-sm" data-testid="signature">
        {decision.signedAt && decision.signedByName
          ? t("signedBy", { name: decision.signedByName, date: format.dateTime(decision.signedAt, "dateTime") })
          : t("notSigned")}
        {" · "}
        {t("recordedBy", { name: decision.recordedByName })}
      </p>
    </div>
  );
}
