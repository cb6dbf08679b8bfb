import { beforeAll, describe, expect, it } from "vitest";
import { decideAssessment } from "@/lib/assessments/decide-assessment";
import { getCaseAssessments } from "@/lib/assessments/get-case-assessments";
import { saveAssessmentDraft } from "@/lib/assessments/save-assessment";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { caseRow, caseVersion, caseWithApprovedAssessment, completeAssessment, eventTypes, newCase, rowCounts } from "./approval-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("assessment: draft, submission, decision", () => {
  it("goes from a first draft to approval, moving the case to ASSESSMENT then CASE_PLAN, with events and audit", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    const registered = await caseRow(caseId);

    const saved = await saveAssessmentDraft(swNdb, caseId, { childViews: "Je veux rentrer", caseVersion: registered.version });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data.caseVersion).toBe(registered.version + 1);
    let kase = await caseRow(caseId);
    expect(kase).toMatchObject({ status: "ASSESSMENT", version: registered.version + 1, lastEditedById: swNdb.userId });
    const draft = await db.assessment.findUniqueOrThrow({ where: { id: saved.data.assessmentId } });
    expect(draft).toMatchObject({ status: "DRAFT", childViews: "Je veux rentrer", authorId: swNdb.userId, bidRequired: null });

    const submitted = await submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: saved.data.caseVersion });
    expect(submitted).toEqual({ ok: true, data: { assessmentId: draft.id, caseVersion: saved.data.caseVersion + 1 } });
    const row = await db.assessment.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", bidRequired: true, recommendation: "Réunification familiale", version: 2 });
    expect(row).toMatchObject({ interviewLanguage: "ff", interpreterUsed: true, interpreterName: "Oumar Diallo" });
    expect(row.interviewDate).toEqual(new Date(`${completeAssessment.interviewDate}T00:00:00.000Z`));
    expect(row.submittedAt).not.toBeNull();
    expect(row.factors).toMatchObject({ safety: { risks: "Rue", protective: "Centre" }, health: { risks: "", protective: "" } });

    const approved = await decideAssessment(supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) });
    expect(approved.ok).toBe(true);
    kase = await caseRow(caseId);
    expect(kase.status).toBe("CASE_PLAN");
    expect(kase.assessmentDueAt).toBeNull();
    expect(kase.casePlanDueAt).not.toBeNull();
    expect(await db.assessment.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: supNdb.userId,
      rejectionReason: null,
    });

    expect(await eventTypes(caseId)).toEqual([
      "case.registered",
      "case.statusChanged",
      "assessment.submitted",
      "assessment.approved",
      "case.statusChanged",
    ]);
    const statusEvents = await db.caseEvent.findMany({ where: { caseId, type: "case.statusChanged" }, orderBy: { id: "asc" } });
    expect(statusEvents.map((e) => e.data)).toEqual([
      { from: "REGISTERED", to: "ASSESSMENT" },
      { from: "ASSESSMENT", to: "CASE_PLAN" },
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["assessment.saved", swNdb.userId],
      ["assessment.submitted", swNdb.userId],
      ["assessment.approved", supNdb.userId],
    ]);
    expect(audit[1].before).toMatchObject({ status: "DRAFT", childViews: "Je veux rentrer" });
    expect(audit[1].after).toMatchObject({ status: "SUBMITTED", childViews: completeAssessment.childViews });
  });

  it("after a rejection the worker sees the reason, writes a new draft and resubmits; the rejected one stays as history", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    await submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: await caseVersion(caseId) });

    const missingReason = await decideAssessment(supNdb, caseId, { decision: "reject", reason: " ", caseVersion: await caseVersion(caseId) });
    expect(missingReason).toEqual({ ok: false, fieldErrors: { reason: "required" } });

    const rejected = await decideAssessment(supNdb, caseId, {
      decision: "reject",
      reason: "Les vues de la famille manquent",
      caseVersion: await caseVersion(caseId),
    });
    expect(rejected.ok).toBe(true);
    expect((await caseRow(caseId)).status).toBe("ASSESSMENT");
    const rejectedEvent = await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "assessment.rejected" } });
    expect(rejectedEvent.data).toMatchObject({ reason: "Les vues de la famille manquent" });
    const rejectedAudit = await db.auditEvent.findFirstOrThrow({ where: { action: "assessment.rejected", entityId: (rejectedEvent.data as { id: string }).id } });
    expect(rejectedAudit).toMatchObject({ actorId: supNdb.userId, after: { status: "REJECTED", rejectionReason: "Les vues de la famille manquent" } });

    let view = await getCaseAssessments(swNdb, caseId);
    expect(view.current).toMatchObject({ status: "REJECTED", rejectionReason: "Les vues de la famille manquent", decidedByName: "supNdb" });
    expect(view.history).toEqual([]);

    const redraft = await saveAssessmentDraft(swNdb, caseId, {
      ...completeAssessment,
      caregiverViews: "Le père a été joint par téléphone.",
      caseVersion: await caseVersion(caseId),
    });
    if (!redraft.ok) throw new Error("redraft failed");
    await submitAssessment(swNdb, caseId, { ...completeAssessment, caregiverViews: "Le père a été joint.", caseVersion: redraft.data.caseVersion });
    view = await getCaseAssessments(swNdb, caseId);
    expect(view.current).toMatchObject({ id: redraft.data.assessmentId, status: "SUBMITTED", caregiverViews: "Le père a été joint.", authorName: "swNdb" });
    expect(view.history.map((a) => a.status)).toEqual(["REJECTED"]);
    expect(view.approved).toBe(false);
    expect(await db.assessment.count({ where: { caseId } })).toBe(2);
  });

  it("once approved (case in CASE_PLAN) the assessment can no longer be saved", async () => {
    const caseId = await caseWithApprovedAssessment(world);
    const before = await rowCounts();
    await expect(
      saveAssessmentDraft(world.actors.swNdb, caseId, { ...completeAssessment, caseVersion: await caseVersion(caseId) }),
    ).rejects.toEqual(new InvalidStateError("notAtThisStep"));
    expect(await rowCounts()).toEqual(before);
  });

  it("a submitted assessment cannot be edited or submitted again, and a decision needs something submitted", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    await expect(decideAssessment(supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) })).rejects.toEqual(
      new InvalidStateError("nothingSubmitted"),
    );
    await submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: await caseVersion(caseId) });
    const before = await rowCounts();
    await expect(saveAssessmentDraft(swNdb, caseId, { childViews: "x", caseVersion: await caseVersion(caseId) })).rejects.toEqual(
      new InvalidStateError("alreadySubmitted"),
    );
    await expect(submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: await caseVersion(caseId) })).rejects.toEqual(
      new InvalidStateError("alreadySubmitted"),
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe("assessment: validation and concurrency", () => {
  it("writes nothing on invalid input and returns the field errors", async () => {
    const caseId = await newCase(world.actors.swNdb);
    const before = await rowCounts();
    const result = await submitAssessment(world.actors.swNdb, caseId, {
      interviewDate: "2026-13-40",
      interviewLanguage: "fr",
      interpreterUsed: "no",
      childViews: "",
      bidRequired: "yes",
      factors: { safety: { risks: "x".repeat(5001) } },
      caseVersion: await caseVersion(caseId),
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { interviewDate: "invalidDate", childViews: "required", recommendation: "required", bidReason: "required", "factors.safety.risks": "tooLong" },
    });
    const noVersion = await saveAssessmentDraft(world.actors.swNdb, caseId, { childViews: "x" });
    expect(noVersion).toEqual({ ok: false, fieldErrors: { caseVersion: "invalid" } });
    expect(await rowCounts()).toEqual(before);
    expect((await caseRow(caseId)).status).toBe("REGISTERED");
  });

  it("the database refuses an interpreter's name without an interpreter and an unknown interview language", async () => {
    const caseId = await newCase(world.actors.swNdb);
    const authorId = world.actors.swNdb.userId;
    await expect(db.assessment.create({ data: { caseId, authorId, interpreterUsed: false, interpreterName: "X" } })).rejects.toThrow(/Assessment_interpreterName_check/);
    await expect(db.assessment.create({ data: { caseId, authorId, interviewLanguage: "xx" } })).rejects.toThrow(/Assessment_interviewLanguage_check/);
  });

  it("refuses a stale save with who changed the case and when, and overwrites nothing", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    const read = await caseVersion(caseId);
    const first = await saveAssessmentDraft(swNdb, caseId, { childViews: "Première version", caseVersion: read });
    expect(first.ok).toBe(true);
    // The supervisor, who read the case at the same moment, saves over it.
    const before = await rowCounts();
    const stale = saveAssessmentDraft(supNdb, caseId, { childViews: "Version du superviseur", caseVersion: read });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await stale.catch((error: ConflictError) => {
      expect(error.changedByName).toBe("swNdb");
      expect(Date.now() - error.changedAt.getTime()).toBeLessThan(60_000);
    });
    expect(await rowCounts()).toEqual(before);
    expect(await db.assessment.findFirstOrThrow({ where: { caseId } })).toMatchObject({ childViews: "Première version" });
  });
});

describe("assessment: who may read, write and decide", () => {
  it("reading: the case's readers see it; others get not found", async () => {
    const caseId = await newCase(world.actors.swNdb);
    await saveAssessmentDraft(world.actors.swNdb, caseId, { childViews: "Vues", caseVersion: await caseVersion(caseId) });
    for (const key of ["swNdb", "supNdb", "national"] as const) {
      expect((await getCaseAssessments(world.actors[key], caseId)).current?.childViews).toBe("Vues");
    }
    for (const key of ["swNkn", "sw2Ndb", "supNkn", "ngoA", "bid", "me", "admin"] as const) {
      await expect(getCaseAssessments(world.actors[key], caseId)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getCaseAssessments(world.actors.swNdb, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each(["swNkn", "sw2Ndb", "supNkn", "ngoA", "national", "bid", "admin"] as const)(
    "%s cannot save or submit an NDB worker's assessment (not found, nothing written)",
    async (key) => {
      const caseId = await newCase(world.actors.swNdb);
      const version = await caseVersion(caseId);
      const before = await rowCounts();
      await expect(saveAssessmentDraft(world.actors[key], caseId, { childViews: "x", caseVersion: version })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(submitAssessment(world.actors[key], caseId, { ...completeAssessment, caseVersion: version })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("a social worker cannot approve, nor the NKN supervisor an NDB case; the NDB supervisor can", async () => {
    const { swNdb, supNkn, supNdb, national } = world.actors;
    const caseId = await newCase(swNdb);
    await submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: await caseVersion(caseId) });
    const version = await caseVersion(caseId);
    const before = await rowCounts();
    for (const actor of [swNdb, supNkn, national, world.actors.ngoA]) {
      await expect(decideAssessment(actor, caseId, { decision: "approve", caseVersion: version })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await rowCounts()).toEqual(before);
    expect((await decideAssessment(supNdb, caseId, { decision: "approve", caseVersion: version })).ok).toBe(true);
  });

  it("a stale decision is refused: the supervisor decides on what they saw", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await newCase(swNdb);
    const seen = await caseVersion(caseId);
    await submitAssessment(swNdb, caseId, { ...completeAssessment, caseVersion: seen });
    const before = await rowCounts();
    await expect(decideAssessment(supNdb, caseId, { decision: "approve", caseVersion: seen })).rejects.toBeInstanceOf(ConflictError);
    expect(await rowCounts()).toEqual(before);
    expect((await caseRow(caseId)).status).toBe("ASSESSMENT");
  });
});
