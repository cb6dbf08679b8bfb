import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cardClass, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listBidQueue } from "@/lib/bid/list-bid-queue";
import { BidNav } from "@/components/bid/bid-nav";
import { ReadinessList } from "@/components/bid/readiness-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.queue"))("title") };
}

/** Referred cases waiting for a session, oldest first, with waiting days and what is missing. */
export default async function BidQueuePage({ searchParams }: PageProps<"/bid/queue">) {
  const actor = await requireActor();
  if (!can(actor, "bid:coordinate")) notFound();
  const pageParam = (await searchParams).page;
  const page = Number(typeof pageParam === "string" ? pageParam : 1) || 1;
  const [queue, t, format] = await Promise.all([listBidQueue(actor, { page }), getTranslations("bid"), getFormatter()]);
  const pageCount = Math.max(1, Math.ceil(queue.total / queue.pageSize));

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("queue.title")}</h1>
      <BidNav active="queue" />
      <p className="text-sm text-slate-600">{t("queue.intro", { count: queue.total })}</p>
      {queue.entries.length === 0 ? (
        <EmptyState>{t("queue.empty")}</EmptyState>
      ) : (
        <ul className="space-y-2" data-testid="bid-queue">
          {queue.entries.map((e) => (
            <li key={e.referralId} className={cardClass("p-4")} data-testid={`queue-${e.caseNumber}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span>
                  <Link href={`/cases/${e.caseId}/bid`} className="font-mono font-semibold text-brand-700 hover:underline">{e.caseNumber}</Link>{" "}
                  <span dir="auto" className="font-medium">{e.childName}</span>
                </span>
                <span className="font-semibold" data-testid="waiting-days">{t("queue.waitingDays", { days: e.waitingDays })}</span>
              </div>
              <p className="text-sm text-slate-600">
                {e.centreName} · {e.workerName ?? t("queue.noWorker")} · {t("queue.referredOn", { date: format.dateTime(e.referredAt, "date") })}
              </p>
              <div className="mt-2"><ReadinessList readiness={e.readiness} compact /></div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={queue.page} pageCount={pageCount} basePath="/bid/queue" />
    </section>
  );
}
