import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { cardClass, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { todayUtc } from "@/lib/dates/calendar";
import { fosterListFiltersSchema } from "@/lib/foster-families/foster-family.schema";
import { listFosterFamilies } from "@/lib/foster-families/list-foster-families";
import { FosterVettingStatus } from "@/lib/generated/prisma/enums";
import { orNotFound } from "@/lib/or-not-found";
import { organisationName } from "@/lib/organisations/organisation-name";
import { VettingBadge } from "./vetting-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("foster");
  return { title: t("title") };
}

const control = "block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

/** The NGO's households (managed), or every household read-only for supervisors and national. */
export default async function FosterFamiliesPage({ searchParams }: PageProps<"/foster-families">) {
  const actor = await requireActor();
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filters = fosterListFiltersSchema.parse({ status: first(raw.status) || undefined, q: first(raw.q) || undefined, page: first(raw.page) });
  const result = await orNotFound(listFosterFamilies(actor, filters));
  const [t, tAll, format, locale] = await Promise.all([getTranslations("foster"), getTranslations(), getFormatter(), getLocale()]);
  const manages = can(actor, "foster:manage");
  const today = todayUtc();
  const kept: Record<string, string> = {};
  if (filters.status) kept.status = filters.status;
  if (filters.q) kept.q = filters.q;

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {manages && (
          <ButtonLink href="/foster-families/new">{t("register")}</ButtonLink>
        )}
      </div>
      <p className="text-sm text-slate-600">{manages ? t("intro") : t("introReadOnly")}</p>

      <form method="get" aria-label={t("filters.label")} className={cardClass("flex flex-wrap items-end gap-3 p-3")}>
        <div className="min-w-48 flex-1">
          <label htmlFor="q" className="block text-xs font-semibold text-slate-700">
            {t("filters.search")}
          </label>
          <input id="q" name="q" type="search" dir="auto" defaultValue={filters.q ?? ""} className={`mt-1 ${control}`} />
        </div>
        <div>
          <label htmlFor="status" className="block text-xs font-semibold text-slate-700">
            {t("filters.status")}
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={`mt-1 ${control}`}>
            <option value="">{t("filters.allStatuses")}</option>
            {Object.values(FosterVettingStatus).map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" size="sm">
          {t("filters.apply")}
        </Button>
        {(filters.q || filters.status) && (
          <Link href="/foster-families" className="py-1.5 text-sm text-brand-700 underline">
            {t("filters.reset")}
          </Link>
        )}
      </form>

      <p className="text-sm text-slate-600" data-testid="family-count">
        {t("count", { total: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState testId="families-empty">{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {result.items.map((family) => {
            const overdue = family.nextVisitDueAt !== null && family.nextVisitDueAt < today;
            return (
              <li key={family.id} data-testid="foster-family" className={cardClass("p-4 space-y-2")}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <Link href={`/foster-families/${family.id}`} className="font-semibold text-brand-700 underline hover:text-brand-800" dir="auto">
                    {family.householdName}
                  </Link>
                  <VettingBadge status={family.vettingStatus} />
                </div>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                  <dt className="text-slate-500">{t("columns.location")}</dt>
                  <dd>
                    <bdi>{family.location}</bdi>
                  </dd>
                  <dt className="text-slate-500">{t("columns.places")}</dt>
                  <dd>{t("places", { placed: family.activePlacements, capacity: family.capacity })}</dd>
                  <dt className="text-slate-500">{t("columns.languages")}</dt>
                  <dd>{format.list(family.languages.map((code) => (tAll.has(`languages.${code}`) ? tAll(`languages.${code}`) : code)), { type: "unit", style: "short" })}</dd>
                  <dt className="text-slate-500">{t("columns.nextVisit")}</dt>
                  <dd className={overdue ? "font-semibold text-red-800" : ""}>
                    {family.nextVisitDueAt ? format.dateTime(family.nextVisitDueAt, "date") : t("noVisitPlanned")}
                    {overdue && ` · ${t("overdue")}`}
                  </dd>
                  {!manages && (
                    <>
                      <dt className="text-slate-500">{t("columns.organisation")}</dt>
                      <dd>{organisationName(family.organisation, locale)}</dd>
                    </>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/foster-families" searchParams={kept} />
    </section>
  );
}
