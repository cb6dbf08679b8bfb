"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/form/field";

/**
 * A one-time link, shown once: the full address to copy and hand over. The address is built in the
 * browser from the page's own origin, never from a request header.
 */
export function LinkPanel({ token, purpose, expiresAt }: { token: string; purpose: "ACTIVATION" | "RESET"; expiresAt: string }) {
  const t = useTranslations("users.link");
  const format = useFormatter();
  // Rendered only after the administrator's click, never on the server.
  const url = typeof window === "undefined" ? "" : `${window.location.origin}/set-password/${token}`;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin): the address stays selected in the field to copy by hand.
      document.querySelector<HTMLInputElement>("#account-link")?.select();
    }
  };
  return (
    <Alert tone="info" testId="link-panel" role="status" className="space-y-2 p-4 text-sm">
      <p className="font-semibold">{t(purpose)}</p>
      <p>{t("once")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="account-link"
          readOnly
          dir="ltr"
          value={url}
          aria-label={t(purpose)}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} min-w-0 flex-1 font-mono text-xs`}
          data-testid="account-link"
        />
        <Button size="sm" onClick={copy} data-testid="copy-link">
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p>{t("expires", { date: format.dateTime(new Date(expiresAt), "dateTime") })}</p>
    </Alert>
  );
}
