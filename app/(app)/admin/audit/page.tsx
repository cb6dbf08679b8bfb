import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, cardClass } from "@/components/ui/card";
import { AUDIT_PAGE_SIZES, DEFAULT_AUDIT_PAGE_SIZE, auditFilterParams, parseAuditFilters, type AuditFilterField } from "@/lib/audit/audit-filters";
import { auditLabels } from "@/lib/audit/audit-labels";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditMetadata } from "@/lib/audit/audit-metadata";
import { AUDIT_EXPORT_MAX_ROWS } from "@/lib/audit/export-audit-events";
import { listAuditEvents, listAuditUsers } from "@/lib/audit/list-audit-events";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditTrail"))("title") };
}

const cell = "block px-3 py-0.5 md:table-cell md:py-2";
const control =
  "block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600";

function Filter({ id, label, error, children }: { id: AuditFilterField; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={`audit-${id}`} className="block text-xs font-semibold text-slate-700">
        {label}
      </label>
      <div className="mt-1">{children}</div>
      {error && (
        <p id={`audit-${id}-error`} className="mt-1 text-sm text-red-700" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}

function Details({ metadata, changed }: { metadata: AuditMetadata; changed: (fields: string) => string }) {
  if (metadata.fields.length === 0 && metadata.changedFields.length === 0) return null;
  return (
    <ul className="space-y-0.5 text-xs text-slate-700" dir="ltr">
      {metadata.fields.map(({ field, before, after }) => (
        <li key={field} className="break-all">
          <span className="font-mono text-slate-500">{field}</span>{" "}
          {before !== undefined && after !== undefined && before !== after ? `${before} → ${after}` : (after ?? before)}
        </li>
      ))}
      {metadata.changedFields.length > 0 && <li className="break-words">{changed(metadata.changedFields.join(", "))}</li>}
    </ul>
  );
}

/**
 * The audit trail for the administrator (audit:read): filters in the URL (a plain GET form),
 * newest first, keyset pages, metadata only (lib/audit/audit-metadata.ts), CSV export of the
 * filtered set.
 */
export default async function AuditTrailPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requireActor();
  if (!can(actor, "audit:read")) notFound();
  const { filters, problems, cursor, pageSize, values } = parseAuditFilters(await searchParams);
  const [t, tRoles, format, users, page] = await Promise.all([
    getTranslations("auditTrail"),
    getTranslations("roles"),
    getFormatter(),
    listAuditUsers(actor),
    listAuditEvents(actor, filters, cursor, pageSize),
  ]);
  const labels = auditLabels(t);
  const problem = (field: AuditFilterField) => {
    const found = problems[field];
    if (!found) return undefined;
    return found === "toBeforeFrom" ? t("problems.toBeforeFrom") : t(field === "from" || field === "to" ? "problems.invalidDate" : "problems.invalid");
  };
  const invalid = (field: AuditFilterField) => (problems[field] ? { "aria-invalid": true, "aria-describedby": `audit-${field}-error` } : {});
  const query = auditFilterParams(filters);
  const hasProblems = Object.keys(problems).length > 0;
  const sizeParam: Record<string, string> = pageSize === DEFAULT_AUDIT_PAGE_SIZE ? {} : { size: String(pageSize) };
  const pageHref = (key: "before" | "after", id: string) => `/admin/audit?${new URLSearchParams({ ...query, ...sizeParam, [key]: id })}`;
  const actions = AUDIT_ACTIONS.map((action) => ({ value: action, label: labels.action(action) })).sort((a, b) => a.label.localeCompare(b.label));
  const entities = AUDIT_ENTITY_TYPES.map((entity) => ({ value: entity, label: labels.entity(entity) })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>

      <form method="get" action="/admin/audit" className={cardClass("space-y-3 p-4")} aria-label={t("filtersTitle")} data-testid="audit-filters">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <Filter id="user" label={t("user")} error={problem("user")}>
            <select id="audit-user" name="user" defaultValue={filters.actorId ?? ""} className={control} {...invalid("user")}>
              <option value="">{t("anyUser")}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email})
                </option>
              ))}
            </select>
          </Filter>
          <Filter id="action" label={t("action")} error={problem("action")}>
            <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={control} {...invalid("action")}>
              <option value="">{t("anyAction")}</option>
              {actions.map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Filter>
          <Filter id="entity" label={t("entity")} error={problem("entity")}>
            <select id="audit-entity" name="entity" defaultValue={filters.entityType ?? ""} className={control} {...invalid("entity")}>
              <option value="">{t("anyEntity")}</option>
              {entities.map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Filter>
          <Filter id="from" label={t("from")} error={problem("from")}>
            <input id="audit-from" name="from" type="date" defaultValue={values.from} className={control} {...invalid("from")} />
          </Filter>
          <Filter id="to" label={t("to")} error={problem("to")}>
            <input id="audit-to" name="to" type="date" defaultValue={values.to} className={control} {...invalid("to")} />
          </Filter>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="audit-size" className="block text-xs font-semibold text-slate-700">
              {t("pageSize")}
            </label>
            <select id="audit-size" name="size" defaultValue={String(pageSize)} className={`${control} mt-1 w-auto`}>
              {AUDIT_PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {format.number(size)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary", "sm")}>
            {t("apply")}
          </button>
          <Link href="/admin/audit" className="py-1.5 text-sm text-brand-700 hover:underline">
            {t("reset")}
          </Link>
        </div>
      </form>

      <div className="flex flex-wrap items-center gap-3">
        {hasProblems ? (
          <Alert tone="warning" testId="audit-export-blocked">
            {t("fixFilters")}
          </Alert>
        ) : (
          <>
            {/* A file, not a page: a plain link (the route audits the export). */}
            <a href={`/admin/audit/export?${new URLSearchParams(query)}`} download className={buttonClass("secondary", "sm")} data-testid="audit-export">
              {t("export")}
            </a>
            <p className="max-w-2xl text-xs text-slate-600">{t("exportNote", { max: format.number(AUDIT_EXPORT_MAX_ROWS) })}</p>
          </>
        )}
      </div>

      {page.items.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600" data-testid="audit-empty">
            {t("empty")}
          </p>
        </Card>
      ) : (
        <div className={cardClass("p-0 md:overflow-x-auto")}>
          {/* A table from md up; on a phone each row stacks its cells. */}
          <table className="block w-full text-start text-sm md:table" data-testid="audit-table">
            <thead className="hidden bg-slate-50 text-xs text-slate-700 md:table-header-group">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">{t("columns.at")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("columns.user")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("columns.action")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("columns.entity")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("columns.details")}</th>
              </tr>
            </thead>
            <tbody className="block md:table-row-group">
              {page.items.map((row) => (
                <tr key={row.id} className="block border-t border-slate-200 py-2 align-top first:border-t-0 md:table-row md:py-0 md:first:border-t" data-testid="audit-row">
                  <td className={`${cell} whitespace-nowrap font-semibold md:font-normal`}>{format.dateTime(row.at, "dateTime")}</td>
                  <td className={cell}>
                    {row.actor ? (
                      <>
                        <span dir="auto">{row.actor.name}</span>
                        <span className="block text-xs text-slate-600">{tRoles(row.actor.role)}</span>
                      </>
                    ) : (
                      <span className="text-slate-600">{t("noUser")}</span>
                    )}
                  </td>
                  <td className={cell}>{labels.action(row.action)}</td>
                  <td className={cell}>
                    {labels.entity(row.entityType)}
                    {row.entityId && (
                      <span className="block font-mono text-xs text-slate-500" dir="ltr">
                        {row.entityId}
                      </span>
                    )}
                  </td>
                  <td className={cell}>
                    <Details metadata={row.metadata} changed={(fields) => t("changed", { fields })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {(page.newer || page.older) && (
        <nav aria-label={t("pages")} className="flex items-center justify-between gap-4">
          {page.newer ? (
            <Link href={pageHref("after", page.newer)} rel="prev" className={buttonClass("neutral", "sm")}>
              {t("newer")}
            </Link>
          ) : (
            <span />
          )}
          {page.older ? (
            <Link href={pageHref("before", page.older)} rel="next" className={buttonClass("neutral", "sm")}>
              {t("older")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
