import { getTranslations } from "next-intl/server";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { auditLabels } from "@/lib/audit/audit-labels";
import { exportAuditEvents } from "@/lib/audit/export-audit-events";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { CSV_CONTENT_TYPE } from "@/lib/exports/export-kinds";
import { notFoundPage } from "@/lib/http/not-found-page";
import { currentLocale } from "@/lib/i18n/current-locale";

/**
 * The filtered audit trail as CSV (metadata only; audited as `audit.exported`). Invalid filters
 * never widen the export: the request is refused and the page says which filter to correct.
 */
export async function GET(request: Request) {
  const actor = await requireActor();
  const locale = await currentLocale();
  const { filters, problems } = parseAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(problems).length > 0) return Response.redirect(new URL(`/admin/audit${new URL(request.url).search}`, request.url), 303);
  const [t, tRoles] = await Promise.all([getTranslations("auditTrail"), getTranslations("roles")]);
  const labels = auditLabels(t);
  try {
    const { csv } = await exportAuditEvents(actor, filters, {
      header: [t("csv.at"), t("csv.user"), t("csv.email"), t("csv.role"), t("csv.action"), t("csv.actionCode"), t("csv.entity"), t("csv.entityId"), t("csv.details")],
      action: labels.action,
      entity: labels.entity,
      role: (role) => tRoles(role),
      noUser: t("noUser"),
    });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
    return new Response(new Uint8Array(csv), {
      headers: {
        "Content-Type": CSV_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="cpise-audit-${stamp}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundPage(locale);
    throw error;
  }
}
