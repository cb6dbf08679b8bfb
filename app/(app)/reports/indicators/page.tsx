import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { alertClass } from "@/components/ui/alert";
import { cardClass } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { countryName } from "@/lib/reference/countries";
import { getIndicatorReport } from "@/lib/reports/get-indicator-report";
import { defaultIndicatorPeriod, indicatorPeriodSchema, lastEndedMonth, periodBounds } from "@/lib/reports/indicator-period";
import { POPULATION_DIMENSIONS, type IndicatorPeriod, type IndicatorReport, type PopulationDimension } from "@/lib/reports/indicator-types";
import { orNotFound } from "@/lib/or-not-found";
import { CountCell, IndicatorTable } from "./indicator-table";
import { IndicatorExports } from "./indicator-exports";
import { PeriodForm } from "./period-form";
import { PrintReportButton } from "./print-report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("indicators");
  return { title: t("title") };
}

type Search = { from?: string | string[]; to?: string | string[] };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The period from the URL: the default one when none is given; field errors (message keys) otherwise. */
function readPeriod(search: Search, now: Date): { period: IndicatorPeriod; valid: boolean; errors: { from?: string; to?: string } } {
  const from = one(search.from);
  const to = one(search.to);
  if (from === undefined && to === undefined) return { period: defaultIndicatorPeriod(now), valid: true, errors: {} };
  const raw = { from: from ?? "", to: to ?? "" };
  const parsed = indicatorPeriodSchema(now).safeParse(raw);
  if (parsed.success) return { period: parsed.data, valid: true, errors: {} };
  const errors: { from?: string; to?: string } = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "from" || field === "to") && !errors[field]) errors[field] = issue.message;
  }
  return { period: raw, valid: false, errors };
}

/**
 * The indicator report (report:indicators: the M&E officer and the national supervisor). An
 * invalid period computes nothing; everyone else gets the 404 page.
 */
export default async function IndicatorReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!can(actor, "report:indicators")) notFound();
  const now = new Date();
  const { period, valid, errors } = readPeriod(await searchParams, now);
  const report = valid ? await orNotFound(getIndicatorReport(actor, period, now)) : null;
  const t = await getTranslations("indicators");

  return (
    <section className="space-y-6" data-print="report">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        {report && <PrintReportButton />}
      </div>
      <PeriodForm from={period.from} to={period.to} latest={lastEndedMonth(now)} errors={errors} />
      {report ? (
        <>
          <div className="print:hidden">
            <IndicatorExports period={report.period} />
          </div>
          <Report report={report} />
        </>
      ) : (
        <p className={alertClass("error", "p-4")} data-testid="form-error" role="alert">
          {t("notComputed")}
        </p>
      )}
    </section>
  );
}

async function Report({ report }: { report: IndicatorReport }) {
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
        <p>{t("generatedAt", { date: format.dateTime(report.generatedAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) })}</p>
      </div>

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-lg font-semibold">
          {t("summary")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[...populations, ...outcomes].map(([key, section]) => (
            <div key={key} className={cardClass("p-3")} data-testid={`total-${key}`}>
              <dt className="text-xs text-slate-600">{t(`sections.${key}`)}</dt>
              <dd className="text-2xl font-bold tabular-nums" data-testid="count">
                <CountCell count={section.total} format={number} />
              </dd>
            </div>
          ))}
        </dl>
        <div className={alertClass("warning", "p-3 text-sm")} data-testid="exclusion-note">
          <p className="font-semibold">{t("exclusionTitle")}</p>
          <ul className="list-disc ps-5">
            {(["registered", "accommodated", "bidDecisions", "closures"] as const).map((key) => (
              <li key={key} data-testid={`excluded-${key}`}>
                {t(`exclusion.${key}`, { count: report.excludedNoConsent[key] })}
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

      <section aria-labelledby="definitions-heading" className={cardClass("p-4 text-sm text-slate-700")} data-testid="definitions">
        <h2 id="definitions-heading" className="mb-2 font-semibold">
          {t("definitionsTitle")}
        </h2>
        <ul className="list-disc space-y-1 ps-5">
          {(["consent", "registered", "accommodated", "breakdowns", "bidDecisions", "closures"] as const).map((key) => (
            <li key={key}>{t(`definitions.${key}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
