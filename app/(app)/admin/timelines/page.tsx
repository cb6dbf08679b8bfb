import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getCurrentTimelines } from "@/lib/settings/get-current-timelines";
import { toTimelineForm } from "@/lib/settings/timelines.schema";
import { TimelinesForm } from "./timelines-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timelines"))("title") };
}

export default async function TimelinesPage() {
  const actor = await requireActor();
  if (!can(actor, "config:manage")) notFound();
  const [t, config] = await Promise.all([getTranslations("timelines"), getCurrentTimelines(actor)]);
  return (
    <section className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Link href="/admin/bid" className="inline-block text-sm font-semibold text-brand-700 hover:underline">
        {(await getTranslations("bid.settings"))("title")}
      </Link>
      <Link href="/admin/security" className="ms-4 inline-block text-sm font-semibold text-brand-700 hover:underline">
        {(await getTranslations("securitySettings"))("link")}
      </Link>
      <TimelinesForm initial={toTimelineForm(config)} />
    </section>
  );
}
