import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { getCentre } from "@/lib/centres/get-centre";
import { orNotFound } from "@/lib/or-not-found";
import { CentreForm } from "../centre-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("centresAdmin"))("title") };
}

/** Edits one centre (org:manage); an unknown id is the 404 page. */
export default async function EditCentrePage({ params }: PageProps<"/admin/centres/[centreId]">) {
  const { centreId } = await params;
  const actor = await requireActor();
  const centre = await orNotFound(getCentre(actor, centreId));
  const t = await getTranslations("centresAdmin");
  return (
    <section className="max-w-3xl space-y-4">
      <Link href="/admin/centres" className="text-sm text-brand-700 hover:underline">{t("backToList")}</Link>
      <h1 className="text-2xl font-bold">{t("editTitle", { code: centre.code })}</h1>
      <CentreForm
        edit={{
          centreId: centre.id,
          code: centre.code,
          occupied: centre.occupied,
          values: {
            name: centre.name,
            town: centre.town,
            region: centre.region,
            capacity: String(centre.capacity),
            previousCapacity: centre.capacity,
            capacityReason: "",
            active: centre.active,
            version: centre.version,
          },
        }}
      />
    </section>
  );
}
