import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cardClass, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listPanelRoster, listRosterCandidates } from "@/lib/bid/list-panel-roster";
import { BidNav } from "@/components/bid/bid-nav";
import { RosterForm } from "./roster-form";
import { organisationName } from "@/lib/organisations/organisation-name";
import { currentLocale } from "@/lib/i18n/current-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.roster"))("title") };
}

/** The panel roster: members, organisation, expertise, default role, undertaking signed or not. */
export default async function RosterPage({ searchParams }: PageProps<"/bid/roster">) {
  const actor = await requireActor();
  if (!can(actor, "bid:coordinate")) notFound();
  const edit = (await searchParams).edit;
  const [roster, candidates, t, format, locale] = await Promise.all([listPanelRoster(actor), listRosterCandidates(actor), getTranslations("bid"), getFormatter(), currentLocale()]);
  const editing = typeof edit === "string" ? roster.find((m) => m.id === edit) : undefined;

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("roster.title")}</h1>
      <BidNav active="roster" />
      {roster.length === 0 ? (
        <EmptyState>{t("roster.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-2 md:grid-cols-2" data-testid="roster">
          {roster.map((m) => (
            <li key={m.id} className={cardClass("p-4")} data-testid={`roster-${m.email}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-semibold" dir="auto">{m.name}</span>
                <span className="text-sm">{organisationName(m.organisation, locale)}</span>
              </div>
              <p className="text-sm text-slate-700">
                {t(`role.${m.defaultRole}`)} · <span dir="auto">{m.expertise}</span> · {m.active ? t("roster.activeYes") : t("roster.activeNo")}
              </p>
              <p className={`text-sm ${m.undertakingSignedAt ? "text-green-800" : "font-semibold text-amber-900"}`} data-testid="undertaking-status">
                {m.undertakingSignedAt
                  ? t("roster.signedOn", { date: format.dateTime(m.undertakingSignedAt, "date") })
                  : t("roster.notSigned")}
              </p>
              <Link href={`/bid/roster?edit=${m.id}`} className="text-sm text-brand-700 hover:underline">{t("roster.edit")}</Link>
            </li>
          ))}
        </ul>
      )}
      <section className={cardClass("space-y-3 p-5")}>
        <h2 className="text-lg font-semibold">{editing ? t("roster.editTitle", { name: editing.name }) : t("roster.addTitle")}</h2>
        {editing ? (
          <RosterForm key={editing.id} candidates={[]} member={{ id: editing.id, userId: editing.userId, name: editing.name, expertise: editing.expertise, defaultRole: editing.defaultRole, active: editing.active }} />
        ) : candidates.length === 0 ? (
          <p className="text-sm text-slate-600">{t("roster.noCandidates")}</p>
        ) : (
          <RosterForm candidates={candidates.map((c) => ({ id: c.id, name: c.name, organisationName: organisationName(c.organisation, locale) }))} />
        )}
      </section>
    </section>
  );
}
