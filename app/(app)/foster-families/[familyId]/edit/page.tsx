import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getFosterFamily } from "@/lib/foster-families/get-foster-family";
import { orNotFound } from "@/lib/or-not-found";
import { FamilyForm } from "../../family-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("foster");
  return { title: t("editTitle") };
}

/** The managing NGO edits a household's details (versioned). */
export default async function EditFosterFamilyPage({ params }: PageProps<"/foster-families/[familyId]/edit">) {
  const { familyId } = await params;
  const actor = await requireActor();
  const family = await orNotFound(getFosterFamily(actor, familyId));
  if (!family.canManage || !family.contact) notFound();
  const t = await getTranslations("foster");
  return (
    <section className="max-w-3xl space-y-4">
      <Link href={`/foster-families/${family.id}`} className="text-sm text-brand-700 underline" dir="auto">
        {family.householdName}
      </Link>
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <FamilyForm
        edit={{
          familyId: family.id,
          version: family.version,
          values: {
            householdName: family.householdName,
            location: family.location,
            address: family.contact.address ?? "",
            languages: family.languages as FosterFamilyLanguages,
            capacity: family.capacity,
            contactName: family.contact.contactName,
            contactPhone: family.contact.contactPhone,
            notes: family.notes ?? "",
          },
        }}
      />
    </section>
  );
}

type FosterFamilyLanguages = import("@/lib/foster-families/foster-family.schema").FosterFamilyInput["languages"];
