import { buttonClass } from "@/components/ui/button";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requestExportAction } from "@/app/(app)/exports/actions";
import { CaseloadExport } from "@/components/exports/caseload-export";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import {
  caseloadParams,
  caseloadQueryString,
  caseloadViewsFor,
  EMPTY_FILTERS,
  hasActiveFilters,
  parseCaseloadFilters,
  UNASSIGNED,
  type CaseloadView,
} from "@/lib/cases/caseload-filters";
import { listCaseloadCentres } from "@/lib/cases/list-caseload-centres";
import { listCaseloadWorkers } from "@/lib/cases/list-caseload-workers";
import { listAssignableWorkers } from "@/lib/cases/list-centre-workers";
import { listCases } from "@/lib/cases/list-cases";
import { caseloadExportHasNames } from "@/lib/exports/caseload-columns";
import type { Role } from "@/lib/generated/prisma/enums";
import { orNotFound } from "@/lib/or-not-found";
import { CaseloadFilterBar } from "./caseload-filter-bar";
import { CaseloadResults, type CaseloadLabels } from "./caseload-results";
import { caseloadRows } from "./caseload-rows";
import { ViewTabs } from "./view-tabs";

const TITLE_BY_VIEW: Record<CaseloadView, string> = { mine: "titleMine", centre: "titleCentre", all: "titleAll" };
const TITLE_BY_ROLE: Partial<Record<Role, string>> = { NGO_CASEWORKER: "titleReferred", BID_COORDINATOR: "titleBid" };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("caseload") };
}

const COLUMNS = ["caseNumber", "name", "sex", "age", "nationality", "status", "risk", "nextDue", "centre", "worker"] as const;

function resultLabels(t: Awaited<ReturnType<typeof getTranslations>>, showCentre: boolean): CaseloadLabels {
  return {
    columns: COLUMNS.filter((key) => showCentre || key !== "centre").map((key) => ({ key, label: t(`caseload.columns.${key}`) })),
    nextDue: t("caseload.columns.nextDue"),
    worker: t("caseload.columns.worker"),
    unassigned: t("caseload.unassigned"),
    noDueDate: t("caseload.due.none"),
  };
}

export default async function CaseloadPage({ searchParams }: PageProps<"/cases">) {
  const actor = await requireActor();
  const filters = parseCaseloadFilters(await searchParams);
  const [result, centres, workers, reassignTo, t] = await Promise.all([
    orNotFound(listCases(actor, filters)),
    orNotFound(listCaseloadCentres(actor)),
    orNotFound(listCaseloadWorkers(actor, { centreId: filters.centre, workerId: filters.worker === UNASSIGNED ? undefined : filters.worker })),
    can(actor, "case:assign") ? orNotFound(listAssignableWorkers(actor)) : undefined,
    getTranslations(),
  ]);
  const now = new Date();
  const views = caseloadViewsFor(actor.role);
  const canRegister = can(actor, "case:register");
  const filtered = hasActiveFilters(filters);
  const emptyBox = "space-y-2 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600";
  const linkClass = "font-medium text-brand-700 underline underline-offset-2";

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t(`caseload.${TITLE_BY_ROLE[actor.role] ?? TITLE_BY_VIEW[result.view]}`)}</h1>
          {views.length > 1 && <p className="text-sm text-slate-600">{t(`caseload.hints.${result.view}`)}</p>}
          <p className="text-sm font-medium text-slate-700" data-testid="case-count">
            {t("caseload.count", { total: result.total })}
          </p>
        </div>
        {canRegister && (
          <Link href="/cases/new" className={buttonClass()}>
            {t("nav.register")}
          </Link>
        )}
      </div>

      <ViewTabs views={views} current={result.view} filters={filters} />
      <CaseloadFilterBar filters={filters} view={result.view} sort={result.sort} centres={centres} workers={workers} />
      {can(actor, "case:export") && (
        <CaseloadExport
          filters={caseloadParams({ ...filters, page: 1 })}
          withoutNames={!caseloadExportHasNames(actor.role)}
          requestExportAction={requestExportAction}
        />
      )}

      {/* Mounted even when the page is empty: after a bulk reassignment empties a filtered list,
          the confirmation stays above the empty state. */}
      <CaseloadResults
        rows={await caseloadRows(result.items, now)}
        labels={resultLabels(t, centres.length > 1)}
        reassignTo={reassignTo}
        empty={
          result.total > 0 ? (
            <div className={emptyBox}>
              <p>{t("caseload.pageEmpty")}</p>
              <Link href={`/cases${caseloadQueryString(filters, { page: 1 })}`} className={linkClass}>
                {t("caseload.firstPage")}
              </Link>
            </div>
          ) : filtered ? (
            <div className={emptyBox} data-testid="caseload-no-match">
              <p>{t("caseload.noMatch")}</p>
              <Link href={`/cases${caseloadQueryString({ ...EMPTY_FILTERS, view: filters.view })}`} className={linkClass}>
                {t("caseload.filters.reset")}
              </Link>
            </div>
          ) : (
            <p className={emptyBox} data-testid="caseload-empty">
              {canRegister ? t("caseload.emptyCanRegister") : t("caseload.empty")}
            </p>
          )
        }
      />
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/cases" searchParams={caseloadParams({ ...filters, page: 1 })} />
    </section>
  );
}
