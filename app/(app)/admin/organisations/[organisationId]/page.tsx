import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { countryOptions } from "../countries";
import { OrganisationForm } from "../organisation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationsAdmin"))("title") };
}

/** Edits one organisation (org:manage); an unknown id is the 404 page. */
export default async function EditOrganisationPage({ params }: PageProps<"/admin/organisations/[organisationId]">) {
  const { organisationId } = await params;
  const actor = await requireActor();
  const organisation = await orNotFound(getOrganisation(actor, organisationId));
  const [t, locale] = await Promise.all([getTranslations("organisationsAdmin"), getLocale()]);
  return (
    <section className="max-w-3xl space-y-4">
      <Link href="/admin/organisations" className="text-sm text-brand-700 hover:underline">{t("backToList")}</Link>
      <h1 className="text-2xl font-bold">{t("editTitle", { code: organisation.code })}</h1>
      <OrganisationForm
        countries={countryOptions(locale, organisation.country)}
        edit={{
          organisationId: organisation.id,
          values: {
            code: organisation.code,
            name: organisation.name,
            nameAr: organisation.nameAr ?? "",
            type: organisation.type,
            country: organisation.country,
            version: organisation.version,
          },
        }}
      />
    </section>
  );
}
