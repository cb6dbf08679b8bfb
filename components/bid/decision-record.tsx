import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { BidDecisionRecord } from "@/lib/bid/get-bid-decision";
import { organisationName } from "@/lib/organisations/organisation-name";
import { Definition } from "@/components/ui/definition";


/** The decision record of one case (screen and print): only this case, nothing else. */
export async function DecisionRecord({ decision }: { decision: BidDecisionRecord }) {
  const [t, format, locale] = await Promise.all([getTranslations("bid.decision"), getFormatter(), getLocale()]);
  const day = (d: Date | null) => (d ? format.dateTime(d, "date") : "—");
  return (
    <div className="space-y-5">
      <dl className="grid gap-4 sm:grid-cols-3">
        <Definition text className="break-inside-avoid" label={t("case")}>
          <bdi className="font-mono" data-testid="record-case-number">
            {decision.caseNumber}
          </bdi>{" "}
          <bdi>{decision.childName}</bdi>
        </Definition>
        <Definition text className="break-inside-avoid" label={t("session")}>
          {format.dateTime(decision.sessionScheduledAt, "date")}
          {decision.sessionVenue && (
            <bdi className="block text-sm text-slate-600" dir="auto">
              {decision.sessionVenue}
            </bdi>
          )}
        </Definition>
        <Definition text className="break-inside-avoid" label={t("kind")}>{t(`kinds.${decision.kind}`)}</Definition>
      </dl>
      {decision.supersedeReason && (
        <Definition text className="break-inside-avoid" label={t("supersedeReason")}>{decision.supersedeReason}</Definition>
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
                  <Definition text className="break-inside-avoid" label={t("pros")}>{o.pros || "—"}</Definition>
                  <Definition text className="break-inside-avoid" label={t("cons")}>{o.cons || "—"}</Definition>
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>

      <dl className="space-y-4">
        <Definition text className="break-inside-avoid" label={t("childViewsHeard")}>{decision.childViewsHeard || "—"}</Definition>
        <Definition text className="break-inside-avoid" label={t("outcome")} testId="record-outcome">
          <span className="font-semibold">{decision.outcome ? t(`outcomes.${decision.outcome}`) : "—"}</span>
        </Definition>
        <Definition text className="break-inside-avoid" label={t("reasons")}>{decision.reasons || "—"}</Definition>
        <Definition text className="break-inside-avoid" label={t("conditions")}>{decision.conditions || "—"}</Definition>
        <Definition text className="break-inside-avoid" label={t("implementationPlan")}>{decision.implementationPlan || "—"}</Definition>
      </dl>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Definition text className="break-inside-avoid" label={t("implementationOrg")}>{decision.implementationOrg ? organisationName(decision.implementationOrg, locale) : "—"}</Definition>
        <Definition text className="break-inside-avoid" label={t("implementationDeadline")}>{day(decision.implementationDeadline)}</Definition>
        <Definition text className="break-inside-avoid" label={t("reviewDate")}>{day(decision.reviewDate)}</Definition>
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
