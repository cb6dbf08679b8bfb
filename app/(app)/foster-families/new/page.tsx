import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { FamilyForm } from "../family-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("foster");
  return { title: t("newTitle") };
}

/** An NGO caseworker registers a household of their organisation. */
export default async function NewFosterFamilyPage() {
  const actor = await requireActor();
  if (!can(actor, "foster:manage")) notFound();
  const t = await getTranslations("foster");
  return (
    <section className="max-w-3xl space-y-4">
      <Link href="/foster-families" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-sm text-slate-600">{t("newIntro")}</p>
      <FamilyForm />
    </section>
  );
}
