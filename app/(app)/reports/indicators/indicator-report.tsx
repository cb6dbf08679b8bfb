import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/reference/countries";
import { periodBounds } from "@/lib/reports/indicator-period";
import { POPULATION_DIMENSIONS, type IndicatorReport, type PopulationDimension } from "@/lib/reports/indicator-types";
import { DefinitionsSection } from "./definitions-section";
import { CountCell, IndicatorTable } from "./indicator-table";
import { IndicatorSummarySection } from "./summary-section";

/** The computed report: summary, the two populations by dimension, the outcomes, the definitions. */
export async function IndicatorReportView({ report }: { report: IndicatorReport }) {
  const [t, tAll, format, locale] = await Promise.all([getTranslations("indicators"), getTranslations(), getFormatter(), getLocale()]);
  const number = (n: number) => format.number(n);
  const { start, endExclusive } = periodBounds(report.period);
  const month = (date: Date) => format.dateTime(date, { month: "long", year: "numeric", timeZone: "UTC" });
  const headers = { category: t("category"), count: t("count") };
  const unknownOr = (key: string, label: () => string) => (key === "UNKNOWN" ? t("unknown") : label());
  const labels: Record<PopulationDimension, (key: string) => string> = {
    centre: (key) => (report.centreNames[key] ? `${report.centreNames[key]} (${key})` : key),
    sex: (key) => unknownOr(key, () => tAll(`sex.${key}`)),
    ageBand: (key) => unknownOr(key, () => tAll(`caseload.filters.ageBands.${key}`)),
    nationality: (key) => unknownOr(key, () => countryName(key, locale)),
    mobilityProfile: (key) => unknownOr(key, () => tAll(`mobilityProfile.${key}`)),
  };
  const populations = [
    ["registered", report.registered],
    ["accommodated", report.accommodated],
  ] as const;
  const outcomes = [
    ["bidDecisions", report.bidDecisionsByOutcome, (key: string) => tAll(`bid.outcome.${key}`)],
    ["closures", report.closuresByReason, (key: string) => tAll(`closure.reasons.${key}`)],
  ] as const;

  return (
    <div className="space-y-6" data-testid="indicator-report">
      <div className="text-sm text-slate-700">
        <p className="font-semibold" data-testid="period-shown">
          {t("periodShown", { from: month(start), to: month(new Date(endExclusive.getTime() - 86_400_000)) })}
        </p>
        <p>{t("generatedAt", { date: format.dateTime(report.generatedAt, "dateTime") })}</p>
      </div>

      <IndicatorSummarySection totals={[...populations, ...outcomes].map(([key, section]) => [key, section.total] as const)} excluded={report.excludedNoConsent} format={number} />

      {populations.map(([key, population]) => (
        <section key={key} aria-labelledby={`${key}-heading`} className="space-y-3" data-testid={`section-${key}`}>
          <h2 id={`${key}-heading`} className="text-lg font-semibold">
            {t(`sections.${key}`)} —{" "}
            <span className="tabular-nums">
              <CountCell count={population.total} format={number} />
            </span>
          </h2>
          <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {POPULATION_DIMENSIONS.map((dimension) => (
              <IndicatorTable
                key={dimension}
                id={`${key}-${dimension}`}
                caption={t(`dimensions.${dimension}`)}
                headers={headers}
                rows={population.by[dimension]}
                label={labels[dimension]}
                emptyText={t("none")}
                format={number}
              />
            ))}
          </div>
        </section>
      ))}

      <div className="grid gap-3 md:grid-cols-2">
        {outcomes.map(([key, section, label]) => (
          <section key={key} aria-labelledby={`${key}-heading`} data-testid={`section-${key}`}>
            <h2 id={`${key}-heading`} className="sr-only">
              {t(`sections.${key}`)}
            </h2>
            <IndicatorTable
              id={key}
              caption={
                <>
                  {t(`sections.${key}`)} — <CountCell count={section.total} format={number} />
                </>
              }
              headers={headers}
              rows={section.rows}
              label={label}
              emptyText={t("none")}
              format={number}
            />
          </section>
        ))}
      </div>

      <DefinitionsSection />
    </div>
  );
}
