"use client";
import { useTranslations } from "next-intl";

/** Stands in for a form whose code loads when it is opened (next/dynamic), on a slow link for a moment. */
export function FormLoading() {
  const t = useTranslations("form");
  return (
    <p role="status" className="text-sm text-slate-600" data-testid="form-loading">
      {t("loading")}
    </p>
  );
}
