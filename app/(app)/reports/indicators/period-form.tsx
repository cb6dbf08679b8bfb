import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";

type Props = { from: string; to: string; errors: { from?: string; to?: string } };

/**
 * The period as a plain GET form (?from&to): the URL is the report, so it can be bookmarked, shared
 * and reloaded; the page validates it with indicatorPeriodSchema and shows errors next to the fields.
 */
export function PeriodForm({ from, to, errors }: Props) {
  const t = useTranslations("indicators");
  return (
    <form method="get" action="/reports/indicators" className="print:hidden" noValidate>
      <fieldset className="flex flex-wrap items-start gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">{t("periodLegend")}</legend>
        <div className="w-44">
          <Field id="from" label={t("from")} error={errors.from}>
            <input
              id="from"
              name="from"
              type="date"
              defaultValue={from}
              className={inputClass}
              aria-invalid={errors.from ? true : undefined}
              aria-describedby={errors.from ? "from-error" : undefined}
            />
          </Field>
        </div>
        <div className="w-44">
          <Field id="to" label={t("to")} error={errors.to}>
            <input
              id="to"
              name="to"
              type="date"
              defaultValue={to}
              className={inputClass}
              aria-invalid={errors.to ? true : undefined}
              aria-describedby={errors.to ? "to-error" : undefined}
            />
          </Field>
        </div>
        <button type="submit" className="mt-6 rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800" data-testid="show-report">
          {t("show")}
        </button>
      </fieldset>
    </form>
  );
}
