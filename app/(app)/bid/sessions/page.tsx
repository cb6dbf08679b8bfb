import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { cardClass, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listBidSessions } from "@/lib/bid/list-bid-sessions";
import { BidNav } from "@/components/bid/bid-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.sessions"))("title") };
}

/** Upcoming sessions (soonest first) and past or called-off ones (latest first), paginated. */
export default async function SessionsPage({ searchParams }: PageProps<"/bid/sessions">) {
  const actor = await requireActor();
  if (!can(actor, "bid:coordinate")) notFound();
  const params = await searchParams;
  const when = params.when === "past" ? "past" : "upcoming";
  const page = Number(typeof params.page === "string" ? params.page : 1) || 1;
  const [list, t, format] = await Promise.all([listBidSessions(actor, { when, page }), getTranslations("bid"), getFormatter()]);
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const tab = "rounded px-3 py-1.5 text-sm font-medium aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

  return (
    <section className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("sessions.title")}</h1>
        <Link href="/bid/sessions/new" className={buttonClass()}>{t("sessions.new")}</Link>
      </div>
      <BidNav active="sessions" />
      <div className="flex gap-2">
        <Link href="/bid/sessions" aria-current={when === "upcoming" ? "page" : undefined} className={tab}>{t("sessions.upcoming")}</Link>
        <Link href="/bid/sessions?when=past" aria-current={when === "past" ? "page" : undefined} className={tab}>{t("sessions.past")}</Link>
      </div>
      {list.sessions.length === 0 ? (
        <EmptyState>{when === "past" ? t("sessions.emptyPast") : t("sessions.emptyUpcoming")}</EmptyState>
      ) : (
        <ul className="space-y-2" data-testid="sessions">
          {list.sessions.map((s) => (
            <li key={s.id} className={cardClass("p-4")}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/bid/sessions/${s.id}`} className="font-semibold text-brand-700 hover:underline">
                  {format.dateTime(s.scheduledAt, "meeting")}
                </Link>
                <span className="text-sm font-semibold">{t(`sessionStatus.${s.status}`)}</span>
              </div>
              <p className="text-sm text-slate-600">
                <span dir="auto">{s.venue ?? t("sessions.remote")}</span> · {t("sessions.chair")} : <bdi>{s.chairName}</bdi> · {t("sessions.casesCount", { count: s.cases })} ·{" "}
                {t("sessions.membersCount", { count: s.members })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={pageCount} basePath="/bid/sessions" searchParams={when === "past" ? { when } : {}} />
    </section>
  );
}
