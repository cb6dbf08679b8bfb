import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/bid/action-button";
import { BidNav } from "@/components/bid/bid-nav";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { toLocalDateTime } from "@/lib/bid/bid-session.schema";
import { getBidSession } from "@/lib/bid/get-bid-session";
import { listBidQueue } from "@/lib/bid/list-bid-queue";
import { listPanelRoster, rosterOptions } from "@/lib/bid/list-panel-roster";
import { orNotFound } from "@/lib/or-not-found";
import { publishSessionAction } from "../actions";
import { CallOffForm } from "../call-off-form";
import { SessionForm } from "../session-form";
import { AgendaSection } from "./agenda-section";
import { SessionMembersSection } from "./session-members-section";
import { SessionSummarySection } from "./session-summary-section";
import { currentLocale } from "@/lib/i18n/current-locale";

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
  const [queue, roster, t, format, locale] = await Promise.all([
    editable ? listBidQueue(actor, { pageSize: 200 }) : Promise.resolve({ entries: [] }),
    editable && editing ? listPanelRoster(actor, { activeOnly: true }) : Promise.resolve([]),
    getTranslations("bid"),
    getFormatter(),
    currentLocale(),
  ]);
  const v = session.version;

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("sessions.detailTitle")}</h1>
      <BidNav active="sessions" />

      <SessionSummarySection session={session} canEdit={editable && !editing} />

      {editable && editing && (
        <Card title={t("sessions.edit")} className="space-y-3">
          <SessionForm
            roster={rosterOptions(roster, locale)}
            session={{
              id: session.id,
              version: v,
              values: { scheduledAt: toLocalDateTime(session.scheduledAt), venue: session.venue ?? "", remoteLink: session.remoteLink ?? "", chairId: session.chairId, notes: session.notes ?? "" },
              invited: Object.fromEntries(session.members.map((m) => [m.panelMemberId, m.role])),
            }}
          />
        </Card>
      )}

      <SessionMembersSection session={session} />
      <AgendaSection session={session} queue={queue.entries} editable={editable} />

      {session.status === "DRAFT" && (
        <Card title={t("sessions.publishTitle")} className="space-y-3">
          <p className="text-sm text-slate-600">{t("sessions.publishHint")}</p>
          <ActionButton action={publishSessionAction.bind(null, session.id, v)} label={t("sessions.publish")} className={buttonClass("primary", "lg")} testId="publish" />
        </Card>
      )}
      {session.status === "PUBLISHED" && session.publishedAt && (
        <p className="text-sm text-green-900" data-testid="published-at">
          {t("sessions.publishedOn", { date: format.dateTime(session.publishedAt, "dateTime") })}
        </p>
      )}
      {(session.status === "PUBLISHED" || session.status === "HELD") && (
        <p className="flex flex-wrap gap-4 text-sm font-semibold">
          <Link href={`/bid/sessions/${session.id}/hold`} className="text-brand-700 hover:underline">{t("sessions.holdLink")}</Link>
          <Link href={`/bid/sessions/${session.id}/print`} className="text-brand-700 hover:underline">{t("sessions.printLink")}</Link>
        </p>
      )}
      {editable && (
        <Card title={t("sessions.callOffTitle")} className="space-y-3">
          <p className="text-sm text-slate-600">{t("sessions.callOffHint")}</p>
          <CallOffForm key={v} sessionId={session.id} version={v} />
        </Card>
      )}
    </section>
  );
}
