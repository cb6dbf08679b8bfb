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

/** Paper: no app header, navigation or form; tables kept whole; A4. */
export function ReportPrintStyles() {
  return (
    <style>{`
      @media print {
        header, nav, .print\\:hidden { display: none !important; }
        main { max-width: none !important; padding: 0 !important; }
        body { background: #fff !important; color: #000 !important; font-size: 10pt; }
        @page { size: A4; margin: 14mm; }
        table, .indicator-block { break-inside: avoid; }
      }
    `}</style>
  );
}
