import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { nameSearchKey } from "@/lib/cases/name-search";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { downloadExport } from "@/lib/exports/download-export";
import { EXPORT_BATCH_SIZE } from "@/lib/exports/export-kinds";
import { getExportStatus } from "@/lib/exports/get-export-status";
import { listMyExports } from "@/lib/exports/list-my-exports";
import { requestExport } from "@/lib/exports/request-export";
import { runExport } from "@/lib/exports/run-export";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { getIndicatorReport } from "@/lib/reports/get-indicator-report";
import { createWorld, type UserKey, type World } from "./fixtures";

let world: World;
const sequence = { NDB: 0, NKN: 0 };

function caseData(centre: "NDB" | "NKN", firstName: string, lastName: string, status: CaseStatus, registered: UserKey) {
  const caseSequence = ++sequence[centre];
  return {
    caseNumber: formatCaseNumber(centre, 2026, caseSequence),
    centreId: world.centres[centre],
    caseYear: 2026,
    caseSequence,
    firstName,
    lastName,
    searchName: nameSearchKey({ firstName, lastName }),
    sex: "FEMALE" as const,
    dateOfBirth: new Date("2012-03-14T00:00:00Z"),
    nationality: "GN",
    languages: ["fr"],
    separationType: "UNACCOMPANIED" as const,
    arrivalDate: new Date("2026-10-02T00:00:00Z"),
    referralSource: "POLICE" as const,
    status,
    registeredById: world.actors[registered].userId,
    consentReporting: true,
  };
}

async function jobCounts() {
  const [jobs, requested] = await Promise.all([db.exportJob.count(), db.auditEvent.count({ where: { action: "export.requested" } })]);
  return { jobs, requested };
}

async function requestAndRun(actor: UserKey, kind: string, params: unknown) {
  const result = await requestExport(world.actors[actor], kind, params);
  if (!result.ok) throw new Error(`request refused: ${JSON.stringify(result)}`);
  await runExport(result.data.jobId);
  return result.data.jobId;
}

async function openSheet(content: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  world = await createWorld();
  await db.case.create({ data: caseData("NDB", "Awa", "Diallo", "ASSESSMENT", "swNdb") });
  await db.case.create({ data: caseData("NDB", "Fatou", "Sow", "ASSESSMENT", "swNdb") });
  await db.case.create({ data: caseData("NDB", "Mariem", "Ba", "REGISTERED", "swNdb") });
  await db.case.create({ data: { ...caseData("NKN", "Khady", "Ndiaye", "ASSESSMENT", "swNkn"), assignedWorkerId: world.actors.swNkn.userId } });
});

describe("caseload export", () => {
  it("a centre supervisor's filtered export: audited, run in batches, only their centre, names in, downloadable once DONE", async () => {
    const result = await requestExport(world.actors.supNdb, "CASELOAD_XLSX", { locale: "fr", filters: { status: "ASSESSMENT", page: "3" } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const jobId = result.data.jobId;

    const queued = await getExportStatus(world.actors.supNdb, jobId);
    expect(queued).toMatchObject({ status: "QUEUED", rowsDone: 0, downloadable: false });
    await expect(downloadExport(world.actors.supNdb, jobId)).rejects.toThrow(NotFoundError);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "export.requested", entityId: jobId } });
    expect(audit.actorId).toBe(world.actors.supNdb.userId);
    expect(audit.after).toEqual({ kind: "CASELOAD_XLSX", locale: "fr", filters: { status: "ASSESSMENT" } });

    await runExport(jobId);
    const done = await getExportStatus(world.actors.supNdb, jobId);
    expect(done).toMatchObject({ status: "DONE", rowsDone: 2, rowsTotal: 2, downloadable: true });

    const file = await downloadExport(world.actors.supNdb, jobId);
    expect(file.fileName).toMatch(/^cpise-caseload-.*\.xlsx$/);
    const rows = await openSheet(file.content);
    expect(rows[0].slice(0, 4)).toEqual(["N° de dossier", "Nom de famille", "Prénom(s)", "Sexe"]);
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => row[2]).sort()).toEqual(["Awa", "Fatou"]);
    expect(rows.slice(1).every((row) => String(row[0]).startsWith("NDB-"))).toBe(true);
    expect(rows[1].slice(8, 12)).toEqual(["NDB — CPISE NDB", "Évaluation", "Non évalué", "Non assigné"]);
    // Dates are real dates, not text.
    expect(rows[1][4]).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "export.downloaded", entityId: jobId, actorId: world.actors.supNdb.userId } })).toBe(1);
  });

  it("the national supervisor's file covers every centre and has no names, in English when asked in English", async () => {
    const jobId = await requestAndRun("national", "CASELOAD_XLSX", { locale: "en", filters: { status: "ASSESSMENT" } });
    const rows = await openSheet((await downloadExport(world.actors.national, jobId)).content);
    expect(rows[0]).not.toContain("First name(s)");
    expect(rows[0]).not.toContain("Last name");
    expect(rows[0][0]).toBe("Case number");
    expect(rows).toHaveLength(4);
    const text = JSON.stringify(rows);
    for (const name of ["Awa", "Diallo", "Fatou", "Sow", "Khady", "Ndiaye"]) expect(text).not.toContain(name);
    expect(rows.slice(1).map((row) => String(row[0]).slice(0, 3)).sort()).toEqual(["NDB", "NDB", "NKN"]);
    const nkn = rows.find((row) => String(row[0]).startsWith("NKN-"))!;
    expect(nkn.slice(6, 10)).toEqual(["NKN — CPISE NKN", "Assessment", "Not assessed", "swNkn"]);
  });

  it("writes big exports in batches and counts every row", async () => {
    const many = Array.from({ length: EXPORT_BATCH_SIZE + 20 }, (_, index) => caseData("NKN", `Enfant${index}`, "Lot", "FOLLOW_UP", "swNkn"));
    await db.case.createMany({ data: many });
    const jobId = await requestAndRun("supNkn", "CASELOAD_XLSX", { locale: "fr", filters: { status: "FOLLOW_UP" } });
    expect(await getExportStatus(world.actors.supNkn, jobId)).toMatchObject({ status: "DONE", rowsDone: many.length, rowsTotal: many.length });
    expect(await openSheet((await downloadExport(world.actors.supNkn, jobId)).content)).toHaveLength(many.length + 1);
  });

  it("refuses roles without the permission, and unknown kinds, writing nothing", async () => {
    const before = await jobCounts();
    for (const actor of ["swNdb", "me", "bid", "ngoA", "admin"] as const) {
      await expect(requestExport(world.actors[actor], "CASELOAD_XLSX", { filters: {} })).rejects.toThrow(NotFoundError);
    }
    for (const actor of ["supNdb", "swNdb", "admin"] as const) {
      await expect(requestExport(world.actors[actor], "INDICATORS_XLSX", { from: "2026-01", to: "2026-06" })).rejects.toThrow(NotFoundError);
    }
    await expect(requestExport(world.actors.national, "CASE_PDF", {})).rejects.toThrow(NotFoundError);
    expect(await jobCounts()).toEqual(before);
  });

  it("another user never sees, polls or downloads someone else's job", async () => {
    const jobId = await requestAndRun("supNdb", "CASELOAD_XLSX", { locale: "fr", filters: {} });
    for (const actor of ["supNkn", "national", "swNdb", "me"] as const) {
      await expect(getExportStatus(world.actors[actor], jobId)).rejects.toThrow(NotFoundError);
      await expect(downloadExport(world.actors[actor], jobId)).rejects.toThrow(NotFoundError);
      expect((await listMyExports(world.actors[actor])).map((job) => job.id)).not.toContain(jobId);
    }
    await expect(getExportStatus(world.actors.supNdb, "not-a-uuid")).rejects.toThrow(NotFoundError);
    expect((await listMyExports(world.actors.supNdb)).map((job) => job.id)).toContain(jobId);
  });

  it("a user deactivated after asking gets a failed job and no file", async () => {
    const user = await db.user.create({
      data: {
        email: "leaving@test.example",
        name: "Leaving",
        role: "CENTRE_SUPERVISOR",
        organisationId: world.organisations.MASEF,
        passwordHash: "x",
        centres: { create: [{ centreId: world.centres.NDB }] },
      },
    });
    const { loadActor } = await import("@/lib/auth/load-actor");
    const actor = (await loadActor(user.id))!;
    const result = await requestExport(actor, "CASELOAD_XLSX", { filters: {} });
    if (!result.ok) throw new Error("refused");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await runExport(result.data.jobId);
    const job = await db.exportJob.findUniqueOrThrow({ where: { id: result.data.jobId } });
    expect(job).toMatchObject({ status: "FAILED", error: "notAllowed", content: null });
  });

  it("expired files are emptied and no longer downloadable; stalled jobs are reported failed", async () => {
    const jobId = await requestAndRun("supNdb", "CASELOAD_XLSX", { filters: {} });
    const later = new Date(Date.now() + 25 * 3600_000);
    await expect(downloadExport(world.actors.supNdb, jobId, later)).rejects.toThrow(NotFoundError);
    const listed = await listMyExports(world.actors.supNdb, later);
    expect(listed.find((job) => job.id === jobId)).toMatchObject({ status: "DONE", downloadable: false });
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: jobId } })).content).toBeNull();

    const stalled = await requestExport(world.actors.supNkn, "CASELOAD_XLSX", { filters: {} });
    if (!stalled.ok) throw new Error("refused");
    await db.exportJob.update({ where: { id: stalled.data.jobId }, data: { status: "RUNNING", startedAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await getExportStatus(world.actors.supNkn, stalled.data.jobId)).toMatchObject({ status: "FAILED", error: "stalled" });
    await listMyExports(world.actors.supNkn);
    expect(await db.exportJob.findUniqueOrThrow({ where: { id: stalled.data.jobId } })).toMatchObject({ status: "FAILED", error: "stalled" });
    // A late worker does not overwrite the verdict.
    await runExport(stalled.data.jobId);
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: stalled.data.jobId } })).status).toBe("FAILED");
  });
});

describe("indicator exports", () => {
  // Whole months that have ended (ADR 0017).
  const period = { from: "2026-01", to: "2026-10" };

  it("invalid periods give field errors and write nothing", async () => {
    const before = await jobCounts();
    expect(await requestExport(world.actors.me, "INDICATORS_XLSX", { from: "2026-06", to: "2026-01" })).toEqual({
      ok: false,
      fieldErrors: { to: "periodEndBeforeStart" },
    });
    expect(await requestExport(world.actors.me, "INDICATORS_CSV", { from: "", to: "2026-13" })).toEqual({
      ok: false,
      fieldErrors: { from: "required", to: "periodWholeMonth" },
    });
    // Day-level periods, the differencing attack's tool, and a month still running.
    expect(await requestExport(world.actors.me, "INDICATORS_CSV", { from: "2026-01-01", to: "2026-10-30" })).toEqual({
      ok: false,
      fieldErrors: { from: "periodWholeMonth", to: "periodWholeMonth" },
    });
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(await requestExport(world.actors.me, "INDICATORS_CSV", { from: "2026-01", to: thisMonth })).toEqual({
      ok: false,
      fieldErrors: { to: "periodMonthNotEnded" },
    });
    expect(await jobCounts()).toEqual(before);
  });

  it("the M&E officer's XLSX: header block, table header, the report's numbers; audited with the period", async () => {
    const jobId = await requestAndRun("me", "INDICATORS_XLSX", { locale: "fr", ...period });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "export.requested", entityId: jobId } });
    expect(audit.after).toEqual({ kind: "INDICATORS_XLSX", locale: "fr", period });
    const status = await getExportStatus(world.actors.me, jobId);
    expect(status.status).toBe("DONE");
    expect(status.rowsDone).toBe(status.rowsTotal);

    const report = await getIndicatorReport(world.actors.me, period);
    const rows = await openSheet((await downloadExport(world.actors.me, jobId)).content);
    expect(rows).toContainEqual(["Période", "du 2026-01 au 2026-10"]);
    const headerAt = rows.findIndex((row) => row[0] === "Indicateur");
    expect(rows[headerAt]).toEqual(["Indicateur", "Ventilation", "Catégorie", "Nombre"]);
    expect(rows[headerAt + 1]).toEqual(["Enfants enregistrés", "Total", "Tous", report.registered.total]);
    const text = JSON.stringify(rows);
    expect(text).toContain("arrondi à un multiple de 5");
    for (const forbidden of ["Awa", "Diallo", "NDB-2026", "NKN-2026"]) expect(text).not.toContain(forbidden);
  });

  it("the national supervisor's CSV: BOM, header, quoted fields", async () => {
    const jobId = await requestAndRun("national", "INDICATORS_CSV", { locale: "en", ...period });
    const file = await downloadExport(world.actors.national, jobId);
    expect(file.contentType).toContain("text/csv");
    expect(file.fileName).toMatch(/\.csv$/);
    const bytes = Buffer.from(file.content);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines).toContain("Indicator,Breakdown,Category,Count");
    const report = await getIndicatorReport(world.actors.national, period);
    expect(lines).toContain(`Children registered,Total,All,${report.registered.total}`);
    expect(lines).toContain("Period,2026-01 to 2026-10");
    expect(lines.some((line) => line.includes("rounded to a neighbouring multiple of 5"))).toBe(true);
  });
});
