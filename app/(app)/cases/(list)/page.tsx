import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RiskBadge, StatusBadge } from "@/components/ui/badges";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { ageOn, todayUtc } from "@/lib/cases/dates";
import { listCases } from "@/lib/cases/list-cases";
import { orNotFound } from "@/lib/or-not-found";
import { countryName } from "@/lib/reference/countries";

const TITLE_BY_ROLE: Partial<Record<Role, string>> = {
  SOCIAL_WORKER: "titleMine",
  CENTRE_SUPERVISOR: "titleCentre",
  NATIONAL_SUPERVISOR: "titleAll",
  NGO_CASEWORKER: "titleReferred",
  BID_COORDINATOR: "titleBid",
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("caseload") };
}

export default async function CaseloadPage({ searchParams }: PageProps<"/cases">) {
  const actor = await requireActor();
  const pageParam = Number((await searchParams).page);
  const result = await orNotFound(listCases(actor, { page: Number.isFinite(pageParam) ? pageParam : 1 }));
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const today = todayUtc();
  const columns = t.raw("caseload.columns") as Record<string, string>;

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t(`caseload.${TITLE_BY_ROLE[actor.role] ?? "titleAll"}`)}</h1>
          <p className="text-sm text-slate-600" data-testid="case-count">
            {t("caseload.count", { total: result.total })}
          </p>
        </div>
        {can(actor, "case:register") && (
          <Link href="/cases/new" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            {t("nav.register")}
          </Link>
        )}
      </div>

      {result.items.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {can(actor, "case:register") ? t("caseload.emptyCanRegister") : t("caseload.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-100 text-start text-xs uppercase text-slate-600">
              <tr>
                {["caseNumber", "name", "sex", "age", "nationality", "status", "risk", "arrival", "centre", "worker"].map((key) => (
                  <th key={key} scope="col" className="px-3 py-2 text-start font-semibold">
                    {columns[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.items.map((item) => (
                <tr key={item.id} className="hover:bg-slate-50">
                  <td className="px-3 py-2 font-mono whitespace-nowrap">
                    <Link href={`/cases/${item.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                      {item.caseNumber}
                    </Link>
                  </td>
                  <td className="px-3 py-2" dir="auto">
                    {item.firstName} {item.lastName}
                  </td>
                  <td className="px-3 py-2">{t(`sex.${item.sex}`)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {ageOn(item.dateOfBirth, today)}
                    {item.dateOfBirthEstimated ? " ~" : ""}
                  </td>
                  <td className="px-3 py-2">{countryName(item.nationality, locale)}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={item.status} />
                  </td>
                  <td className="px-3 py-2">
                    <RiskBadge risk={item.riskLevel} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(item.arrivalDate, { dateStyle: "medium", timeZone: "UTC" })}</td>
                  <td className="px-3 py-2 font-mono">{item.centreCode}</td>
                  <td className="px-3 py-2">{item.assignedWorkerName ?? <span className="text-slate-500">{t("caseload.unassigned")}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/cases" />
    </section>
  );
}
