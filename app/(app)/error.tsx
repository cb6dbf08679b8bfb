"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <section role="alert" className="mx-auto max-w-lg space-y-3 rounded-lg border border-red-200 bg-white p-6 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <button type="button" onClick={reset} className={buttonClass()}>
        {t("retry")}
      </button>
    </section>
  );
}
