import { useTranslations } from "next-intl";
import { alertClass } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import type { IndicatorReport, ReportCount } from "@/lib/reports/indicator-types";
import { CountCell } from "./indicator-table";

/** The four totals, the cases left out for want of consent, and how small counts are shown. */
export function IndicatorSummarySection({
  totals,
  excluded,
  format,
}: {
  totals: (readonly ["registered" | "accommodated" | "bidDecisions" | "closures", ReportCount])[];
  excluded: IndicatorReport["excludedNoConsent"];
  format: (n: number) => string;
}) {
  const t = useTranslations("indicators");
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t("summary")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {totals.map(([key, total]) => (
          <div key={key} className={cardClass("p-3")} data-testid={`total-${key}`}>
            <dt className="text-xs text-slate-600">{t(`sections.${key}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums" data-testid="count">
              <CountCell count={total} format={format} />
            </dd>
          </div>
        ))}
      </dl>
      <div className={alertClass("warning", "p-3 text-sm")} data-testid="exclusion-note">
        <p className="font-semibold">{t("exclusionTitle")}</p>
        <ul className="list-disc ps-5">
          {(["registered", "accommodated", "bidDecisions", "closures"] as const).map((key) => (
            <li key={key} data-testid={`excluded-${key}`}>
              {t(`exclusion.${key}`, { count: excluded[key] })}
            </li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-slate-700" data-testid="small-cells-note">
        {t("smallCells")}
      </p>
      <p className="text-sm text-slate-700" data-testid="rounding-note">
        {t("rounding")}
      </p>
    </section>
  );
}
