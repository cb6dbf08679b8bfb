import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { alertClass } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getIndicatorReport } from "@/lib/reports/get-indicator-report";
import { defaultIndicatorPeriod, indicatorPeriodSchema, lastEndedMonth } from "@/lib/reports/indicator-period";
import type { IndicatorPeriod } from "@/lib/reports/indicator-types";
import { orNotFound } from "@/lib/or-not-found";
import { IndicatorExports } from "./indicator-exports";
import { IndicatorReportView } from "./indicator-report";
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
          <IndicatorReportView report={report} />
        </>
      ) : (
        <p className={alertClass("error", "p-4")} data-testid="form-error" role="alert">
          {t("notComputed")}
        </p>
      )}
    </section>
  );
}
