import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { getPanelSession } from "@/lib/bid/get-panel-session";
import { orNotFound } from "@/lib/or-not-found";
import { SignButton } from "@/components/bid/sign-button";
import { Alert } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { signDecisionAction } from "../../bid/decisions/[decisionId]/actions";
import { ConflictForm } from "./conflict-form";
import { organisationName } from "@/lib/organisations/organisation-name";
import { currentLocale } from "@/lib/i18n/current-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("panels.session");
  return { title: t("title") };
}

/**
 * A panel member's session (ADR 0011): per agenda case, their conflict
 * declaration; links only to the dossiers they may open; for the chair, the decisions to sign.
 */
export default async function PanelSessionPage({ params }: PageProps<"/panels/[sessionId]">) {
  const actor = await requireActor();
  const { sessionId } = await params;
  const session = await orNotFound(getPanelSession(actor, sessionId));
  const [t, tAll, format, locale] = await Promise.all([getTranslations("panels.session"), getTranslations(), getFormatter(), currentLocale()]);

  return (
    <article className="space-y-6">
      <Link href="/panels" className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("heading", { date: format.dateTime(session.scheduledAt, "meeting") })}</h1>
        <p className="text-slate-700">
          {session.venue && <span dir="auto">{session.venue}</span>}
          {session.venue && session.remoteLink && " · "}
          {session.remoteLink && (
            <a href={session.remoteLink} className="text-brand-700 underline" dir="ltr">
              {t("remoteLink")}
            </a>
          )}
        </p>
        <p className="text-sm">
          <span className="font-semibold">{t("myRole")}</span> {tAll(`bid.hold.roles.${session.myRole}`)}
          {" · "}
          <span data-testid="session-status">{tAll(`bid.hold.sessionStatus.${session.status}`)}</span>
        </p>
        <p className="text-xs font-semibold text-red-800">{tAll("app.confidential")}</p>
        {session.held && session.agenda.some((item) => item.canOpen) && (
          <p>
            <Link href={`/bid/sessions/${session.id}/print`} className="text-sm text-brand-700 underline" data-testid="minutes-link">
              {t("minutes")}
            </Link>
          </p>
        )}
      </header>

      {!session.undertakingSigned && (
        <Alert as="p" role="note" tone="warning" testId="undertaking-needed">
          {t("undertakingNeeded")}{" "}
          <Link href="/panels/undertaking" className="font-semibold underline">
            {t("undertakingLink")}
          </Link>
        </Alert>
      )}

      <section aria-labelledby="agenda-title" className="space-y-3">
        <h2 id="agenda-title" className="text-xl font-semibold">
          {t("agenda")}
        </h2>
        <p className="text-sm text-slate-600">{t("agendaIntro")}</p>
        {session.agenda.length === 0 && <p className="text-slate-600">{t("emptyAgenda")}</p>}
        <ol className="space-y-3">
          {session.agenda.map((item) => (
            <li key={item.agendaItemId} className={cardClass("p-4 space-y-3")} data-testid={`agenda-item-${item.position}`}>
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="font-semibold">{t("caseN", { n: item.position })}</span>
                <span className="font-mono text-slate-700" data-testid="agenda-case-number">
                  {item.caseNumber}
                </span>
                {item.childName && (
                  <span dir="auto" className="text-slate-700">
                    {item.childName}
                  </span>
                )}
              </div>

              {item.declaration === null && session.undertakingSigned && !item.decision?.signed && (
                <ConflictForm sessionId={session.id} agendaItemId={item.agendaItemId} position={item.position} />
              )}
              {item.declaration?.hasConflict && (
                <p className="rounded border border-slate-300 bg-slate-50 p-2 text-sm" data-testid={`recused-${item.position}`}>
                  {t("recused")}
                </p>
              )}
              {item.declaration && !item.declaration.hasConflict && (
                <p className="text-sm text-green-800" data-testid={`declared-${item.position}`}>
                  {t("declaredNoConflict")}
                </p>
              )}

              {item.canOpen ? (
                <Link
                  href={`/panels/${session.id}/cases/${item.caseId}`}
                  className="inline-block rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                  data-testid={`open-dossier-${item.position}`}
                >
                  {t("openDossier")}
                </Link>
              ) : (
                item.denial === "windowClosed" && <p className="text-sm text-slate-600">{t("windowClosed")}</p>
              )}

              {item.decision && (
                <div className="space-y-2 border-t border-slate-100 pt-3 text-sm" data-testid={`decision-${item.position}`}>
                  {item.decision.signed ? (
                    <p>
                      <span className="font-semibold">{t("decisionSigned")}</span>{" "}
                      {item.decision.outcome && tAll(`bid.decision.outcomes.${item.decision.outcome}`)}{" "}
                      {item.canOpen && (
                        <Link href={`/bid/decisions/${item.decision.id}`} className="text-brand-700 underline" data-testid={`decision-link-${item.position}`}>
                          {t("viewDecision")}
                        </Link>
                      )}
                    </p>
                  ) : (
                    <>
                      <p className="font-semibold">{t("decisionRecorded")}</p>
                      {session.isChair && item.canOpen && (
                        <>
                          {!item.quorum.met && <p className="text-red-800">{tAll("bid.decision.errors.noQuorum")}</p>}
                          {item.decision.problems.length > 0 ? (
                            <div className="text-amber-900">
                              <p>{t("notReadyToSign")}</p>
                              <ul className="list-disc ps-5">
                                {item.decision.problems.map((p) => (
                                  <li key={p}>{tAll(`bid.decision.problems.${p}`)}</li>
                                ))}
                              </ul>
                            </div>
                          ) : (
                            item.quorum.met && (
                              <>
                                <Link href={`/bid/decisions/${item.decision.id}`} className="text-brand-700 underline">
                                  {t("reviewBeforeSigning")}
                                </Link>
                                <SignButton sign={signDecisionAction.bind(null, item.decision.id, { decisionVersion: item.decision.version })} />
                              </>
                            )
                          )}
                        </>
                      )}
                    </>
                  )}
                </div>
              )}

              {item.declaration && !item.declaration.hasConflict && !item.decision?.signed && (
                <details className="text-sm">
                  <summary className="cursor-pointer text-slate-600">{t("lateConflict")}</summary>
                  <div className="mt-2">
                    <ConflictForm sessionId={session.id} agendaItemId={item.agendaItemId} position={item.position} allowOnlyConflict />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="members-title" className="space-y-2">
        <h2 id="members-title" className="text-xl font-semibold">
          {t("members")}
        </h2>
        <ul className={cardClass("divide-y divide-slate-100")}>
          {session.members.map((m, i) => (
            <li key={i} className="flex flex-wrap justify-between gap-2 px-4 py-2 text-sm">
              <span dir="auto">
                {m.name} <span className="text-slate-500">({organisationName(m.organisation, locale)})</span>
              </span>
              <span className="text-slate-600">
                {tAll(`bid.hold.roles.${m.role}`)}
                {m.attended !== null && ` · ${m.attended ? tAll("bid.hold.present") : tAll("bid.hold.absent")}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
