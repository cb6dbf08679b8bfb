import { beforeAll, describe, expect, it } from "vitest";
import { decideAssessment } from "@/lib/assessments/decide-assessment";
import { saveAssessmentDraft } from "@/lib/assessments/save-assessment";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { decideCasePlan } from "@/lib/case-plans/decide-case-plan";
import { saveCasePlanDraft } from "@/lib/case-plans/save-case-plan";
import { submitCasePlan } from "@/lib/case-plans/submit-case-plan";
import { decideClosure } from "@/lib/closures/decide-closure";
import { getCaseClosures } from "@/lib/closures/get-case-closures";
import { reopenCase } from "@/lib/closures/reopen-case";
import { requestClosure } from "@/lib/closures/request-closure";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { caseRow, caseVersion, caseWithApprovedAssessment, completeAssessment, eventTypes, inDays, newCase, rowCounts } from "./approval-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const request = { reason: "REUNIFIED", summary: "L'enfant a rejoint sa mère à Conakry." };

async function closedCase(): Promise<string> {
  const caseId = await newCase(world.actors.swNdb);
  await requestClosure(world.actors.swNdb, caseId, { ...request, caseVersion: await caseVersion(caseId) });
  const approved = await decideClosure(world.actors.supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) });
  if (!approved.ok) throw new Error("closure failed");
  return caseId;
}

describe("closure: request and decision", () => {
  it("a rejected request keeps its reason; an approved one closes the case, clears the due dates, with events and audit", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    expect((await caseRow(caseId)).nextDueAt).not.toBeNull();

    const first = await requestClosure(swNdb, caseId, { ...request, caseVersion: await caseVersion(caseId) });
    if (!first.ok) throw new Error("request failed");
    await expect(requestClosure(swNdb, caseId, { ...request, caseVersion: await caseVersion(caseId) })).rejects.toEqual(
      new InvalidStateError("alreadySubmitted"),
    );
    await decideClosure(supNdb, caseId, { decision: "reject", reason: "Visite de suivi d'abord", caseVersion: await caseVersion(caseId) });
    expect((await caseRow(caseId)).status).toBe("REGISTERED");

    const second = await requestClosure(swNdb, caseId, { ...request, summary: "Visite faite.", caseVersion: await caseVersion(caseId) });
    if (!second.ok) throw new Error("request failed");
    const approved = await decideClosure(supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) });
    expect(approved.ok).toBe(true);

    const kase = await caseRow(caseId);
    expect(kase.status).toBe("CLOSED");
    expect(kase.closedAt).not.toBeNull();
    expect([kase.nextDueAt, kase.assessmentDueAt, kase.firstActionDueAt]).toEqual([null, null, null]);
    expect(await eventTypes(caseId)).toEqual([
      "case.registered",
      "closure.requested",
      "closure.rejected",
      "closure.requested",
      "closure.approved",
      "case.statusChanged",
    ]);
    const view = await getCaseClosures(swNdb, caseId);
    expect(view.current).toMatchObject({ id: second.data.closureId, status: "APPROVED", reason: "REUNIFIED", decidedByName: "supNdb" });
    expect(view.history).toMatchObject([{ id: first.data.closureId, status: "REJECTED", rejectionReason: "Visite de suivi d'abord" }]);
    const audit = await db.auditEvent.findMany({
      where: { entityType: "CaseClosure", entityId: { in: [first.data.closureId, second.data.closureId] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["closure.requested", "closure.rejected", "closure.requested", "closure.approved"]);
  });

  it("writes nothing on invalid input, and a rejection needs a reason", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    const before = await rowCounts();
    expect(await requestClosure(swNdb, caseId, { reason: "BORED", summary: "", caseVersion: await caseVersion(caseId) })).toEqual({
      ok: false,
      fieldErrors: { reason: "required", summary: "required" },
    });
    expect(await rowCounts()).toEqual(before);
    await requestClosure(swNdb, caseId, { ...request, caseVersion: await caseVersion(caseId) });
    const pending = await rowCounts();
    expect(await decideClosure(supNdb, caseId, { decision: "reject", caseVersion: await caseVersion(caseId) })).toEqual({
      ok: false,
      fieldErrors: { reason: "required" },
    });
    expect(await rowCounts()).toEqual(pending);
  });

  it("refuses a stale request", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    const read = await caseVersion(caseId);
    await saveAssessmentDraft(supNdb, caseId, { childViews: "Vues", caseVersion: read });
    const before = await rowCounts();
    await expect(requestClosure(swNdb, caseId, { ...request, caseVersion: read })).rejects.toBeInstanceOf(ConflictError);
    expect(await rowCounts()).toEqual(before);
  });

  it("out-of-scope users cannot request, decide or read; a social worker cannot decide", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    const before = await rowCounts();
    for (const key of ["swNkn", "sw2Ndb", "supNkn", "ngoA", "national"] as const) {
      await expect(requestClosure(world.actors[key], caseId, { ...request, caseVersion: await caseVersion(caseId) })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    expect(await rowCounts()).toEqual(before);
    await requestClosure(swNdb, caseId, { ...request, caseVersion: await caseVersion(caseId) });
    const pending = await rowCounts();
    for (const key of ["swNdb", "supNkn", "national", "ngoA"] as const) {
      await expect(decideClosure(world.actors[key], caseId, { decision: "approve", caseVersion: await caseVersion(caseId) })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    for (const key of ["swNkn", "supNkn", "ngoA"] as const) {
      await expect(getCaseClosures(world.actors[key], caseId)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await rowCounts()).toEqual(pending);
    expect((await getCaseClosures(supNdb, caseId)).current?.status).toBe("SUBMITTED");
  });
});

describe("a closed case is read-only", () => {
  it("refuses every write of the case file and writes nothing", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await closedCase();
    const version = await caseVersion(caseId);
    const before = await rowCounts();
    const writes = [
      saveAssessmentDraft(swNdb, caseId, { childViews: "x", caseVersion: version }),
      submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: version }),
      decideAssessment(supNdb, caseId, { decision: "approve", caseVersion: version }),
      saveCasePlanDraft(swNdb, caseId, { goals: [], caseVersion: version }),
      submitCasePlan(supNdb, caseId, {
        goals: [{ goal: "g", intervention: "i", responsible: "other", responsibleOther: "x", deadline: inDays(3) }],
        caseVersion: version,
      }),
      decideCasePlan(supNdb, caseId, { decision: "approve", caseVersion: version }),
      requestClosure(swNdb, caseId, { ...request, caseVersion: version }),
      decideClosure(supNdb, caseId, { decision: "approve", caseVersion: version }),
    ];
    const results = await Promise.allSettled(writes);
    // Invalid input is reported first (no goals); every valid write is refused as closed.
    expect(results.map((r) => (r.status === "rejected" ? (r.reason as InvalidStateError).reason : "fieldErrors"))).toEqual([
      "caseClosed",
      "caseClosed",
      "caseClosed",
      "fieldErrors",
      "caseClosed",
      "caseClosed",
      "caseClosed",
      "caseClosed",
    ]);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("reopening", () => {
  it("needs a reason and a supervisor of the case's centre; goes back to ASSESSMENT without an approved plan", async () => {
    const { swNdb, supNdb, supNkn } = world.actors;
    const caseId = await closedCase();
    const version = await caseVersion(caseId);
    const before = await rowCounts();
    expect(await reopenCase(supNdb, caseId, { reason: "  ", caseVersion: version })).toEqual({ ok: false, fieldErrors: { reason: "required" } });
    for (const actor of [swNdb, supNkn, world.actors.national]) {
      await expect(reopenCase(actor, caseId, { reason: "Nouvelle information", caseVersion: version })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await rowCounts()).toEqual(before);

    const reopened = await reopenCase(supNdb, caseId, { reason: "La mère a rappelé : l'enfant est reparti", caseVersion: version });
    expect(reopened.ok).toBe(true);
    const kase = await caseRow(caseId);
    expect(kase).toMatchObject({ status: "ASSESSMENT", closedAt: null, lastEditedById: supNdb.userId });
    expect(kase.nextDueAt).not.toBeNull();
    expect((await eventTypes(caseId)).slice(-2)).toEqual(["case.reopened", "case.statusChanged"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.reopened", entityId: caseId } });
    expect(audit).toMatchObject({ actorId: supNdb.userId, before: { status: "CLOSED" }, after: { status: "ASSESSMENT" } });
    expect((await getCaseClosures(swNdb, caseId)).reopenings).toMatchObject([
      { byName: "supNdb", reason: "La mère a rappelé : l'enfant est reparti" },
    ]);

    // The case is open again: the worker can write, and it cannot be reopened twice.
    expect((await saveAssessmentDraft(swNdb, caseId, { childViews: "Vues", caseVersion: await caseVersion(caseId) })).ok).toBe(true);
    await expect(reopenCase(supNdb, caseId, { reason: "encore", caseVersion: await caseVersion(caseId) })).rejects.toEqual(
      new InvalidStateError("caseNotClosed"),
    );
  });

  it("goes back to FOLLOW_UP when a case plan was approved", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await caseWithApprovedAssessment(world);
    await submitCasePlan(swNdb, caseId, {
      goals: [{ goal: "École", intervention: "Inscription", responsible: world.organisations.MASEF, deadline: inDays(20) }],
      caseVersion: await caseVersion(caseId),
    });
    await decideCasePlan(supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) });
    await requestClosure(swNdb, caseId, { ...request, caseVersion: await caseVersion(caseId) });
    await decideClosure(supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) });
    expect((await caseRow(caseId)).status).toBe("CLOSED");

    await reopenCase(supNdb, caseId, { reason: "Placement rompu", caseVersion: await caseVersion(caseId) });
    const kase = await caseRow(caseId);
    expect(kase.status).toBe("FOLLOW_UP");
    expect(kase.followUpDueAt).not.toBeNull();
  });
});
