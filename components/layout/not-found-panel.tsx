import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NotFoundPanel() {
  const t = await getTranslations("notFound");
  return (
    <section className={cardClass("mx-auto max-w-lg space-y-3 p-6 text-center")}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <Link href="/" className={buttonClass()}>
        {t("back")}
      </Link>
    </section>
  );
}
