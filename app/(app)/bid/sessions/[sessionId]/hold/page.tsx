import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { getSessionForHolding } from "@/lib/bid/get-session-for-holding";
import { orNotFound } from "@/lib/or-not-found";
import { AttendanceForm } from "./attendance-form";
import { HoldCaseSection } from "./hold-case-section";
import { organisationName } from "@/lib/organisations/organisation-name";
import { currentLocale } from "@/lib/i18n/current-locale";

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
  const [t, tAll, format, locale] = await Promise.all([getTranslations("bid.hold"), getTranslations(), getFormatter(), currentLocale()]);
  const held = session.status === "HELD";
  const holdable = held || session.status === "PUBLISHED";
  const anySigned = session.agenda.some((i) => i.decision?.signedAt);

  return (
    <article className="space-y-6">
      <Link href={`/bid/sessions/${session.id}`} className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("heading", { date: format.dateTime(session.scheduledAt, "meeting") })}</h1>
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
              members={session.members.map((m) => ({ panelMemberId: m.panelMemberId, name: m.name, organisationName: organisationName(m.organisation, locale), role: m.role, attended: m.attended }))}
            />
          </section>

          <section aria-labelledby="cases-title" className="space-y-4">
            <h2 id="cases-title" className="text-xl font-semibold">
              {t("cases")}
            </h2>
            {!held && <p className="text-sm text-slate-600">{t("attendanceFirst")}</p>}
            {session.agenda.map((item) => (
              <HoldCaseSection key={item.agendaItemId} session={session} item={item} />
            ))}
          </section>
        </>
      )}
    </article>
  );
}
