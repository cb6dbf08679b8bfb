"use client";
import { cardClass } from "@/components/ui/card";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { FormLoading } from "@/components/form/form-loading";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RiskBadgeView, StatusBadgeView } from "@/components/ui/badge-view";
import type { CentreWorker } from "@/lib/cases/list-centre-workers";
import { MAX_BULK_REASSIGN } from "@/lib/cases/reassign.constants";
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


// The bulk form, and react-hook-form with it, load when cases are selected, not with the caseload:
// most visits reassign nothing (docs/adr/0021-page-performance.md, "Fourth pass"). React's lazy,
// not next/dynamic: the form is never rendered on the server, and next/dynamic's own code weighs 1 KB.
const loadBulkReassignForm = () => import("./bulk-reassign-form");
const BulkReassignForm = lazy(() => loadBulkReassignForm().then((m) => ({ default: m.BulkReassignForm })));

/**
 * The page of cases: a table from 640 px up, a list of cards on a phone. A client component fed
 * with rows of text: the page's React Server Components payload then carries each case once, as
 * data, instead of the two element trees of the table and the cards (ADR 0021); the HTML still
 * has both, so the page reads the same without JavaScript.
 * With `reassignTo` (a supervisor's page), rows can be selected and reassigned together.
 */
export function CaseloadResults({
  rows,
  labels,
  reassignTo,
  empty,
}: {
  rows: CaseloadRow[];
  labels: CaseloadLabels;
  reassignTo?: CentreWorker[];
  /** What an empty page shows instead of the table. */
  empty: ReactNode;
}) {
  const t = useTranslations("assignment");
  const [selected, setSelected] = useState<ReadonlyMap<string, number>>(new Map());
  const [formOpen, setFormOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const selectable = reassignTo !== undefined && reassignTo.length > 0;
  const full = selected.size >= MAX_BULK_REASSIGN;
  const anySelected = selected.size > 0;
  useEffect(() => {
    if (anySelected) void loadBulkReassignForm().catch(() => undefined);
  }, [anySelected]);
  const toggle = (row: CaseloadRow, on: boolean) => {
    const next = new Map(selected);
    if (on) next.set(row.id, row.version);
    else next.delete(row.id);
    setSelected(next);
    setDone(null);
  };
  const allOnPage = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const togglePage = (on: boolean) => {
    const next = new Map(selected);
    for (const row of rows) {
      if (!on) next.delete(row.id);
      else if (next.size < MAX_BULK_REASSIGN) next.set(row.id, row.version);
    }
    setSelected(next);
    setDone(null);
  };
  const checkbox = (row: CaseloadRow) => (
    <input
      type="checkbox"
      className="size-4"
      checked={selected.has(row.id)}
      disabled={full && !selected.has(row.id)}
      onChange={(event) => toggle(row, event.target.checked)}
      aria-label={t("bulk.select", { caseNumber: row.caseNumber })}
    />
  );
  const showCentre = labels.columns.some((column) => column.key === "centre");
  const worker = (row: CaseloadRow) => row.worker ?? <span className="text-slate-500">{labels.unassigned}</span>;
  const caseLink = (row: CaseloadRow) => (
    <Link href={`/cases/${row.id}`} className="font-mono font-semibold whitespace-nowrap text-brand-700 underline-offset-2 hover:underline">
      {row.caseNumber}
    </Link>
  );

  const doneAlert = done && (
    <Alert tone="success" testId="bulk-reassign-done">
      {done}
    </Alert>
  );
  if (rows.length === 0) {
    return (
      <>
        {doneAlert}
        {empty}
      </>
    );
  }

  return (
    <>
      {doneAlert}
      {selectable && selected.size > 0 && (
        <div className="flex flex-wrap items-center gap-3" data-testid="bulk-selection">
          <p className="text-sm font-medium" role="status">
            {t("bulk.selected", { count: selected.size })}
            {full && <span className="ms-2 text-slate-600">{t("bulk.max", { max: MAX_BULK_REASSIGN })}</span>}
          </p>
          {!formOpen && (
            <Button size="sm" onClick={() => setFormOpen(true)}>
              {t("bulk.open")}
            </Button>
          )}
          <Button size="sm" variant="secondary" onClick={() => setSelected(new Map())}>
            {t("bulk.clear")}
          </Button>
        </div>
      )}
      {selectable && formOpen && selected.size > 0 && (
        <Suspense fallback={<FormLoading />}>
          <BulkReassignForm
            cases={[...selected].map(([id, version]) => ({ id, version }))}
            workers={reassignTo}
            onCancel={() => setFormOpen(false)}
            onDone={(message) => {
              setDone(message);
              setSelected(new Map());
              setFormOpen(false);
            }}
          />
        </Suspense>
      )}
      {/* px-2 cells: with px-3 the national view (ten columns) was wider than a 1366 px screen. */}
      <div className={cardClass("hidden overflow-x-auto sm:block")}>
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-start text-xs text-slate-600 uppercase">
            <tr>
              {selectable && (
                <th scope="col" className="w-8 px-2 py-2">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={allOnPage}
                    onChange={(event) => togglePage(event.target.checked)}
                    aria-label={t("bulk.selectPage")}
                  />
                </th>
              )}
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
                {selectable && <td className="px-2 py-2">{checkbox(row)}</td>}
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
          <li key={row.id} className={cardClass("space-y-2 p-3 text-sm")}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="flex items-center gap-2">
                {selectable && checkbox(row)}
                {caseLink(row)}
              </span>
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
