import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { listOrganisationsForAdmin } from "@/lib/organisations/list-organisations-admin";
import { countryName } from "@/lib/reference/countries";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationsAdmin"))("title") };
}

/** The organisations (org:manage): code, names, type, country, accounts; each one editable. */
export default async function OrganisationsPage() {
  const actor = await requireActor();
  const organisations = await orNotFound(listOrganisationsForAdmin(actor));
  const [t, locale] = await Promise.all([getTranslations("organisationsAdmin"), getLocale()]);
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} action={<ButtonLink href="/admin/organisations/new">{t("add")}</ButtonLink>} />
      <div className={cardClass("relative overflow-x-auto p-0")}>
        <table className="min-w-full text-sm" data-testid="organisations-table">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-slate-50">
            <tr className="border-b border-slate-200">
              <th scope="col" className="p-2 text-start">{t("code")}</th>
              <th scope="col" className="p-2 text-start">{t("name")}</th>
              <th scope="col" className="p-2 text-start">{t("nameAr")}</th>
              <th scope="col" className="p-2 text-start">{t("type")}</th>
              <th scope="col" className="p-2 text-start">{t("country")}</th>
              <th scope="col" className="p-2 text-end">{t("users")}</th>
              <th scope="col" className="p-2"><span className="sr-only">{t("edit")}</span></th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id} className="border-b border-slate-100" data-testid={`organisation-row-${organisation.code}`}>
                <td className="p-2 font-mono whitespace-nowrap">{organisation.code}</td>
                <th scope="row" className="p-2 text-start font-medium">{organisation.name}</th>
                <td className="p-2" dir="rtl" lang="ar">{organisation.nameAr}</td>
                <td className="p-2">{t(`types.${organisation.type}`)}</td>
                <td className="p-2">{countryName(organisation.country, locale)}</td>
                <td className="p-2 text-end">{organisation.users}</td>
                <td className="p-2 text-end">
                  <Link href={`/admin/organisations/${organisation.id}`} className="text-brand-700 underline" aria-label={t("editOrganisation", { name: organisation.name })}>
                    {t("edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
