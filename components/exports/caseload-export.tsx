"use client";
import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";
import { ExportButton, type RequestExportAction } from "./export-button";

/** The caseload page's export: the list's current filters (every page), columns per role. */
export function CaseloadExport({
  filters,
  withoutNames,
  requestExportAction,
}: {
  filters: Record<string, string>;
  withoutNames: boolean;
  requestExportAction: RequestExportAction;
}) {
  const t = useTranslations("exports");
  return (
    <div className={cardClass("space-y-1 px-3 py-2")}>
      <ExportButton kind="CASELOAD_XLSX" params={{ filters }} label={t("buttons.caseload")} testId="export-caseload" requestExportAction={requestExportAction} />
      <p className="text-xs text-slate-600">
        {t("caseloadNote")}
        {withoutNames && ` ${t("namesOmitted")}`}
      </p>
    </div>
  );
}
