"use client";
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The recovery codes, shown once, with copy and print; `children` is what comes next (sign in again, or done). */
export function RecoveryCodes({ codes, children }: { codes: string[]; children: ReactNode }) {
  const t = useTranslations("twoFactor");
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-4 rounded-lg border border-amber-300 bg-white p-5" data-testid="recovery-codes">
      <h2 id="recovery-codes-title" className="text-lg font-semibold">
        {t("codesTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("codesIntro")}</p>
      <ol dir="ltr" className="grid grid-cols-2 gap-x-4 gap-y-2 whitespace-nowrap rounded bg-slate-50 p-3 font-mono text-sm sm:p-4 sm:text-base">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2 print:hidden">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(codes.join("\n"));
            setCopied(true);
          }}
        >
          {t("copy")}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t("print")}
        </Button>
      </div>
      {copied && <Alert tone="success">{t("copied")}</Alert>}
      <div className="border-t border-slate-200 pt-4 print:hidden">{children}</div>
    </section>
  );
}
