import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("approvalsInbox");
  return (
    <p role="status" className="animate-pulse text-slate-600">
      {t("loading")}
    </p>
  );
}
