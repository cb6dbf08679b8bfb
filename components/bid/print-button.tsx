"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton() {
  const t = useTranslations("bid.print");
  return (
    <Button onClick={() => window.print()} className="print:hidden" data-testid="print-button">
      {t("print")}
    </Button>
  );
}
