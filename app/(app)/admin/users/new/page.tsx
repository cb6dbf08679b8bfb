import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { listAccountOptions } from "@/lib/users/list-account-options";
import { NewUserFlow } from "./new-user-flow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("newUser") };
}

/** A new account (user:manage): no password, a one-time activation link shown once. */
export default async function NewUserPage() {
  const actor = await requireActor();
  const [options, t] = await Promise.all([orNotFound(listAccountOptions(actor)), getTranslations("users")]);
  return (
    <section className="max-w-4xl space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
        {t("details.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("newUser")}</h1>
      <NewUserFlow options={options} />
    </section>
  );
}
