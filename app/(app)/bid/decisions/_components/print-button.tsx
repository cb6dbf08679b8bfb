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

/** Print CSS for the printable pages: no app header or navigation, black on white, A4 margins. */
export function PrintStyles() {
  return (
    <style>{`
      @media print {
        header:not(article header), nav, .print\\:hidden { display: none !important; }
        main { max-width: none !important; padding: 0 !important; }
        body { background: #fff !important; color: #000 !important; font-size: 11pt; }
        @page { size: A4; margin: 16mm; }
        section, tr { break-inside: avoid; }
      }
    `}</style>
  );
}
