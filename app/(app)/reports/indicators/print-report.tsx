"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintReportButton() {
  const t = useTranslations("indicators");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={buttonClass("secondary", "md", "print:hidden")}
      data-testid="print-report"
    >
      {t("print")}
    </button>
  );
}
