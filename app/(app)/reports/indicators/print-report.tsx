"use client";
import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintReportButton() {
  const t = useTranslations("indicators");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 print:hidden"
      data-testid="print-report"
    >
      {t("print")}
    </button>
  );
}
