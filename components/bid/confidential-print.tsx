import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PrintButton } from "./print-button";

/**
 * The frame of every printable BID document (minutes, decision record): marked confidential at
 * the top and bottom, the issuing body, the heading, and the signature lines.
 */
export async function ConfidentialPrint({ heading, header, children }: { heading: string; header: ReactNode; children: ReactNode }) {
  const t = await getTranslations("bid.print");
  return (
    <article className="mx-auto max-w-3xl space-y-5 bg-white p-4 sm:p-8 print:p-0" data-testid="print-page" data-print="bid">
      <div className="flex justify-end print:hidden">
        <PrintButton />
      </div>
      <p className="text-center text-sm font-bold uppercase tracking-widest text-red-800" data-testid="confidential">
        {t("confidential")}
      </p>
      <header className="space-y-1 border-b border-slate-300 pb-3 text-center">
        <p className="text-sm">{t("organisation")}</p>
        <h1 className="text-xl font-bold">{heading}</h1>
        {header}
      </header>
      {children}
      <div className="grid grid-cols-2 gap-8 pt-10 text-sm">
        <p className="border-t border-slate-400 pt-1">{t("chairSignature")}</p>
        <p className="border-t border-slate-400 pt-1">{t("secretarySignature")}</p>
      </div>
      <p className="text-center text-xs font-bold uppercase tracking-widest text-red-800">{t("confidential")}</p>
    </article>
  );
}
