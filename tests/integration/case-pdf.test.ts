import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { exportCasePdf } from "@/lib/exports/case-pdf/export-case-pdf";
import { pdfText } from "../support/case-pdf-text";
import { counts, createWorld, validChild, type UserKey, type World } from "./fixtures";

let world: World;
let caseId = "";
let caseNumber = "";

beforeAll(async () => {
  world = await createWorld();
  const result = await registerChild(world.actors.swNdb, validChild({ firstName: "عائشة", lastName: "Diallo" }));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  caseId = result.data.caseId;
  caseNumber = (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { caseNumber: true } })).caseNumber;
  await db.familyMember.create({ data: { caseId, relationship: "Mère", name: "Fatou Diallo", inContact: true, phone: "+224 620 00 00 00" } });
});

describe("exportCasePdf", () => {
  it.each([
    ["swNdb", "fr"],
    ["supNdb", "ar"],
    ["national", "en"],
  ] as [UserKey, "fr" | "en" | "ar"][])("gives %s the case file (%s) and writes an audit row and an access-log row", async (key, locale) => {
    const actor = world.actors[key];
    const before = await counts();
    const pdf = await exportCasePdf(actor, caseId, locale);
    expect(pdf.caseNumber).toBe(caseNumber);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = (await pdfText(pdf.bytes)).join(" ");
    expect(text).toContain(caseNumber);
    expect(text).toContain("Fatou Diallo");

    const after = await counts();
    expect(after.auditEvents - before.auditEvents).toBe(1);
    expect(after.accessLogs - before.accessLogs).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.exportedPdf", actorId: actor.userId }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ entityType: "Case", entityId: caseId, after: expect.objectContaining({ caseNumber, locale }) });
    expect(await db.caseAccessLog.count({ where: { caseId, userId: actor.userId } })).toBeGreaterThan(0);
  });

  it("shows the approved assessment's summary and the approved plan's goals, not a newer draft", async () => {
    const { swNdb, supNdb } = world.actors;
    const decided = { authorId: swNdb.userId, submittedAt: new Date(), decidedById: supNdb.userId, decidedAt: new Date() };
    await db.assessment.create({ data: { caseId, status: "APPROVED", recommendation: "Trace the family in Conakry", bidRequired: false, ...decided } });
    await db.assessment.create({ data: { caseId, status: "DRAFT", recommendation: "Unfinished draft wording", authorId: swNdb.userId } });
    await db.casePlan.create({
      data: {
        caseId,
        status: "APPROVED",
        ...decided,
        goals: { create: [{ position: 0, goal: "Reunite with the mother", intervention: "Family tracing", responsibleOther: "Red Cross", deadline: new Date("2027-01-15") }] },
      },
    });
    const text = (await pdfText((await exportCasePdf(world.actors.supNdb, caseId, "en")).bytes)).join(" ");
    for (const expected of ["Approved assessment (summary)", "Trace the family in Conakry", "Reunite with the mother", "Family tracing", "Red Cross", "Jan 15, 2027"]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Unfinished draft wording");
  });

  it.each(["swNkn", "supNkn", "panel", "me", "ngoA", "admin"] as UserKey[])("is NotFoundError for %s (out of scope), and nothing is written", async (key) => {
    const before = await counts();
    await expect(exportCasePdf(world.actors[key], caseId, "fr")).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it("is NotFoundError for an unknown or malformed id, and nothing is written", async () => {
    const before = await counts();
    await expect(exportCasePdf(world.actors.national, randomUUID(), "fr")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportCasePdf(world.actors.national, "not-a-uuid", "fr")).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});
