import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { CentreForm } from "../centre-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("centresAdmin"))("newTitle") };
}

export default async function NewCentrePage() {
  const actor = await requireActor();
  if (!can(actor, "org:manage")) notFound();
  const t = await getTranslations("centresAdmin");
  return (
    <section className="max-w-3xl space-y-4">
      <Link href="/admin/centres" className="text-sm text-brand-700 hover:underline">{t("backToList")}</Link>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <CentreForm />
    </section>
  );
}
