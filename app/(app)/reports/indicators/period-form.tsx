import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/form/field";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";

type Props = { from: string; to: string; latest: string; errors: { from?: string; to?: string } };

/**
 * The period as a plain GET form (?from=YYYY-MM&to=YYYY-MM): the URL is the report, so it can be
 * bookmarked, shared and reloaded. Month pickers, since the report covers whole months that have
 * ended (ADR 0017); the page validates the URL with indicatorPeriodSchema and shows errors next
 * to the fields.
 */
export function PeriodForm({ from, to, latest, errors }: Props) {
  const t = useTranslations("indicators");
  const month = (name: "from" | "to", value: string) => (
    <input
      id={name}
      name={name}
      type="month"
      defaultValue={value}
      max={latest}
      placeholder="YYYY-MM"
      className={inputClass}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `${name}-error` : "period-hint"}
    />
  );
  return (
    <form method="get" action="/reports/indicators" className="print:hidden" noValidate>
      <fieldset className={cardClass("flex flex-wrap items-start gap-4 p-4")}>
        <legend className="px-1 text-sm font-semibold">{t("periodLegend")}</legend>
        <div className="w-48">
          <Field id="from" label={t("from")} error={errors.from}>
            {month("from", from)}
          </Field>
        </div>
        <div className="w-48">
          <Field id="to" label={t("to")} error={errors.to}>
            {month("to", to)}
          </Field>
        </div>
        <button type="submit" className={buttonClass("primary", "md", "mt-6")} data-testid="show-report">
          {t("show")}
        </button>
        <p id="period-hint" className="basis-full text-xs text-slate-600">
          {t("periodHint")}
        </p>
      </fieldset>
    </form>
  );
}
