import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { cardClass } from "@/components/ui/card";
import { getActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await getActor()) redirect("/");
  const t = await getTranslations();
  return (
    <main className="flex flex-1 items-center justify-center p-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex justify-end">
          <LanguageSwitcher />
        </div>
        <div className={cardClass("p-6 shadow-sm")}>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.shortName")}</p>
          <h1 className="mt-1 text-2xl font-bold">{t("login.title")}</h1>
          <p className="mt-2 mb-6 text-sm text-slate-600">{t("login.intro")}</p>
          <LoginForm />
        </div>
        <p className="text-center text-xs text-slate-500">{t("app.tagline")}</p>
      </div>
    </main>
  );
}
