import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { listCentres } from "@/lib/centres/list-centres";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("centresAdmin"))("title") };
}

/** The centres (org:manage): capacity, children present, region, activity; each one editable. */
export default async function CentresPage() {
  const actor = await requireActor();
  const centres = await orNotFound(listCentres(actor));
  const t = await getTranslations("centresAdmin");
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} action={<ButtonLink href="/admin/centres/new">{t("add")}</ButtonLink>} />
      <div className={cardClass("relative overflow-x-auto p-0")}>
        <table className="min-w-full text-sm" data-testid="centres-table">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-slate-50">
            <tr className="border-b border-slate-200 text-start">
              <th scope="col" className="p-2 text-start">{t("code")}</th>
              <th scope="col" className="p-2 text-start">{t("name")}</th>
              <th scope="col" className="p-2 text-start">{t("town")}</th>
              <th scope="col" className="p-2 text-start">{t("region")}</th>
              <th scope="col" className="p-2 text-end">{t("capacity")}</th>
              <th scope="col" className="p-2 text-end">{t("occupied")}</th>
              <th scope="col" className="p-2 text-start">{t("status")}</th>
              <th scope="col" className="p-2"><span className="sr-only">{t("edit")}</span></th>
            </tr>
          </thead>
          <tbody>
            {centres.map((centre) => (
              <tr key={centre.id} className="border-b border-slate-100" data-testid={`centre-row-${centre.code}`}>
                <td className="p-2 font-mono">{centre.code}</td>
                <th scope="row" className="p-2 text-start font-medium">{centre.name}</th>
                <td className="p-2">{centre.town}</td>
                <td className="p-2">{centre.region}</td>
                <td className="p-2 text-end" data-testid="centre-capacity">{centre.capacity}</td>
                <td className="p-2 text-end">
                  {centre.occupied}
                  {centre.occupied > centre.capacity && <span className="ms-1 text-xs font-semibold text-red-800">({t("overCapacity")})</span>}
                </td>
                <td className="p-2" data-testid="centre-status">
                  {centre.active ? t("active") : <span className="font-semibold text-amber-800">{t("inactive")}</span>}
                </td>
                <td className="p-2 text-end">
                  <Link href={`/admin/centres/${centre.id}`} className="text-brand-700 underline" aria-label={t("editCentre", { name: centre.name })}>
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
