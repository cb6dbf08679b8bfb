import { beforeAll, describe, expect, it } from "vitest";
import type { AuditCsvLabels } from "@/lib/audit/audit-csv";
import { exportAuditEvents } from "@/lib/audit/export-audit-events";
import { getCaseHistory } from "@/lib/audit/get-case-history";
import { listAuditEvents, listAuditUsers } from "@/lib/audit/list-audit-events";
import { getCase } from "@/lib/cases/get-case";
import { registerChild } from "@/lib/cases/register-child";
import { updateCaseSection } from "@/lib/cases/update-case-section";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addCaseNote } from "@/lib/notes/add-case-note";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
let caseId: string;
let nknCaseId: string;

// Case contents that a case action writes into its audit row: never shown to the administrator.
const CHILD_FIRST_NAME = "Zeynabou";
const CHILD_LAST_NAME = "Kanteyaré";
const NOTE_SUMMARY = "Confidentiel : l'enfant raconte la traversée";

const labels: AuditCsvLabels = {
  header: ["at", "user", "email", "role", "action", "actionCode", "entity", "entityId", "details"],
  action: (action) => `A:${action}`,
  entity: (entity) => `E:${entity}`,
  role: (role) => `R:${role}`,
  noUser: "none",
};

const ALL_ROLES = Object.keys({
  swNdb: 1, supNdb: 1, national: 1, bid: 1, panel: 1, ngoA: 1, me: 1, admin: 1,
} satisfies Partial<Record<UserKey, 1>>) as UserKey[];

beforeAll(async () => {
  world = await createWorld();
  const child = await registerChild(world.actors.swNdb, validChild({ firstName: CHILD_FIRST_NAME, lastName: CHILD_LAST_NAME }));
  const other = await registerChild(world.actors.swNkn, validChild({ firstName: "Awa", lastName: "Sow" }));
  if (!child.ok || !other.ok) throw new Error("registration failed");
  caseId = child.data.caseId;
  nknCaseId = other.data.caseId;
  const note = await addCaseNote(world.actors.swNdb, caseId, { type: "NOTE", date: toIsoDate(todayUtc()), summary: NOTE_SUMMARY, nextVisitDate: "" });
  if (!note.ok) throw new Error("note failed");
});

describe("listAuditEvents", () => {
  it("is refused to every role but the administrator", async () => {
    for (const key of ALL_ROLES.filter((k) => k !== "admin")) {
      await expect(listAuditEvents(world.actors[key], {}), key).rejects.toBeInstanceOf(NotFoundError);
      await expect(listAuditUsers(world.actors[key]), key).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("shows who did what, when, on which kind of record — and no case contents", async () => {
    const { items } = await listAuditEvents(world.actors.admin, {}, {}, 500);
    const noteEvent = items.find((row) => row.action === "case.noteAdded");
    expect(noteEvent).toMatchObject({ entityType: "CaseNote", actor: { name: "swNdb", role: "SOCIAL_WORKER" } });
    expect(noteEvent!.metadata.fields).toEqual(expect.arrayContaining([{ field: "caseId", after: caseId }, { field: "type", after: "NOTE" }]));
    const registered = items.find((row) => row.action === "case.registered" && row.entityId === caseId);
    expect(registered!.metadata.fields.map((f) => f.field)).toEqual(["centreId", "status", "assignedWorkerId"]);
    // The raw rows do hold the contents: the viewer must not.
    const raw = JSON.stringify(await db.auditEvent.findMany({ select: { before: true, after: true } }));
    expect(raw).toContain(NOTE_SUMMARY);
    expect(raw).toContain(CHILD_LAST_NAME);
    const shown = JSON.stringify(items);
    for (const secret of [NOTE_SUMMARY, CHILD_FIRST_NAME, CHILD_LAST_NAME, "2012-03-14"]) expect(shown).not.toContain(secret);
  });

  it("shows only the names of the fields a section edit changed", async () => {
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    const saved = await updateCaseSection(world.actors.swNdb, {
      caseId,
      version: kase.version,
      section: "protection",
      values: { separationType: "UNACCOMPANIED", mobilityProfile: "", protectionConcerns: [], disabilityDetails: "Séquelles d'une blessure à Kindia" },
    });
    expect(saved.ok).toBe(true);
    const { items } = await listAuditEvents(world.actors.admin, { action: "case.sectionUpdated" });
    expect(items[0].metadata).toEqual({ fields: [{ field: "section", before: "protection", after: "protection" }], changedFields: ["disabilityDetails"] });
    expect(JSON.stringify(items)).not.toContain("Kindia");
  });

  it("filters by user, action, kind of record and date range", async () => {
    const admin = world.actors.admin;
    const bySw = await listAuditEvents(admin, { actorId: world.actors.swNkn.userId }, {}, 500);
    expect(bySw.items.length).toBeGreaterThan(0);
    expect(bySw.items.every((row) => row.actor?.name === "swNkn")).toBe(true);
    const notes = await listAuditEvents(admin, { action: "case.noteAdded" });
    expect(notes.items.map((r) => r.action)).toEqual(["case.noteAdded"]);
    const cases = await listAuditEvents(admin, { entityType: "Case" }, {}, 500);
    expect(cases.items.length).toBeGreaterThan(0);
    expect(cases.items.every((row) => row.entityType === "Case")).toBe(true);

    // Two events on known days: the range takes whole days, both ends included.
    await db.auditEvent.create({ data: { actorId: world.actors.bid.userId, action: "auth.logout", entityType: "User", entityId: world.actors.bid.userId, at: new Date("2025-01-10T23:59:00Z") } });
    await db.auditEvent.create({ data: { actorId: world.actors.bid.userId, action: "auth.logout", entityType: "User", entityId: world.actors.bid.userId, at: new Date("2025-01-12T00:00:00Z") } });
    const day = await listAuditEvents(admin, { from: "2025-01-10", to: "2025-01-10" });
    expect(day.items.map((r) => r.at.toISOString())).toEqual(["2025-01-10T23:59:00.000Z"]);
    const both = await listAuditEvents(admin, { actorId: world.actors.bid.userId, from: "2025-01-10", to: "2025-01-12" });
    expect(both.items).toHaveLength(2);
    expect(await listAuditEvents(admin, { from: "2025-01-11", to: "2025-01-11" })).toMatchObject({ items: [] });
  });

  it("pages through the trail newest first with older and newer cursors", async () => {
    const admin = world.actors.admin;
    const all = (await listAuditEvents(admin, {}, {}, 1000)).items.map((r) => r.id);
    expect(all.length).toBeGreaterThan(5);
    const first = await listAuditEvents(admin, {}, {}, 2);
    expect(first.items.map((r) => r.id)).toEqual(all.slice(0, 2));
    expect(first.newer).toBeNull();
    const second = await listAuditEvents(admin, {}, { before: BigInt(first.older!) }, 2);
    expect(second.items.map((r) => r.id)).toEqual(all.slice(2, 4));
    expect(second.newer).not.toBeNull();
    const back = await listAuditEvents(admin, {}, { after: BigInt(second.newer!) }, 2);
    expect(back.items.map((r) => r.id)).toEqual(all.slice(0, 2));
    expect(back.newer).toBeNull();
    const last = await listAuditEvents(admin, {}, { before: BigInt(all[all.length - 2]) }, 2);
    expect(last.items.map((r) => r.id)).toEqual(all.slice(-1));
    expect(last.older).toBeNull();
  });

  it("pages a date range in time order, every event once, both ways", async () => {
    const admin = world.actors.admin;
    // Written out of id order: the later id has the earlier time.
    const late = await db.auditEvent.create({ data: { action: "auth.logout", entityType: "User", entityId: "late", at: new Date("2025-06-01T12:00:00Z") } });
    const early = await db.auditEvent.create({ data: { action: "auth.logout", entityType: "User", entityId: "early", at: new Date("2025-06-01T08:00:00Z") } });
    for (let hour = 9; hour <= 11; hour++) {
      await db.auditEvent.create({ data: { action: "auth.logout", entityType: "User", entityId: `h${hour}`, at: new Date(`2025-06-01T${String(hour).padStart(2, "0")}:00:00Z`) } });
    }
    const range = { from: "2025-06-01", to: "2025-06-01" };
    const seen: (string | null)[] = [];
    let page = await listAuditEvents(admin, range, {}, 2);
    seen.push(...page.items.map((r) => r.entityId));
    const second = await listAuditEvents(admin, range, { before: BigInt(page.older!) }, 2);
    page = second;
    seen.push(...page.items.map((r) => r.entityId));
    page = await listAuditEvents(admin, range, { before: BigInt(page.older!) }, 2);
    seen.push(...page.items.map((r) => r.entityId));
    expect(seen).toEqual(["late", "h11", "h10", "h9", "early"]);
    expect(page.older).toBeNull();
    const back = await listAuditEvents(admin, range, { after: BigInt(second.newer!) }, 2);
    expect(back.items.map((r) => r.entityId)).toEqual(["late", "h11"]);
    expect(back.newer).toBeNull();
    expect(early.id).toBeGreaterThan(late.id);
    // The export reads the same order.
    const csv = (await exportAuditEvents(admin, range, labels)).csv.toString("utf8");
    expect(csv.split("\r\n").slice(1, 6).map((line) => line.split(",")[7])).toEqual(["late", "h11", "h10", "h9", "early"]);
  });
});

describe("exportAuditEvents", () => {
  it("is refused to every role but the administrator, and writes nothing", async () => {
    const before = await db.auditEvent.count();
    for (const key of ALL_ROLES.filter((k) => k !== "admin")) {
      await expect(exportAuditEvents(world.actors[key], {}, labels), key).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("exports the filtered events as a spreadsheet-safe CSV without case contents, and is audited", async () => {
    // A name is typed by people: one that a spreadsheet would run as a formula must not survive as one.
    const formula = await db.user.create({
      data: { email: "formula@test.example", name: "=HYPERLINK(\"http://x\")", role: "ME_OFFICER", organisationId: world.organisations.IOM },
    });
    await db.auditEvent.create({ data: { actorId: formula.id, action: "auth.logout", entityType: "User", entityId: formula.id } });
    const all = await exportAuditEvents(world.actors.admin, {}, labels);
    const text = all.csv.toString("utf8");
    expect(text.startsWith("\uFEFFat,user,email,role,action,actionCode,entity,entityId,details\r\n")).toBe(true);
    for (const secret of [NOTE_SUMMARY, CHILD_FIRST_NAME, CHILD_LAST_NAME, "Kindia"]) expect(text).not.toContain(secret);
    expect(text).toContain(`,"'=HYPERLINK(""http://x"")",formula@test.example,`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).toMatch(/,swNdb,swndb@test\.example,R:SOCIAL_WORKER,A:case\.noteAdded,case\.noteAdded,E:CaseNote,[0-9a-f-]{36},caseId: [0-9a-f-]{36}; type: NOTE; date: \d{4}-\d{2}-\d{2}\r\n/);

    const filtered = await exportAuditEvents(world.actors.admin, { action: "case.noteAdded" }, labels);
    expect(filtered.rows).toBe(1);
    expect(filtered.capped).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.exported" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: world.actors.admin.userId, entityType: "AuditEvent", entityId: null, after: { action: "case.noteAdded", rows: 1, capped: false } });
  });

  it("stops at the cap, newest first, and says so in its audit event", async () => {
    const capped = await exportAuditEvents(world.actors.admin, {}, labels, 3);
    expect(capped).toMatchObject({ rows: 3, capped: true });
    expect(capped.csv.toString("utf8").trim().split("\r\n")).toHaveLength(4);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.exported" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ rows: 3, capped: true });
  });
});

describe("case access log views", () => {
  it("records the tab the case was opened on, one row per view", async () => {
    const actor = world.actors.supNdb;
    const before = await db.caseAccessLog.count({ where: { caseId, userId: actor.userId } });
    await getCase(actor, caseId, "notes");
    await getCase(actor, caseId);
    const rows = await db.caseAccessLog.findMany({ where: { caseId, userId: actor.userId }, orderBy: { id: "desc" }, take: 2, select: { view: true, documentId: true } });
    expect(await db.caseAccessLog.count({ where: { caseId, userId: actor.userId } })).toBe(before + 2);
    expect(rows).toEqual([{ view: "overview", documentId: null }, { view: "notes", documentId: null }]);
  });

  it("refuses the history view without case:history, and logs nothing", async () => {
    const before = await db.caseAccessLog.count();
    await expect(getCase(world.actors.swNdb, caseId, "history")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.caseAccessLog.count()).toBe(before);
    expect((await getCase(world.actors.swNdb, caseId)).viewer.canSeeHistory).toBe(false);
    expect((await getCase(world.actors.supNdb, caseId, "history")).viewer.canSeeHistory).toBe(true);
  });

  it("the database refuses a document view without its document, and a document id on a tab", async () => {
    const userId = world.actors.swNdb.userId;
    await expect(db.caseAccessLog.create({ data: { userId, caseId, view: "document" } })).rejects.toThrow();
    await expect(db.caseAccessLog.create({ data: { userId, caseId, view: "notes", documentId: caseId } })).rejects.toThrow();
  });
});

describe("getCaseHistory", () => {
  it("is refused to roles without case:history, and to a supervisor of another centre", async () => {
    for (const key of ["swNdb", "bid", "panel", "ngoA", "me", "admin"] as const) {
      await expect(getCaseHistory(world.actors[key], caseId), key).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getCaseHistory(world.actors.supNkn, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(world.actors.supNkn, caseId, "history")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseHistory(world.actors.supNdb, nknCaseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseHistory(world.actors.supNdb, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows who opened the file, with role, organisation, tab or document, newest first", async () => {
    const documentId = "7b0c9d1e-0000-4000-8000-000000000001";
    await db.caseAccessLog.create({ data: { userId: world.actors.swNdb.userId, caseId, view: "document", documentId } });
    await getCase(world.actors.swNdb, caseId, "documents");
    const history = await getCaseHistory(world.actors.supNdb, caseId);
    expect(history.access.items[0]).toMatchObject({ view: "documents", document: null, user: { name: "swNdb", role: "SOCIAL_WORKER", organisation: { name: "MASEF" } } });
    // A document id that matches no document (removed since): still shown, without a type.
    expect(history.access.items[1]).toMatchObject({ view: "document", document: { id: documentId, type: null } });
    const national = await getCaseHistory(world.actors.national, caseId);
    expect(national.access.total).toBe(history.access.total);
  });

  it("shows the case's changes field by field with their values, including its notes", async () => {
    const { changes } = await getCaseHistory(world.actors.supNdb, caseId);
    const note = changes.items.find((item) => item.action === "case.noteAdded");
    expect(note).toMatchObject({ entityType: "CaseNote", actor: { name: "swNdb", role: "SOCIAL_WORKER" } });
    expect(note!.changes).toEqual(expect.arrayContaining([{ field: "summary", before: null, after: NOTE_SUMMARY }]));
    const section = changes.items.find((item) => item.action === "case.sectionUpdated");
    expect(section!.changes).toEqual([{ field: "disabilityDetails", before: null, after: "Séquelles d'une blessure à Kindia" }]);
    expect(section!.changes.map((c) => c.field)).not.toContain("section");
    expect(changes.items.some((item) => item.action === "case.registered")).toBe(true);
    // Nothing of the other case.
    expect(JSON.stringify(changes)).not.toContain("Sow");
  });

  it("includes a removed document's removal and an agenda entry, found through the case id in their payload", async () => {
    const removedId = "7b0c9d1e-0000-4000-8000-000000000002";
    for (const [onCase, note] of [[caseId, "ours"], [nknCaseId, "theirs"]] as const) {
      await db.auditEvent.create({
        data: { actorId: world.actors.swNdb.userId, action: "case.documentRemoved", entityType: "CaseDocument", entityId: removedId, before: { caseId: onCase, note } },
      });
      await db.auditEvent.create({
        data: { actorId: world.actors.bid.userId, action: "bid.agendaAdded", entityType: "BidSession", entityId: removedId, after: { caseId: onCase, position: note === "ours" ? 1 : 2 } },
      });
    }
    const { changes } = await getCaseHistory(world.actors.supNdb, caseId, { pageSize: 100 });
    const removed = changes.items.filter((item) => item.action === "case.documentRemoved");
    expect(removed.map((item) => item.changes.find((c) => c.field === "note")?.before)).toEqual(["ours"]);
    const agenda = changes.items.filter((item) => item.action === "bid.agendaAdded");
    expect(agenda.map((item) => item.changes.find((c) => c.field === "position")?.after)).toEqual(["1"]);
  });

  it("pages both lists", async () => {
    const full = await getCaseHistory(world.actors.supNdb, caseId, { pageSize: 100 });
    expect(full.changes.total).toBeGreaterThanOrEqual(3);
    const page2 = await getCaseHistory(world.actors.supNdb, caseId, { accessPage: 2, changePage: 2, pageSize: 1 });
    expect(page2.access).toMatchObject({ page: 2, pageCount: full.access.total, total: full.access.total });
    expect(page2.access.items.map((i) => i.id)).toEqual([full.access.items[1].id]);
    expect(page2.changes.items.map((i) => i.id)).toEqual([full.changes.items[1].id]);
    // A page number that is not a positive integer is the first page.
    expect((await getCaseHistory(world.actors.supNdb, caseId, { accessPage: -3, pageSize: 1 })).access.page).toBe(1);
  });
});
