import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { countryOptions } from "../countries";
import { OrganisationForm } from "../organisation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationsAdmin"))("newTitle") };
}

export default async function NewOrganisationPage() {
  const actor = await requireActor();
  if (!can(actor, "org:manage")) notFound();
  const [t, locale] = await Promise.all([getTranslations("organisationsAdmin"), getLocale()]);
  return (
    <section className="max-w-3xl space-y-4">
      <Link href="/admin/organisations" className="text-sm text-brand-700 hover:underline">{t("backToList")}</Link>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <OrganisationForm countries={countryOptions(locale)} />
    </section>
  );
}
