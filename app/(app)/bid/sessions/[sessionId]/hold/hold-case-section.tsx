import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { alertClass } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { optionsFromAssessment, toOptions, voteTally } from "@/lib/bid/decision.schema";
import type { HoldingSession } from "@/lib/bid/get-session-for-holding";
import { toIsoDate } from "@/lib/dates/calendar";
import { formatList } from "@/lib/i18n/list-format";
import { DecisionForm } from "./decision-form";
import { organisationName } from "@/lib/organisations/organisation-name";

/**
 * One agenda case while the session is held: recusals and declarations, the quorum on the day,
 * then the signed decision, or the decision form when the case can be decided today.
 */
export function HoldCaseSection({ session, item }: { session: HoldingSession; item: HoldingSession["agenda"][number] }) {
  const t = useTranslations("bid.hold");
  const tAll = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const held = session.status === "HELD";
  const decision = item.decision;
  const byId = new Map(session.members.map((m) => [m.panelMemberId, m]));
  const voters = [...item.eligibleVoters].map((id) => byId.get(id)!).filter(Boolean);
  const votes = new Map(decision?.votes.map((v) => [v.panelMemberId, v]));
  return (
    <section className={cardClass("space-y-3 p-4 sm:p-5")} data-testid={`hold-case-${item.position}`}>
      <h3 className="flex flex-wrap items-baseline gap-x-3 text-lg font-semibold">
        <span>{t("caseN", { n: item.position })}</span>
        <span className="font-mono text-base">{item.caseNumber}</span>
        <span dir="auto" className="text-base font-normal">
          {item.childName}
        </span>
      </h3>
      <p className="text-sm" data-testid={`recusals-${item.position}`}>
        {item.recusedIds.size
          ? t("recusedList", { names: formatList(locale, [...item.recusedIds].map((id) => byId.get(id)?.name ?? "?")) })
          : t("noRecusal")}
        {" · "}
        {t("declarations", { count: item.declarations.length, total: session.members.length })}
      </p>
      {held && (
        <p className={`text-sm ${item.quorum.met ? "text-green-800" : "font-semibold text-red-800"}`} data-testid={`quorum-${item.position}`}>
          {item.quorum.met
            ? t("quorumMet", { voting: item.quorum.voting, organisations: item.quorum.organisations })
            : t("quorumNotMet", {
                reasons: item.quorum.problems.map((p) => t(`quorumProblems.${p}`)).join(" ; "),
              })}
        </p>
      )}
      {decision?.signedAt ? (
        <div className="space-y-1 text-sm" data-testid={`signed-${item.position}`}>
          <p className="font-semibold text-green-900">
            {t("signedOn", { date: format.dateTime(decision.signedAt, "dateTime") })} —{" "}
            {decision.outcome && tAll(`bid.decision.outcomes.${decision.outcome}`)}
          </p>
          <p>
            {(() => {
              const tally = voteTally(decision.votes);
              return t("tally", { for: tally.FOR, against: tally.AGAINST, abstain: tally.ABSTAIN });
            })()}
          </p>
          <Link href={`/bid/decisions/${decision.id}`} className="text-brand-700 underline" data-testid={`decision-record-${item.position}`}>
            {t("viewDecision")}
          </Link>
        </div>
      ) : held && item.quorum.met ? (
        <>
          {decision && (
            <div className="text-sm">
              {item.problems.length ? (
                <div className={alertClass("warning", "p-2")} data-testid={`problems-${item.position}`}>
                  <p>{t("notReady")}</p>
                  <ul className="list-disc ps-5">
                    {item.problems.map((p) => (
                      <li key={p}>{tAll(`bid.decision.problems.${p}`)}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className={alertClass("success", "p-2")} data-testid={`ready-${item.position}`}>
                  {t("readyToSign")}{" "}
                  <Link href={`/bid/decisions/${decision.id}`} className="underline">
                    {t("viewDecision")}
                  </Link>
                </p>
              )}
            </div>
          )}
          <DecisionForm
            key={`${decision?.id ?? "new"}-${decision?.version ?? 0}`}
            sessionId={session.id}
            agendaItemId={item.agendaItemId}
            position={item.position}
            decisionVersion={decision?.version ?? 0}
            organisations={session.organisations}
            voters={voters.map((m) => ({ panelMemberId: m.panelMemberId, name: m.name, organisationName: organisationName(m.organisation, locale) }))}
            defaults={{
              options: decision ? toOptions(decision.optionsConsidered) : optionsFromAssessment(session.assessmentOptions.get(item.agendaItemId) ?? null),
              childViewsHeard: decision?.childViewsHeard ?? "",
              outcome: decision?.outcome ?? "",
              reasons: decision?.reasons ?? "",
              conditions: decision?.conditions ?? "",
              implementationPlan: decision?.implementationPlan ?? "",
              implementationOrgId: decision?.implementationOrgId ?? "",
              implementationDeadline: decision?.implementationDeadline ? toIsoDate(decision.implementationDeadline) : "",
              reviewDate: decision?.reviewDate ? toIsoDate(decision.reviewDate) : "",
              votes: voters.map((m) => ({
                panelMemberId: m.panelMemberId,
                choice: votes.get(m.panelMemberId)?.choice ?? "",
                dissentingOpinion: votes.get(m.panelMemberId)?.dissentingOpinion ?? "",
              })),
            }}
          />
        </>
      ) : (
        held && <p className="text-sm text-slate-700">{t("cannotDecideToday")}</p>
      )}
    </section>
  );
}
