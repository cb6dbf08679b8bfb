import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { defaultCaseloadSort, parseCaseloadFilters } from "@/lib/cases/caseload-filters";
import { todayUtc } from "@/lib/dates/calendar";
import { caseListSelect } from "@/lib/cases/case.dto";
import { CASELOAD_ORDER, caseloadWhere, FINISHED_STATUSES } from "@/lib/cases/list-cases";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ExportKind } from "@/lib/generated/prisma/enums";
import { isRightToLeft, resolveLocale } from "@/lib/i18n/locales";
import { getIndicatorReport } from "@/lib/reports/get-indicator-report";
import { caseloadCells, caseloadColumnsFor, caseloadHeader, type CaseloadExportRow } from "./caseload-columns";
import {
  CSV_CONTENT_TYPE,
  EXPORT_BATCH_SIZE,
  EXPORT_PERMISSION,
  exportFileName,
    XLSX_CONTENT_TYPE,
} from "./export-kinds";
import { exportTranslator } from "./export-translator";
import { indicatorCsv, indicatorTable } from "./indicator-table";
import type { CaseloadExportParams, IndicatorExportParams } from "./request-export";
import { caseloadSheet, indicatorWorkbook } from "./xlsx";

type File = { fileName: string; contentType: string; content: Buffer };

/** The job was taken from its worker (marked failed as stalled) while it ran: stop writing. */
class JobAbandoned extends Error {}

async function progress(jobId: string, data: { rowsDone?: number; rowsTotal?: number }) {
  const { count } = await db.exportJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data });
  if (count === 0) throw new JobAbandoned();
}

/** The caseload list's columns, with the centre and worker as ids (their labels are read once). */
const caseSelect = { ...caseListSelect, centre: false, assignedWorker: false, centreId: true, assignedWorkerId: true } as const;

/**
 * Centre and worker labels, read once: a handful of centres and a few hundred users, where a
 * relation in every batch would cost Prisma two more queries per 500 rows.
 */
async function labels() {
  const [centres, users] = await Promise.all([
    db.centre.findMany({ select: { id: true, code: true, name: true } }),
    db.user.findMany({ select: { id: true, name: true } }),
  ]);
  return { centres: new Map(centres.map((centre) => [centre.id, centre])), workers: new Map(users.map((user) => [user.id, user.name])) };
}

async function caseloadFile(jobId: string, actor: Actor, params: CaseloadExportParams, now: Date): Promise<File> {
  const columns = caseloadColumnsFor(actor.role);
  if (columns.length === 0) throw new NotFoundError();
  const locale = resolveLocale(params.locale);
  const t = exportTranslator(locale);
  const filters = parseCaseloadFilters(params.filters);
  // The same scope, view and filters as the list the requester saw, in the same order.
  const { where } = caseloadWhere(actor, filters, now);
  const ids = (
    await db.case.findMany({ where, select: { id: true }, orderBy: CASELOAD_ORDER[filters.sort ?? defaultCaseloadSort(actor.role)] })
  ).map((row) => row.id);
  await progress(jobId, { rowsTotal: ids.length });

  const { centres, workers } = await labels();
  const sheet = caseloadSheet(columns, caseloadHeader(columns, t), t("exports.caseloadSheet"), isRightToLeft(locale));
  const context = { t, locale, today: todayUtc(now) };
  for (let start = 0; start < ids.length; start += EXPORT_BATCH_SIZE) {
    const batch = ids.slice(start, start + EXPORT_BATCH_SIZE);
    // The scope again: a case that left it since the list was read is left out, not leaked.
    const rows = await db.case.findMany({ where: { AND: [where, { id: { in: batch } }] }, select: caseSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    await sheet.addRows(
      batch
        .map((id) => byId.get(id))
        .filter((row) => row !== undefined)
        .map(({ centreId, assignedWorkerId, ...row }) => {
          const finished = FINISHED_STATUSES.includes(row.status);
          const centre = centres.get(centreId);
          const exportRow: CaseloadExportRow = {
            ...row,
            centreCode: centre?.code ?? "",
            centreName: centre?.name ?? "",
            assignedWorkerName: assignedWorkerId ? (workers.get(assignedWorkerId) ?? null) : null,
            nextDueAt: finished ? null : row.nextDueAt,
            overdue: !finished && row.nextDueAt !== null && row.nextDueAt.getTime() < now.getTime(),
          };
          return caseloadCells(columns, exportRow, context);
        }),
    );
    await progress(jobId, { rowsDone: start + batch.length });
  }
  return { fileName: exportFileName("CASELOAD_XLSX", now), contentType: XLSX_CONTENT_TYPE, content: await sheet.toBuffer() };
}

async function indicatorFile(jobId: string, kind: ExportKind, actor: Actor, params: IndicatorExportParams, now: Date): Promise<File> {
  const locale = resolveLocale(params.locale);
  const t = exportTranslator(locale);
  const report = await getIndicatorReport(actor, params.period, now);
  const table = indicatorTable(report, t, locale);
  await progress(jobId, { rowsTotal: table.rows.length });
  const file =
    kind === "INDICATORS_CSV"
      ? { contentType: CSV_CONTENT_TYPE, content: indicatorCsv(table) }
      : { contentType: XLSX_CONTENT_TYPE, content: await indicatorWorkbook(table, t("exports.indicatorsSheet"), isRightToLeft(locale)) };
  await progress(jobId, { rowsDone: table.rows.length });
  return { fileName: exportFileName(kind, now), ...file };
}

/**
 * Does a queued export: claims it (QUEUED → RUNNING, so it runs once), re-loads the requester and
 * re-checks their permission (a user deactivated or moved since asking gets nothing), writes the
 * rows in batches with progress, then stores the file (DONE) or an error key (FAILED). Never
 * throws: it runs after the response, where nobody would catch it.
 */
export async function runExport(jobId: string, now: () => Date = () => new Date()): Promise<void> {
  const claimed = await db.exportJob.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: now() } });
  if (claimed.count === 0) return;
  const job = await db.exportJob.findUniqueOrThrow({ where: { id: jobId }, select: { kind: true, params: true, requestedById: true } });
  const fail = (error: string) =>
    db.exportJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { status: "FAILED", error, finishedAt: now() } });
  try {
    const actor = await loadActor(job.requestedById);
    if (!actor || !can(actor, EXPORT_PERMISSION[job.kind])) {
      await fail("notAllowed");
      return;
    }
    const file =
      job.kind === "CASELOAD_XLSX"
        ? await caseloadFile(jobId, actor, job.params as CaseloadExportParams, now())
        : await indicatorFile(jobId, job.kind, actor, job.params as IndicatorExportParams, now());
    await db.exportJob.updateMany({
      where: { id: jobId, status: "RUNNING" },
      data: { status: "DONE", ...file, content: new Uint8Array(file.content), finishedAt: now() },
    });
  } catch (error) {
    if (error instanceof JobAbandoned) return;
    if (error instanceof NotFoundError) {
      await fail("notAllowed");
      return;
    }
    console.error(`Export ${jobId} failed`, error);
    await fail("failed");
  }
}
