import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { alertClass } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { toOptions, voteTally } from "@/lib/bid/decision.schema";
import { getSessionForHolding } from "@/lib/bid/get-session-for-holding";
import { toIsoDate } from "@/lib/cases/dates";
import { orNotFound } from "@/lib/or-not-found";
import { AttendanceForm } from "./attendance-form";
import { DecisionForm } from "./decision-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bid.hold");
  return { title: t("title") };
}

/**
 * Holding a session (ADR 0011), for the coordinator: attendance first (it holds the
 * session), then per agenda case the recusals, the quorum on the day and the decision with votes.
 * A case without quorum cannot be decided that day: the page says why instead of the form.
 */
export default async function HoldSessionPage({ params }: PageProps<"/bid/sessions/[sessionId]/hold">) {
  const actor = await requireActor();
  const { sessionId } = await params;
  const session = await orNotFound(getSessionForHolding(actor, sessionId));
  const [t, tAll, format] = await Promise.all([getTranslations("bid.hold"), getTranslations(), getFormatter()]);
  const held = session.status === "HELD";
  const holdable = held || session.status === "PUBLISHED";
  const anySigned = session.agenda.some((i) => i.decision?.signedAt);
  const byId = new Map(session.members.map((m) => [m.panelMemberId, m]));

  return (
    <article className="space-y-6">
      <Link href={`/bid/sessions/${session.id}`} className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("heading", { date: format.dateTime(session.scheduledAt, { dateStyle: "full", timeStyle: "short" }) })}</h1>
        <p className="text-slate-700">
          <span dir="auto">{session.venue ?? session.remoteLink}</span> · <span data-testid="session-status">{t(`sessionStatus.${session.status}`)}</span>
        </p>
        <p className="text-xs font-semibold text-red-800">{tAll("app.confidential")}</p>
        {held && (
          <Link href={`/bid/sessions/${session.id}/print`} className="text-sm text-brand-700 underline" data-testid="minutes-link">
            {t("minutes")}
          </Link>
        )}
      </header>

      {!holdable ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-3">{t("notHoldable")}</p>
      ) : (
        <>
          <section aria-labelledby="attendance-title" className="space-y-2">
            <h2 id="attendance-title" className="text-xl font-semibold">
              {t("attendance")}
            </h2>
            <p className="text-sm text-slate-600">{anySigned ? t("attendanceLocked") : t("attendanceIntro")}</p>
            <AttendanceForm
              sessionId={session.id}
              sessionVersion={session.version}
              locked={anySigned}
              members={session.members.map((m) => ({ panelMemberId: m.panelMemberId, name: m.name, organisationName: m.organisationName, role: m.role, attended: m.attended }))}
            />
          </section>

          <section aria-labelledby="cases-title" className="space-y-4">
            <h2 id="cases-title" className="text-xl font-semibold">
              {t("cases")}
            </h2>
            {!held && <p className="text-sm text-slate-600">{t("attendanceFirst")}</p>}
            {session.agenda.map((item) => {
              const decision = item.decision;
              const voters = [...item.eligibleVoters].map((id) => byId.get(id)!).filter(Boolean);
              const votes = new Map(decision?.votes.map((v) => [v.panelMemberId, v]));
              return (
                <section key={item.agendaItemId} className={cardClass("space-y-3 p-4 sm:p-5")} data-testid={`hold-case-${item.position}`}>
                  <h3 className="flex flex-wrap items-baseline gap-x-3 text-lg font-semibold">
                    <span>{t("caseN", { n: item.position })}</span>
                    <span className="font-mono text-base">{item.caseNumber}</span>
                    <span dir="auto" className="text-base font-normal">
                      {item.childName}
                    </span>
                  </h3>
                  <p className="text-sm" data-testid={`recusals-${item.position}`}>
                    {item.recusedIds.size
                      ? t("recusedList", { names: [...item.recusedIds].map((id) => byId.get(id)?.name ?? "?").join(", ") })
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
                        {t("signedOn", { date: format.dateTime(decision.signedAt, { dateStyle: "long", timeStyle: "short" }) })} —{" "}
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
                        voters={voters.map((m) => ({ panelMemberId: m.panelMemberId, name: m.name, organisationName: m.organisationName }))}
                        defaults={{
                          options: decision ? toOptions(decision.optionsConsidered) : [{ option: "", pros: "", cons: "" }],
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
            })}
          </section>
        </>
      )}
    </article>
  );
}
