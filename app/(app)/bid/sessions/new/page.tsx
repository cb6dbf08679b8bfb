import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cardClass, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listPanelRoster, rosterOptions } from "@/lib/bid/list-panel-roster";
import { BidNav } from "@/components/bid/bid-nav";
import { SessionForm } from "../session-form";
import { currentLocale } from "@/lib/i18n/current-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.sessions"))("newTitle") };
}

/** Schedule a session (a draft: the agenda is built on the session's page, then published). */
export default async function NewSessionPage() {
  const actor = await requireActor();
  if (!can(actor, "bid:coordinate")) notFound();
  const [roster, t, locale] = await Promise.all([listPanelRoster(actor, { activeOnly: true }), getTranslations("bid.sessions"), currentLocale()]);
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <BidNav active="sessions" />
      {roster.length === 0 ? (
        <EmptyState>{t("noRoster")}</EmptyState>
      ) : (
        <div className={cardClass()}>
          <SessionForm roster={rosterOptions(roster, locale)} />
        </div>
      )}
    </section>
  );
}
