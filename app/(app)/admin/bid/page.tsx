import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getCurrentBidConfig } from "@/lib/settings/get-current-bid-config";
import { BidSettingsForm } from "./bid-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bid.settings"))("title") };
}

/** BID settings (administrator): the quorum rule and how long members keep dossier access. */
export default async function BidSettingsPage() {
  const actor = await requireActor();
  if (!can(actor, "config:manage")) notFound();
  const [t, config] = await Promise.all([getTranslations("bid.settings"), getCurrentBidConfig(actor)]);
  return (
    <section className="max-w-4xl space-y-4">
      <div className="flex flex-wrap gap-4">
        <Link href="/admin/timelines" className="text-sm text-brand-700 hover:underline">{t("toTimelines")}</Link>
        <Link href="/admin/security" className="text-sm text-brand-700 hover:underline">
          {(await getTranslations("securitySettings"))("link")}
        </Link>
      </div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <BidSettingsForm
        initial={{
          minVoting: config.quorum.minVoting,
          minOrganisations: config.quorum.minOrganisations,
          chairRequired: config.quorum.chairRequired,
          panelAccessDays: config.panelAccessDays,
        }}
      />
    </section>
  );
}
