import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/auth/permissions";
import { organisationName } from "@/lib/organisations/organisation-name";
import type { AccountOptions } from "@/lib/users/list-account-options";
import { USER_STATUSES, type UserFilters } from "@/lib/users/user-filters";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";

const selectClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function UserFilterBar({ filters, options }: { filters: UserFilters; options: AccountOptions }) {
  const [t, tRoles, locale] = await Promise.all([getTranslations("users"), getTranslations("roles"), getLocale()]);
  const select = (name: string, label: string, value: string | null, choices: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-semibold text-slate-700">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{t("all")}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/admin/users" className={cardClass("grid gap-3 p-4 sm:grid-cols-2 lg:grid-cols-6")} data-testid="user-filters">
      <div className="lg:col-span-2">
        <label htmlFor="filter-q" className="block text-xs font-semibold text-slate-700">
          {t("search")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} className={selectClass} />
      </div>
      {select("role", t("role"), filters.role, ROLES.map((role) => ({ value: role, label: tRoles(role) })))}
      {select("organisation", t("organisation"), filters.organisationId, options.organisations.map((o) => ({ value: o.id, label: organisationName(o, locale) })))}
      {select("centre", t("centre"), filters.centreId, options.centres.map((c) => ({ value: c.id, label: c.name })))}
      {select("status", t("status"), filters.status, USER_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })))}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
        <Button type="submit" size="sm">
          {t("filter")}
        </Button>
        <Link href="/admin/users" className="text-sm font-medium text-brand-700 underline underline-offset-2">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
