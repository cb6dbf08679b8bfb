import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { seesEveryCentre } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { orNotFound } from "@/lib/or-not-found";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { CaseloadSection } from "./caseload-section";
import { TrendsSection } from "./trends-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

/**
 * The supervisor's dashboard (report:dashboard): a centre supervisor's centres, every centre for
 * the national supervisor, narrowed with ?centre=. Everyone else gets the 404 page (the DAL
 * refuses them). Every number links to the caseload list that it counts.
 */
export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const actor = await requireActor();
  const { centre } = await searchParams;
  const centreId = typeof centre === "string" && centre !== "" ? centre.toLowerCase() : undefined;
  const dashboard = await orNotFound(getDashboard(actor, { centreId }));
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const chosen = dashboard.centres.find((c) => c.id === dashboard.centreId);
  const national = seesEveryCentre(actor);

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-sm text-slate-600">
            {chosen ? t("introCentre", { centre: chosen.name }) : national ? t("introNational") : t("introSupervisor", { count: dashboard.centres.length })}
          </p>
          <p className="text-sm text-slate-600">{t("asOf", { date: format.dateTime(dashboard.now, "dateTime") })}</p>
        </div>
        {dashboard.centres.length > 1 && (
          <form method="get" action="/dashboard" className="flex items-end gap-2" aria-label={t("centreFilter")} data-testid="dashboard-centre-filter">
            <div>
              <label htmlFor="dashboard-centre" className="block text-xs font-semibold text-slate-700">
                {t("centre")}
              </label>
              <select id="dashboard-centre" name="centre" defaultValue={dashboard.centreId ?? ""} className="mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 text-sm">
                <option value="">{t("allCentres")}</option>
                {dashboard.centres.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" size="sm">
              {t("show")}
            </Button>
            {dashboard.centreId && (
              <Link href="/dashboard" className="py-1.5 text-sm font-medium text-brand-700 underline underline-offset-2">
                {t("allCentres")}
              </Link>
            )}
          </form>
        )}
      </div>

      {dashboard.centres.length === 0 ? (
        <EmptyState testId="dashboard-no-centre">{t("noCentres")}</EmptyState>
      ) : (
        <>
          <CaseloadSection dashboard={dashboard} />
          <TrendsSection dashboard={dashboard} />
        </>
      )}
    </section>
  );
}
