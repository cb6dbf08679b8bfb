import "server-only";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { caseloadParams, parseCaseloadFilters, type SearchParamsLike } from "@/lib/cases/caseload-filters";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import type { ExportKind } from "@/lib/generated/prisma/client";
import { resolveLocale } from "@/lib/i18n/locales";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limiter";
import { indicatorPeriodSchema } from "@/lib/reports/indicator-period";
import { EXPORT_PERMISSION, EXPORT_TTL_MS, isExportKind } from "./export-kinds";
import { sweepExports } from "./sweep-exports";

/** What a caseload job keeps: the list's filters as query parameters (page dropped), the language. */
export type CaseloadExportParams = { locale: string; filters: Record<string, string> };
/** What an indicator job keeps: the validated period (whole months, ADR 0017), the language. */
export type IndicatorExportParams = { locale: string; period: { from: string; to: string } };

function field(input: unknown, name: string): unknown {
  return input && typeof input === "object" ? (input as Record<string, unknown>)[name] : undefined;
}

function validParams(
  kind: ExportKind,
  input: unknown,
  now: Date,
): { ok: true; params: CaseloadExportParams | IndicatorExportParams } | { ok: false; fieldErrors: Record<string, string> } {
  const locale = resolveLocale(field(input, "locale"));
  if (kind === "CASELOAD_XLSX") {
    // The same never-throwing parse as the list page: what it does not know is dropped.
    const filters = parseCaseloadFilters(field(input, "filters") as SearchParamsLike);
    return { ok: true, params: { locale, filters: caseloadParams({ ...filters, page: 1 }) } };
  }
  const parsed = indicatorPeriodSchema(now).safeParse({ from: field(input, "from"), to: field(input, "to") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  return { ok: true, params: { locale, period: { from: parsed.data.from, to: parsed.data.to } } };
}

/**
 * Queues an export for the actor (who must hold the kind's permission) and audits the request
 * with its filters or period, in one transaction; a few per hour at most (lib/rate-limit). The
 * work itself is runExport's, started by the server action once the job exists.
 */
export async function requestExport(
  actor: Actor,
  kind: unknown,
  input: unknown,
  now: Date = new Date(),
): Promise<ActionResult<{ jobId: string }>> {
  if (!isExportKind(kind) || !can(actor, EXPORT_PERMISSION[kind])) throw new NotFoundError();
  const valid = validParams(kind, input, now);
  if (!valid.ok) return valid;
  await enforceRateLimits(["exportRequest"], actor.userId, { actorId: actor.userId });
  await sweepExports(now);
  const params = valid.params;
  const job = await db.$transaction(async (tx) => {
    const created = await tx.exportJob.create({
      data: { kind, requestedById: actor.userId, params, createdAt: now, expiresAt: new Date(now.getTime() + EXPORT_TTL_MS) },
      select: { id: true },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "export.requested",
      entityType: "ExportJob",
      entityId: created.id,
      after: { kind, ...params },
    });
    return created;
  });
  return { ok: true, data: { jobId: job.id } };
}
