import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NotFoundPanel() {
  const t = await getTranslations("notFound");
  return (
    <section className="mx-auto max-w-lg space-y-3 rounded-lg border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <Link href="/" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("back")}
      </Link>
    </section>
  );
}
