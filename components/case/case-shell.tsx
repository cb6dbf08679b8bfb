import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RiskBadge, StatusBadge } from "@/components/ui/badges";
import { buttonClass } from "@/components/ui/button";
import type { CaseDetail } from "@/lib/cases/case.dto";
import { CaseTabStrip } from "./case-tab-strip";

export type CaseTab = "overview" | "registration" | "assessment" | "plan" | "placements" | "bid" | "notes" | "documents" | "closure" | "history";

const TABS: { tab: CaseTab; path: string }[] = [
  { tab: "overview", path: "" },
  { tab: "registration", path: "/registration" },
  { tab: "assessment", path: "/assessment" },
  { tab: "plan", path: "/plan" },
  { tab: "placements", path: "/placements" },
  { tab: "bid", path: "/bid" },
  { tab: "notes", path: "/notes" },
  { tab: "documents", path: "/documents" },
  { tab: "closure", path: "/closure" },
  // Supervisors only (case:history): who opened the file and what changed.
  { tab: "history", path: "/history" },
];

/**
 * The frame of every case page: who the child is, the case's status and risk, and the tabs.
 * Pages pass the CaseDetail they read with getCase() (which wrote the access-log row).
 */
export async function CaseShell({ child, active, children }: { child: CaseDetail; active: CaseTab; children: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <article className="space-y-5">
      <Link href="/cases" className="text-sm text-brand-700 hover:underline">
        {t("case.backToCaseload")}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">
            <span dir="auto">
              {child.firstName} {child.lastName}
            </span>
          </h1>
          <span className="font-mono text-slate-600" data-testid="case-number">
            {child.caseNumber}
          </span>
          <StatusBadge status={child.status} />
          <RiskBadge risk={child.riskLevel} />
          {child.viewer.canAssign && (
            <Link href={`/cases/${child.id}/assignment`} data-testid="case-reassign" className={buttonClass("secondary", "sm", "ms-auto print:hidden")}>
              {t("assignment.link")}
            </Link>
          )}
          {/* A file download, not a page: a plain link (the route audits each export). */}
          <a
            href={`/cases/${child.id}/pdf`}
            download
            title={t("casePdf.downloadLabel")}
            aria-label={t("casePdf.downloadLabel")}
            data-testid="case-pdf"
            className={buttonClass("secondary", "sm", child.viewer.canAssign ? "print:hidden" : "ms-auto print:hidden")}
          >
            {t("casePdf.download")}
          </a>
        </div>
        <p className="text-xs font-semibold text-red-800">{t("app.confidential")}</p>
        {child.status === "CLOSED" && child.closedAt && (
          <p role="note" className="rounded border border-slate-300 bg-slate-100 p-2 text-sm" data-testid="closed-banner">
            {t("case.closedReadOnly", { date: format.dateTime(child.closedAt, "date") })}
          </p>
        )}
      </header>
      <CaseTabStrip label={t("caseTabs.label")} active={active}>
        <ul className="flex min-w-max gap-1">
          {TABS.filter(({ tab }) => tab !== "history" || child.viewer.canSeeHistory).map(({ tab, path }) => (
            <li key={tab}>
              <Link
                href={`/cases/${child.id}${path}`}
                aria-current={tab === active ? "page" : undefined}
                className="block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
              >
                {t(`caseTabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </CaseTabStrip>
      {children}
    </article>
  );
}
