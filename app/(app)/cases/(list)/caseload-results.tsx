import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { RiskBadge, StatusBadge } from "@/components/ui/badges";
import { ageOn, todayUtc } from "@/lib/dates/calendar";
import type { CaseloadItem } from "@/lib/cases/list-cases";
import { countryName } from "@/lib/reference/countries";
import { DueDate } from "./due-date";

/**
 * The page of cases: a table from 640 px up, a list of cards on a phone. The centre is shown
 * only to those who see several centres.
 */
export function CaseloadResults({ items, now, showCentre }: { items: CaseloadItem[]; now: Date; showCentre: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const columns = ["caseNumber", "name", "sex", "age", "nationality", "status", "risk", "nextDue", ...(showCentre ? ["centre"] : []), "worker"];
  const today = todayUtc(now);
  const age = (item: CaseloadItem) => `${ageOn(item.dateOfBirth, today)}${item.dateOfBirthEstimated ? " ~" : ""}`;
  const worker = (item: CaseloadItem) => item.assignedWorkerName ?? <span className="text-slate-500">{t("caseload.unassigned")}</span>;
  const caseLink = (item: CaseloadItem) => (
    <Link href={`/cases/${item.id}`} className="font-mono font-semibold whitespace-nowrap text-brand-700 underline-offset-2 hover:underline">
      {item.caseNumber}
    </Link>
  );

  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-start text-xs text-slate-600 uppercase">
            <tr>
              {columns.map((key) => (
                <th key={key} scope="col" className="px-3 py-2 text-start font-semibold">
                  {t(`caseload.columns.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((item) => (
              <tr key={item.id} className="align-top hover:bg-slate-50">
                <td className="px-3 py-2">{caseLink(item)}</td>
                <td className="px-3 py-2">
                  <bdi>
                    {item.firstName} {item.lastName}
                  </bdi>
                </td>
                <td className="px-3 py-2">{t(`sex.${item.sex}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{age(item)}</td>
                <td className="px-3 py-2">{countryName(item.nationality, locale)}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={item.status} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <RiskBadge risk={item.riskLevel} />
                </td>
                <td className="px-3 py-2">
                  <DueDate due={item.nextDueAt} kind={item.nextDueKind} overdue={item.overdue} now={now} />
                </td>
                {showCentre && <td className="px-3 py-2 font-mono">{item.centreCode}</td>}
                <td className="px-3 py-2">{worker(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 sm:hidden" data-testid="case-cards">
        {items.map((item) => (
          <li key={item.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              {caseLink(item)}
              {showCentre && <span className="font-mono text-xs text-slate-600">{item.centreCode}</span>}
            </div>
            <p className="text-base font-semibold">
              <bdi>
                {item.firstName} {item.lastName}
              </bdi>
            </p>
            <p className="text-slate-700">
              {t(`sex.${item.sex}`)} · {t("case.ageYears", { age: ageOn(item.dateOfBirth, today) })}
              {item.dateOfBirthEstimated ? " ~" : ""} · {countryName(item.nationality, locale)}
            </p>
            <div className="flex flex-wrap gap-2">
              <StatusBadge status={item.status} />
              <RiskBadge risk={item.riskLevel} />
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-slate-600">{t("caseload.columns.nextDue")}</dt>
              <dd>
                <DueDate due={item.nextDueAt} kind={item.nextDueKind} overdue={item.overdue} now={now} />
              </dd>
              <dt className="text-slate-600">{t("caseload.columns.worker")}</dt>
              <dd>{worker(item)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
