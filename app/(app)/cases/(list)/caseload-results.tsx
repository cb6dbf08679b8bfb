"use client";
import Link from "next/link";
import { RiskBadgeView, StatusBadgeView } from "@/components/ui/badge-view";
import type { CaseloadRow } from "./caseload-rows";
import { DueDate } from "./due-date";

export type CaseloadLabels = {
  /** Column key → header, in display order (the centre only for those who see several centres). */
  columns: { key: string; label: string }[];
  nextDue: string;
  worker: string;
  unassigned: string;
  noDueDate: string;
};

/**
 * The page of cases: a table from 640 px up, a list of cards on a phone. A client component fed
 * with rows of text: the page's React Server Components payload then carries each case once, as
 * data, instead of the two element trees of the table and the cards (ADR 0021); the HTML still
 * has both, so the page reads the same without JavaScript.
 */
export function CaseloadResults({ rows, labels }: { rows: CaseloadRow[]; labels: CaseloadLabels }) {
  const showCentre = labels.columns.some((column) => column.key === "centre");
  const worker = (row: CaseloadRow) => row.worker ?? <span className="text-slate-500">{labels.unassigned}</span>;
  const caseLink = (row: CaseloadRow) => (
    <Link href={`/cases/${row.id}`} className="font-mono font-semibold whitespace-nowrap text-brand-700 underline-offset-2 hover:underline">
      {row.caseNumber}
    </Link>
  );

  return (
    <>
      {/* px-2 cells: with px-3 the national view (ten columns) was wider than a 1366 px screen. */}
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-start text-xs text-slate-600 uppercase">
            <tr>
              {labels.columns.map(({ key, label }) => (
                <th key={key} scope="col" className="px-2 py-2 text-start font-semibold">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className="align-top hover:bg-slate-50">
                <td className="px-2 py-2">{caseLink(row)}</td>
                <td className="px-2 py-2">
                  <bdi>{row.name}</bdi>
                </td>
                <td className="px-2 py-2">{row.sex}</td>
                <td className="px-2 py-2 whitespace-nowrap">{row.age}</td>
                <td className="px-2 py-2">{row.nationality}</td>
                <td className="px-2 py-2">
                  <StatusBadgeView label={row.status} />
                </td>
                <td className="px-2 py-2 whitespace-nowrap">
                  <RiskBadgeView risk={row.riskLevel} label={row.risk} />
                </td>
                <td className="px-2 py-2">
                  <DueDate due={row.due} none={labels.noDueDate} />
                </td>
                {showCentre && <td className="px-2 py-2 font-mono">{row.centreCode}</td>}
                <td className="px-2 py-2">{worker(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 sm:hidden" data-testid="case-cards">
        {rows.map((row) => (
          <li key={row.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              {caseLink(row)}
              {showCentre && <span className="font-mono text-xs text-slate-600">{row.centreCode}</span>}
            </div>
            <p className="text-base font-semibold">
              <bdi>{row.name}</bdi>
            </p>
            <p className="text-slate-700">
              {row.sex} · {row.ageYears} · {row.nationality}
            </p>
            <div className="flex flex-wrap gap-2">
              <StatusBadgeView label={row.status} />
              <RiskBadgeView risk={row.riskLevel} label={row.risk} />
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-slate-600">{labels.nextDue}</dt>
              <dd>
                <DueDate due={row.due} none={labels.noDueDate} />
              </dd>
              <dt className="text-slate-600">{labels.worker}</dt>
              <dd>{worker(row)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
