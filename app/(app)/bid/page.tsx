import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getBidOverview } from "@/lib/bid/get-bid-overview";
import { BidNav } from "@/components/bid/bid-nav";
import { ReadinessList } from "@/components/bid/readiness-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.overview"))("title") };
}

function Count({ label, value, testId, href }: { label: string; value: number; testId: string; href?: string }) {
  const body = (
    <>
      <span className="block text-3xl font-bold" data-testid={testId}>
        {value}
      </span>
      <span className="text-sm text-slate-600">{label}</span>
    </>
  );
  return (
    <li className={cardClass("p-4")}>
      {href ? (
        <Link href={href} className="block hover:text-brand-800">
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  );
}

/** The BID coordinator's overview: queue, next sessions, decisions to sign, reviews due, outcomes. */
export default async function BidOverviewPage() {
  const actor = await requireActor();
  if (!can(actor, "bid:coordinate")) notFound();
  const [o, t, format] = await Promise.all([getBidOverview(actor), getTranslations("bid"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, "date");
  const dayTime = (d: Date) => format.dateTime(d, "dateTime");
  const sectionClass = cardClass("space-y-2 p-4");

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("overview.title")}</h1>
      <BidNav active="overview" />
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Count label={t("overview.queued")} value={o.queue.total} testId="count-queued" href="/bid/queue" />
        <Count label={t("overview.upcoming")} value={o.upcoming.total} testId="count-upcoming" href="/bid/sessions" />
        <Count label={t("overview.awaitingSignature")} value={o.awaitingSignature.total} testId="count-awaiting" />
        <Count label={t("overview.reviewsDue")} value={o.reviewsDue.total} testId="count-reviews" />
      </ul>

      <div className="grid gap-4 lg:grid-cols-2">
        <section className={sectionClass} aria-labelledby="queue-title">
          <h2 id="queue-title" className="font-semibold">{t("overview.queueTitle")}</h2>
          {o.queue.entries.length === 0 ? (
            <p className="text-sm text-slate-600">{t("queue.empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {o.queue.entries.map((e) => (
                <li key={e.referralId} className="flex flex-wrap items-start justify-between gap-2 py-2">
                  <span>
                    <Link href={`/cases/${e.caseId}/bid`} className="font-mono text-brand-700 hover:underline">{e.caseNumber}</Link>{" "}
                    <span dir="auto">{e.childName}</span>
                  </span>
                  <span className="text-slate-600">{t("queue.waitingDays", { days: e.waitingDays })}</span>
                  <span className="w-full"><ReadinessList readiness={e.readiness} compact /></span>
                </li>
              ))}
            </ul>
          )}
          {o.queue.total > o.queue.entries.length && <Link href="/bid/queue" className="text-sm text-brand-700 hover:underline">{t("overview.seeAll", { count: o.queue.total })}</Link>}
        </section>

        <section className={sectionClass} aria-labelledby="upcoming-title">
          <h2 id="upcoming-title" className="font-semibold">{t("overview.upcomingTitle")}</h2>
          {o.upcoming.sessions.length === 0 ? (
            <p className="text-sm text-slate-600">{t("sessions.emptyUpcoming")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {o.upcoming.sessions.map((s) => (
                <li key={s.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <Link href={`/bid/sessions/${s.id}`} className="text-brand-700 hover:underline">{dayTime(s.scheduledAt)}</Link>
                  <span>{t(`sessionStatus.${s.status}`)} · {t("sessions.casesCount", { count: s.cases })}</span>
                </li>
              ))}
            </ul>
          )}
          <Link href="/bid/sessions/new" className="text-sm font-semibold text-brand-700 hover:underline">{t("sessions.new")}</Link>
        </section>

        <section className={sectionClass} aria-labelledby="awaiting-title">
          <h2 id="awaiting-title" className="font-semibold">{t("overview.awaitingTitle")}</h2>
          {o.awaitingSignature.decisions.length === 0 ? (
            <p className="text-sm text-slate-600">{t("overview.noneAwaiting")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {o.awaitingSignature.decisions.map((d) => (
                <li key={d.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <Link href={`/cases/${d.caseId}/bid`} className="font-mono text-brand-700 hover:underline">{d.caseNumber}</Link>
                  <span>{t("overview.sessionOf", { date: day(d.sessionDate) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className={sectionClass} aria-labelledby="reviews-title">
          <h2 id="reviews-title" className="font-semibold">{t("overview.reviewsTitle")}</h2>
          {o.reviewsDue.decisions.length === 0 ? (
            <p className="text-sm text-slate-600">{t("overview.noReviews")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {o.reviewsDue.decisions.map((d) => (
                <li key={d.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <Link href={`/cases/${d.caseId}/bid`} className="font-mono text-brand-700 hover:underline">{d.caseNumber}</Link>
                  <span className={d.overdue ? "font-semibold text-red-800" : ""}>
                    {d.date ? t(d.overdue ? "overview.reviewOverdue" : "overview.reviewOn", { date: day(d.date) }) : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className={sectionClass} aria-labelledby="outcomes-title">
        <h2 id="outcomes-title" className="font-semibold">{t("overview.outcomesTitle")}</h2>
        {o.outcomes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("overview.noOutcomes")}</p>
        ) : (
          <table className="text-sm" data-testid="outcome-counts">
            <tbody>
              {o.outcomes.map((row) => (
                <tr key={row.outcome} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pe-6 text-start font-medium">{t(`outcome.${row.outcome}`)}</th>
                  <td className="py-1 text-end tabular-nums" data-testid={`outcome-${row.outcome}`}>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
