import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CaseShell } from "@/components/case/case-shell";
import { Card, cardClass } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { auditLabels } from "@/lib/audit/audit-labels";
import { getCaseHistory, type CaseAccessEntry } from "@/lib/audit/get-case-history";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/get-case";
import { orNotFound } from "@/lib/or-not-found";
import { organisationName } from "@/lib/organisations/organisation-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseHistory"))("title") };
}

const pageNumber = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1);
const cell = "block px-3 py-0.5 text-start md:table-cell md:py-2";

/**
 * Who opened the file and what changed in it, for a supervisor whose scope includes the case
 * (case:history); anyone else gets the 404 page. Reading the case for this tab logs the view "history".
 */
export default async function CaseHistoryPage({ params, searchParams }: PageProps<"/cases/[caseId]/history">) {
  const actor = await requireActor();
  if (!can(actor, "case:history")) notFound();
  const { caseId } = await params;
  const query = await searchParams;
  const accessPage = pageNumber(query.access);
  const changePage = pageNumber(query.changes);
  // The history is read first: out of scope, nothing is logged.
  const history = await orNotFound(getCaseHistory(actor, caseId, { accessPage, changePage }));
  const child = await orNotFound(getCase(actor, caseId, "history"));
  const [t, tTabs, tDocuments, tRoles, tAudit, tCaseFile, tCase, format, locale] = await Promise.all([
    getTranslations("caseHistory"),
    getTranslations("caseTabs"),
    getTranslations("documents"),
    getTranslations("roles"),
    getTranslations("auditTrail"),
    getTranslations("caseFile"),
    getTranslations("case"),
    getFormatter(),
    getLocale(),
  ]);
  const labels = auditLabels(tAudit);
  const base = `/cases/${child.id}/history`;
  const hasText = (tr: { has(key: string): boolean; raw(key: string): unknown }, key: string) => tr.has(key) && typeof tr.raw(key) === "string";
  const viewLabel = (entry: CaseAccessEntry) => {
    if (entry.document) return entry.document.type ? t("document", { type: tDocuments(`types.${entry.document.type}`) }) : t("documentRemoved");
    if (hasText(t, `views.${entry.view}`)) return t(`views.${entry.view}`);
    return hasText(tTabs, entry.view) ? tTabs(entry.view) : entry.view;
  };
  // A few common labels, else the case file's own, else the stored name.
  const fieldLabel = (field: string) => {
    for (const tr of [t, tCaseFile, tCase]) {
      const key = tr === t ? `fields.${field}` : field;
      if (hasText(tr, key)) return tr(key);
    }
    return field;
  };

  return (
    <CaseShell child={child} active="history">
      <p className="text-sm text-slate-600">{t("intro")}</p>

      <Card title={t("accessTitle")} labelledBy="access-title" className="space-y-3" testId="case-access-log">
        <p className="text-sm text-slate-600">{t("accessCount", { count: history.access.total })}</p>
        {history.access.items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noAccess")}</p>
        ) : (
          <div className="md:overflow-x-auto">
            {/* A table from md up; on a phone each row stacks its cells. */}
            <table className="block w-full text-sm md:table">
              <thead className="hidden bg-slate-50 text-xs text-slate-700 md:table-header-group">
                <tr>
                  <th scope="col" className={cell}>{t("columns.at")}</th>
                  <th scope="col" className={cell}>{t("columns.who")}</th>
                  <th scope="col" className={cell}>{t("columns.organisation")}</th>
                  <th scope="col" className={cell}>{t("columns.opened")}</th>
                </tr>
              </thead>
              <tbody className="block md:table-row-group">
                {history.access.items.map((entry) => (
                  <tr key={entry.id} className="block border-t border-slate-200 py-2 align-top md:table-row md:py-0" data-testid="access-row">
                    <td className={`${cell} whitespace-nowrap font-semibold md:font-normal`}>{format.dateTime(entry.at, "dateTime")}</td>
                    <td className={cell}>
                      <span dir="auto">{entry.user.name}</span>
                      <span className="block text-xs text-slate-600">{tRoles(entry.user.role)}</span>
                    </td>
                    <td className={cell}>{organisationName(entry.user.organisation, locale)}</td>
                    <td className={cell}>{viewLabel(entry)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={history.access.page}
          pageCount={history.access.pageCount}
          basePath={base}
          param="access"
          searchParams={changePage > 1 ? { changes: String(changePage) } : {}}
          label={t("accessPages")}
        />
      </Card>

      <Card title={t("changesTitle")} labelledBy="changes-title" className="space-y-3" testId="case-changes">
        <p className="text-sm text-slate-600">{t("changesCount", { count: history.changes.total })}</p>
        {history.changes.items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noChanges")}</p>
        ) : (
          <ol className="space-y-3">
            {history.changes.items.map((entry) => (
              <li key={entry.id} className={cardClass("space-y-2 p-3")} data-testid="change-entry">
                <p className="text-sm">
                  <span className="font-semibold">{labels.action(entry.action)}</span>
                  {" · "}
                  <span>{format.dateTime(entry.at, "dateTime")}</span>
                  {" · "}
                  <bdi>{entry.actor ? t("by", { name: entry.actor.name, role: tRoles(entry.actor.role) }) : t("system")}</bdi>
                </p>
                {entry.changes.length > 0 && (
                  <div>
                    <table className="block w-full text-sm md:table">
                      <thead className="hidden text-xs text-slate-600 md:table-header-group">
                        <tr>
                          <th scope="col" className="px-2 py-1 text-start">{t("field")}</th>
                          <th scope="col" className="px-2 py-1 text-start">{t("before")}</th>
                          <th scope="col" className="px-2 py-1 text-start">{t("after")}</th>
                        </tr>
                      </thead>
                      <tbody className="block md:table-row-group">
                        {entry.changes.map((change) => (
                          <tr key={change.field} className="block border-t border-slate-100 py-1 align-top md:table-row md:py-0">
                            <th scope="row" className="block px-2 py-0.5 text-start font-medium md:table-cell md:py-1">{fieldLabel(change.field)}</th>
                            <td className="block whitespace-pre-line break-words px-2 py-0.5 md:table-cell md:py-1">
                              <span className="text-xs text-slate-500 md:hidden">{t("before")} </span>
                              <span dir="auto">{change.before ?? "—"}</span>
                            </td>
                            <td className="block whitespace-pre-line break-words px-2 py-0.5 md:table-cell md:py-1">
                              <span className="text-xs text-slate-500 md:hidden">{t("after")} </span>
                              <span dir="auto">{change.after ?? "—"}</span>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        <Pagination
          page={history.changes.page}
          pageCount={history.changes.pageCount}
          basePath={base}
          param="changes"
          searchParams={accessPage > 1 ? { access: String(accessPage) } : {}}
          label={t("changesPages")}
        />
      </Card>
    </CaseShell>
  );
}
