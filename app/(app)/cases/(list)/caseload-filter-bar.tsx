import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AGE_BANDS } from "@/lib/cases/age-bands";
import {
  activeFilterCount,
  CASE_STATUSES,
  CASELOAD_SORTS,
  caseloadQueryString,
  EMPTY_FILTERS,
  OVERDUE_KINDS,
  RISK_FILTERS,
  UNASSIGNED,
  type CaseloadFilters,
  type CaseloadSort,
  type CaseloadView,
} from "@/lib/cases/caseload-filters";
import type { CaseloadCentre } from "@/lib/cases/list-caseload-centres";
import type { CaseloadWorker } from "@/lib/cases/list-caseload-workers";
import { otherCountryCodesByName } from "@/lib/reference/countries";
import { FilterPanel } from "./filter-panel";
import { NationalitySelect } from "./nationality-select";

const control = "block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-semibold text-slate-700">
        {label}
      </label>
      <div className="mt-1">{children}</div>
    </div>
  );
}

/** Checkboxes in a disclosure: several values for one filter, without JavaScript. */
function MultiChoice({ name, label, none, options, checked }: {
  name: string;
  label: string;
  /** What the closed disclosure says when nothing is ticked. */
  none: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
}) {
  const f = useTranslations("caseload.filters");
  const ticked = options.filter((option) => checked.includes(option.value)).map((option) => option.label);
  const summary = ticked.length ? ticked.join(f("listSeparator")) : none;
  return (
    <div>
      <span className="block text-xs font-semibold text-slate-700" id={`${name}-label`}>
        {label}
      </span>
      <details className="relative mt-1" data-testid={`${name}-filter`}>
        <summary className={`${control} cursor-pointer list-none truncate`} title={summary} aria-describedby={`${name}-label`}>
          {summary}
        </summary>
        <fieldset className="absolute z-10 mt-1 min-w-full space-y-1 rounded border border-slate-300 bg-white p-2 shadow-lg">
          <legend className="sr-only">{label}</legend>
          {options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 whitespace-nowrap">
              <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
              {option.label}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}

/**
 * The filters as a plain GET form, which needs no JavaScript: submitting puts them in the URL
 * (bookmarkable) and starts again at page 1.
 */
export function CaseloadFilterBar({ filters, view, sort, centres, workers }: {
  filters: CaseloadFilters;
  /** The view applied (the role's default when the URL names none). */
  view: CaseloadView;
  /** The sort applied (the role's default when the URL names none). */
  sort: CaseloadSort;
  centres: CaseloadCentre[];
  workers: CaseloadWorker[];
}) {
  const t = useTranslations();
  const f = useTranslations("caseload.filters");
  const locale = useLocale();
  const resetHref = `/cases${caseloadQueryString({ ...EMPTY_FILTERS, view: filters.view })}`;

  return (
    // Keyed by the filters: the inputs are uncontrolled, so a client-side navigation (reset, tab,
    // page link) must mount a fresh form for the new defaults to show.
    <form key={caseloadQueryString(filters)} method="get" action="/cases" role="search" aria-label={f("label")} className={cardClass("space-y-3 p-3")}>
      {filters.view && <input type="hidden" name="view" value={filters.view} />}
      <FilterPanel label={f("toggle", { count: activeFilterCount(filters) })}>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <div className="col-span-2 sm:col-span-3 lg:col-span-2">
          <Labelled id="caseload-q" label={f("search")}>
            <input id="caseload-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={f("searchPlaceholder")} className={control} dir="auto" maxLength={100} />
          </Labelled>
        </div>
        <MultiChoice
          name="status"
          label={f("status")}
          none={f("anyStatus")}
          options={CASE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          checked={filters.status}
        />
        <MultiChoice
          name="risk"
          label={f("risk")}
          none={f("anyRisk")}
          options={RISK_FILTERS.map((risk) => ({ value: risk, label: risk === "unset" ? t("case.riskNotSet") : t(`risk.${risk}`) }))}
          checked={filters.risk}
        />
        <Labelled id="caseload-nationality" label={f("nationality")}>
          <NationalitySelect
            id="caseload-nationality"
            className={control}
            defaultValue={filters.nationality ?? ""}
            anyLabel={f("anyNationality")}
            otherCodes={otherCountryCodesByName(locale)}
          />
        </Labelled>
        <Labelled id="caseload-sex" label={f("sex")}>
          <select id="caseload-sex" name="sex" defaultValue={filters.sex ?? ""} className={control}>
            <option value="">{f("anySex")}</option>
            <option value="FEMALE">{t("sex.FEMALE")}</option>
            <option value="MALE">{t("sex.MALE")}</option>
          </select>
        </Labelled>
        <Labelled id="caseload-age" label={f("ageBand")}>
          <select id="caseload-age" name="ageBand" defaultValue={filters.ageBand ?? ""} className={control}>
            <option value="">{f("anyAge")}</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {f(`ageBands.${band}`)}
              </option>
            ))}
          </select>
        </Labelled>
        {centres.length > 1 && (
          <Labelled id="caseload-centre" label={f("centre")}>
            <select id="caseload-centre" name="centre" defaultValue={filters.centre ?? ""} className={control}>
              <option value="">{f("anyCentre")}</option>
              {centres.map((centre) => (
                <option key={centre.id} value={centre.id}>
                  {centre.name}
                </option>
              ))}
            </select>
          </Labelled>
        )}
        {workers.length > 0 && view !== "mine" && (
          <Labelled id="caseload-worker" label={f("worker")}>
            <select id="caseload-worker" name="worker" defaultValue={filters.worker ?? ""} className={control}>
              <option value="">{f("anyWorker")}</option>
              <option value={UNASSIGNED}>{t("caseload.unassigned")}</option>
              {workers.map((worker) => (
                <option key={worker.id} value={worker.id}>
                  {worker.active ? worker.name : `${worker.name} ${f("inactive")}`}
                </option>
              ))}
            </select>
          </Labelled>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex items-center gap-2 text-sm font-medium">
          <label htmlFor="caseload-overdue" className="whitespace-nowrap">
            {f("overdue")}
          </label>
          <select id="caseload-overdue" name="overdue" defaultValue={filters.overdue === "any" ? "1" : (filters.overdue ?? "")} className={`${control} w-auto`}>
            <option value="">{f("overdueKinds.none")}</option>
            {OVERDUE_KINDS.map((kind) => (
              <option key={kind} value={kind === "any" ? "1" : kind}>
                {f(`overdueKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {/* Sized to its longest option, on the row of the short controls: a grid cell cut the sort names. */}
        <div className="flex items-center gap-2 text-sm font-medium">
          <label htmlFor="caseload-sort" className="whitespace-nowrap">
            {f("sort")}
          </label>
          <select id="caseload-sort" name="sort" defaultValue={sort} className={`${control} w-auto max-w-full`}>
            {CASELOAD_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {f(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="awaiting" value="approval" defaultChecked={filters.awaiting === "approval"} />
          {f("awaitingApproval")}
        </label>
        <div className="ms-auto flex items-center gap-3">
          <Link href={resetHref} className="text-sm font-medium text-brand-700 underline underline-offset-2">
            {f("reset")}
          </Link>
          <button type="submit" className={buttonClass("primary", "sm")}>
            {f("apply")}
          </button>
        </div>
      </div>
      </FilterPanel>
    </form>
  );
}
