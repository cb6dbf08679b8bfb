"use client";
import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton() {
  const t = useTranslations("bid.print");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 print:hidden"
      data-testid="print-button"
    >
      {t("print")}
    </button>
  );
}
