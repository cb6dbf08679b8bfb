import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { toLocalDateTime } from "@/lib/bid/bid-session.schema";
import { getBidSession } from "@/lib/bid/get-bid-session";
import { listBidQueue } from "@/lib/bid/list-bid-queue";
import { listPanelRoster } from "@/lib/bid/list-panel-roster";
import { orNotFound } from "@/lib/or-not-found";
import { ActionButton } from "@/components/bid/action-button";
import { BidNav } from "@/components/bid/bid-nav";
import { buttonClass } from "@/components/ui/button";
import { ReadinessList } from "@/components/bid/readiness-list";
import { addToAgendaAction, moveAgendaItemAction, publishSessionAction, removeFromAgendaAction } from "../actions";
import { CallOffForm } from "../call-off-form";
import { PresenterSelect } from "../presenter-select";
import { SessionForm } from "../session-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.sessions"))("detailTitle") };
}

/**
 * A session as the coordinator prepares it: date, place, members, the live planned-quorum check,
 * the ordered agenda (add READY queued cases, move, remove), publish, edit, cancel or postpone.
 */
export default async function SessionPage({ params, searchParams }: PageProps<"/bid/sessions/[sessionId]">) {
  const actor = await requireActor();
  const { sessionId } = await params;
  const session = await orNotFound(getBidSession(actor, sessionId));
  const editing = (await searchParams).edit === "1";
  const editable = session.status === "DRAFT" || session.status === "PUBLISHED";
  const [queue, roster, t, format] = await Promise.all([
    editable ? listBidQueue(actor, { pageSize: 200 }) : Promise.resolve({ entries: [] }),
    editable && editing ? listPanelRoster(actor, { activeOnly: true }) : Promise.resolve([]),
    getTranslations("bid"),
    getFormatter(),
  ]);
  const v = session.version;
  const box = "space-y-3 rounded-lg border border-slate-200 bg-white p-5";

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("sessions.detailTitle")}</h1>
      <BidNav active="sessions" />

      <section className={box} aria-labelledby="when-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="when-title" className="text-lg font-semibold" data-testid="session-date">
            {format.dateTime(session.scheduledAt, { dateStyle: "full", timeStyle: "short" })}
          </h2>
          <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800" data-testid="session-status">
            {t(`sessionStatus.${session.status}`)}
          </span>
        </div>
        <p className="text-sm">
          {session.venue && <span dir="auto" className="me-3">{session.venue}</span>}
          {session.remoteLink && <span dir="auto" className="break-all">{session.remoteLink}</span>}
        </p>
        {session.statusReason && <p className="text-sm">{t("sessions.statusReason", { reason: session.statusReason })}</p>}
        {session.notes && <p className="whitespace-pre-line text-sm text-slate-700" dir="auto">{session.notes}</p>}
        {editable && !editing && (
          <Link href={`/bid/sessions/${session.id}?edit=1`} className="inline-block text-sm font-semibold text-brand-700 hover:underline" data-testid="edit-session">
            {t("sessions.edit")}
          </Link>
        )}
      </section>

      {editable && editing && (
        <section className={box}>
          <h2 className="text-lg font-semibold">{t("sessions.edit")}</h2>
          <SessionForm
            roster={roster.map((m) => ({ ...m, undertakingSigned: m.undertakingSignedAt !== null }))}
            session={{
              id: session.id,
              version: v,
              values: { scheduledAt: toLocalDateTime(session.scheduledAt), venue: session.venue ?? "", remoteLink: session.remoteLink ?? "", chairId: session.chairId, notes: session.notes ?? "" },
              invited: Object.fromEntries(session.members.map((m) => [m.panelMemberId, m.role])),
            }}
          />
        </section>
      )}

      <section className={box} aria-labelledby="members-title">
        <h2 id="members-title" className="text-lg font-semibold">{t("sessions.members")}</h2>
        <ul className="text-sm" data-testid="session-members">
          {session.members.map((m) => (
            <li key={m.panelMemberId}>
              <span dir="auto" className="font-medium">{m.name}</span> — {m.organisationName} — {t(`role.${m.role}`)}
              {!m.undertakingSigned && <span className="ms-2 text-xs text-amber-900">{t("sessions.undertakingMissing")}</span>}
            </li>
          ))}
        </ul>
        <div
          data-testid="quorum-check"
          data-met={session.quorum.met}
          className={`rounded border p-3 text-sm ${session.quorum.met ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-950"}`}
        >
          <p className="font-semibold">{session.quorum.met ? t("quorum.met") : t("quorum.notMet")}</p>
          <p>
            {t("quorum.summary", {
              voting: session.quorum.voting,
              organisations: session.quorum.organisations,
              minVoting: session.rule.minVoting,
              minOrganisations: session.rule.minOrganisations,
            })}
          </p>
          {session.quorum.problems.length > 0 && (
            <ul className="list-inside list-disc">
              {session.quorum.problems.map((p) => (
                <li key={p}>{t(`quorum.${p}`, { minVoting: session.rule.minVoting, minOrganisations: session.rule.minOrganisations })}</li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <section className={box} aria-labelledby="agenda-title">
        <h2 id="agenda-title" className="text-lg font-semibold">{t("sessions.agenda")}</h2>
        {session.agenda.length === 0 ? (
          <p className="text-sm text-slate-600">{t("sessions.emptyAgenda")}</p>
        ) : (
          <ol className="space-y-2" data-testid="agenda">
            {session.agenda.map((item, index) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 p-3" data-testid={`agenda-${item.caseNumber}`}>
                <span>
                  <span className="me-2 font-semibold">{item.position}.</span>
                  <Link href={`/cases/${item.caseId}/bid`} className="font-mono text-brand-700 hover:underline">{item.caseNumber}</Link>{" "}
                  <span dir="auto">{item.childName}</span>
                  {editable ? (
                    <PresenterSelect key={`${item.id}-${v}`} sessionId={session.id} agendaItemId={item.id} version={v} current={item.presenterId} options={item.presenterOptions} />
                  ) : (
                    <span className="block text-xs text-slate-600">{t("sessions.presenter", { name: item.presenterName ?? "—" })}</span>
                  )}
                </span>
                {editable && (
                  <span className="flex flex-wrap gap-2">
                    <ActionButton action={moveAgendaItemAction.bind(null, session.id, item.id, "up", v)} label={t("sessions.moveUp")} disabled={index === 0} testId="move-up" />
                    <ActionButton
                      action={moveAgendaItemAction.bind(null, session.id, item.id, "down", v)}
                      label={t("sessions.moveDown")}
                      disabled={index === session.agenda.length - 1}
                      testId="move-down"
                    />
                    <ActionButton action={removeFromAgendaAction.bind(null, session.id, item.id, v)} label={t("sessions.remove")} testId="remove" />
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
        {editable && (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("sessions.addFromQueue")}</h3>
            {queue.entries.length === 0 ? (
              <p className="text-sm text-slate-600">{t("queue.empty")}</p>
            ) : (
              <ul className="space-y-2" data-testid="agenda-candidates">
                {queue.entries.map((e) => (
                  <li key={e.referralId} className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-3" data-testid={`candidate-${e.caseNumber}`}>
                    <span>
                      <span className="font-mono">{e.caseNumber}</span> <span dir="auto">{e.childName}</span>
                      <span className="block text-xs text-slate-600">{t("queue.waitingDays", { days: e.waitingDays })}</span>
                      <ReadinessList readiness={e.readiness} compact />
                    </span>
                    <ActionButton
                      action={addToAgendaAction.bind(null, session.id, e.referralId, v)}
                      label={t("sessions.addToAgenda")}
                      disabled={!e.readiness.ready}
                      testId="add-to-agenda"
                    />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      {session.status === "DRAFT" && (
        <section className={box}>
          <h2 className="text-lg font-semibold">{t("sessions.publishTitle")}</h2>
          <p className="text-sm text-slate-600">{t("sessions.publishHint")}</p>
          <ActionButton action={publishSessionAction.bind(null, session.id, v)} label={t("sessions.publish")} className={buttonClass("primary", "lg")} testId="publish" />
        </section>
      )}
      {session.status === "PUBLISHED" && session.publishedAt && (
        <p className="text-sm text-green-900" data-testid="published-at">
          {t("sessions.publishedOn", { date: format.dateTime(session.publishedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      )}
      {(session.status === "PUBLISHED" || session.status === "HELD") && (
        <p className="flex flex-wrap gap-4 text-sm font-semibold">
          <Link href={`/bid/sessions/${session.id}/hold`} className="text-brand-700 hover:underline">{t("sessions.holdLink")}</Link>
          <Link href={`/bid/sessions/${session.id}/print`} className="text-brand-700 hover:underline">{t("sessions.printLink")}</Link>
        </p>
      )}
      {editable && (
        <section className={box}>
          <h2 className="text-lg font-semibold">{t("sessions.callOffTitle")}</h2>
          <p className="text-sm text-slate-600">{t("sessions.callOffHint")}</p>
          <CallOffForm key={v} sessionId={session.id} version={v} />
        </section>
      )}
    </section>
  );
}
