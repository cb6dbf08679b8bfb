"use client";
import { useTranslations } from "next-intl";
import { requestExportAction } from "@/app/(app)/exports/actions";
import { ExportButton } from "@/components/exports/export-button";
import type { IndicatorPeriod } from "@/lib/reports/indicator-types";

/**
 * The indicator report's exports (XLSX and CSV) for the period on screen: built in the background
 * with progress, no names and no case numbers (lib/exports/indicator-table.ts). The server checks
 * the period again; an invalid one is refused without writing anything.
 */
export function IndicatorExports({ period }: { period: IndicatorPeriod }) {
  const t = useTranslations("exports");
  const params = { from: period.from, to: period.to };
  return (
    <div className="flex flex-wrap items-start gap-4" data-testid="indicator-exports">
      <ExportButton kind="INDICATORS_XLSX" params={params} label={t("buttons.indicatorsXlsx")} testId="export-indicators-xlsx" requestExportAction={requestExportAction} />
      <ExportButton kind="INDICATORS_CSV" params={params} label={t("buttons.indicatorsCsv")} testId="export-indicators-csv" requestExportAction={requestExportAction} />
    </div>
  );
}
