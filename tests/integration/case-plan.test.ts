import { beforeAll, describe, expect, it } from "vitest";
import { decideCasePlan } from "@/lib/case-plans/decide-case-plan";
import { getCasePlans } from "@/lib/case-plans/get-case-plans";
import { saveCasePlanDraft } from "@/lib/case-plans/save-case-plan";
import { submitCasePlan } from "@/lib/case-plans/submit-case-plan";
import { OTHER_ORGANISATION } from "@/lib/case-plans/case-plan.schema";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { listOrganisations } from "@/lib/organisations/list-organisations";
import { caseRow, caseVersion, caseWithApprovedAssessment, eventTypes, inDays, newCase, rowCounts } from "./approval-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const goals = () => [
  { goal: "Retour à l'école", intervention: "Inscription", responsible: world.organisations["NGO-A"], deadline: inDays(30) },
  { goal: "Recherche familiale", intervention: "Appel à la mère", responsible: OTHER_ORGANISATION, responsibleOther: "Croix-Rouge", deadline: inDays(7) },
];

describe("case plan: draft, submission, decision", () => {
  it("writes two goals, submits, and on approval moves the case to IMPLEMENTATION with events and audit", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await caseWithApprovedAssessment(world);
    const eventsBefore = (await eventTypes(caseId)).length;

    const saved = await saveCasePlanDraft(swNdb, caseId, { goals: goals(), caseVersion: await caseVersion(caseId) });
    if (!saved.ok) throw new Error(JSON.stringify(saved.fieldErrors));
    const rows = await db.casePlanGoal.findMany({ where: { casePlanId: saved.data.casePlanId }, orderBy: { position: "asc" } });
    expect(rows).toMatchObject([
      { position: 0, goal: "Retour à l'école", responsibleOrganisationId: world.organisations["NGO-A"], responsibleOther: null },
      { position: 1, goal: "Recherche familiale", responsibleOrganisationId: null, responsibleOther: "Croix-Rouge" },
    ]);

    // Saving again replaces the goals.
    const resaved = await saveCasePlanDraft(swNdb, caseId, { goals: [goals()[1]], caseVersion: saved.data.caseVersion });
    if (!resaved.ok) throw new Error("resave failed");
    expect(resaved.data.casePlanId).toBe(saved.data.casePlanId);
    expect(await db.casePlanGoal.count({ where: { casePlanId: saved.data.casePlanId } })).toBe(1);

    const submitted = await submitCasePlan(swNdb, caseId, { goals: goals(), caseVersion: resaved.data.caseVersion });
    expect(submitted.ok).toBe(true);
    const view = await getCasePlans(supNdb, caseId);
    expect(view.current).toMatchObject({ status: "SUBMITTED", authorName: "swNdb" });
    expect(view.current?.goals.map((g) => g.responsibleOrganisation?.name ?? g.responsibleOther)).toEqual(["NGO-A", "Croix-Rouge"]);

    const approved = await decideCasePlan(supNdb, caseId, { decision: "approve", caseVersion: await caseVersion(caseId) });
    expect(approved.ok).toBe(true);
    const kase = await caseRow(caseId);
    expect(kase.status).toBe("IMPLEMENTATION");
    expect(kase.casePlanDueAt).toBeNull();
    expect(kase.followUpDueAt).not.toBeNull();
    expect((await eventTypes(caseId)).slice(eventsBefore)).toEqual(["casePlan.submitted", "casePlan.approved", "case.statusChanged"]);
    const audit = await db.auditEvent.findMany({ where: { entityId: saved.data.casePlanId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["casePlan.saved", "casePlan.saved", "casePlan.submitted", "casePlan.approved"]);
    expect(audit[1].before).toMatchObject({ status: "DRAFT", goals: [{ goal: "Retour à l'école" }, { goal: "Recherche familiale" }] });
    expect(audit[2].after).toMatchObject({ status: "SUBMITTED", goals: [{ deadline: inDays(30) }, { responsibleOther: "Croix-Rouge" }] });
  });

  it("a rejected plan stays as history with its reason; the worker writes a new one", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await caseWithApprovedAssessment(world);
    await submitCasePlan(swNdb, caseId, { goals: goals(), caseVersion: await caseVersion(caseId) });
    const rejected = await decideCasePlan(supNdb, caseId, { decision: "reject", reason: "Délais irréalistes", caseVersion: await caseVersion(caseId) });
    expect(rejected.ok).toBe(true);
    expect((await caseRow(caseId)).status).toBe("CASE_PLAN");
    const rejectedEvent = await db.caseEvent.findFirstOrThrow({ where: { caseId, type: "casePlan.rejected" } });
    expect(rejectedEvent.data).toMatchObject({ reason: "Délais irréalistes" });
    const rejectedAudit = await db.auditEvent.findFirstOrThrow({ where: { action: "casePlan.rejected", entityId: (rejectedEvent.data as { id: string }).id } });
    expect(rejectedAudit).toMatchObject({ actorId: supNdb.userId, after: { status: "REJECTED", rejectionReason: "Délais irréalistes" } });

    await saveCasePlanDraft(swNdb, caseId, { goals: goals(), caseVersion: await caseVersion(caseId) });
    const view = await getCasePlans(swNdb, caseId);
    expect(view.current?.status).toBe("DRAFT");
    expect(view.history).toMatchObject([{ status: "REJECTED", rejectionReason: "Délais irréalistes", decidedByName: "supNdb" }]);
  });

  it("cannot be started before the assessment is approved", async () => {
    const { swNdb } = world.actors;
    const caseId = await newCase(swNdb);
    const before = await rowCounts();
    await expect(saveCasePlanDraft(swNdb, caseId, { goals: goals(), caseVersion: await caseVersion(caseId) })).rejects.toEqual(
      new InvalidStateError("notAtThisStep"),
    );
    // Even a case put in CASE_PLAN some other way needs an approved assessment.
    await db.case.update({ where: { id: caseId }, data: { status: "CASE_PLAN" } });
    await expect(saveCasePlanDraft(swNdb, caseId, { goals: goals(), caseVersion: await caseVersion(caseId) })).rejects.toEqual(
      new InvalidStateError("assessmentNotApproved"),
    );
    expect(await rowCounts()).toEqual(before);
    expect((await getCasePlans(swNdb, caseId)).assessmentApproved).toBe(false);
  });

  it("writes nothing on invalid goals: past deadline, missing text, unknown organisation", async () => {
    const { swNdb } = world.actors;
    const caseId = await caseWithApprovedAssessment(world);
    const version = await caseVersion(caseId);
    const before = await rowCounts();
    expect(await submitCasePlan(swNdb, caseId, { goals: [], caseVersion: version })).toEqual({ ok: false, fieldErrors: { goals: "goalsRequired" } });
    expect(
      await saveCasePlanDraft(swNdb, caseId, {
        goals: [{ ...goals()[0], intervention: "", deadline: inDays(-1) }, { ...goals()[1], responsibleOther: "" }],
        caseVersion: version,
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { "goals.0.intervention": "required", "goals.0.deadline": "dateInPast", "goals.1.responsibleOther": "required" },
    });
    expect(
      await saveCasePlanDraft(swNdb, caseId, {
        goals: [goals()[1], { ...goals()[0], responsible: "00000000-0000-4000-8000-000000000000" }],
        caseVersion: version,
      }),
    ).toEqual({ ok: false, fieldErrors: { "goals.1.responsible": "invalid" } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a stale save and keeps the goals saved before", async () => {
    const { swNdb, supNdb } = world.actors;
    const caseId = await caseWithApprovedAssessment(world);
    const read = await caseVersion(caseId);
    await saveCasePlanDraft(supNdb, caseId, { goals: [goals()[0]], caseVersion: read });
    const before = await rowCounts();
    await expect(saveCasePlanDraft(swNdb, caseId, { goals: goals(), caseVersion: read })).rejects.toMatchObject({
      name: "ConflictError",
      changedByName: "supNdb",
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("case plan: who may read, write and decide", () => {
  it.each(["swNkn", "sw2Ndb", "supNkn", "ngoA", "national", "bid"] as const)(
    "%s cannot write the plan of an NDB worker's case (not found, nothing written)",
    async (key) => {
      const caseId = await caseWithApprovedAssessment(world);
      const before = await rowCounts();
      await expect(saveCasePlanDraft(world.actors[key], caseId, { goals: goals(), caseVersion: await caseVersion(caseId) })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("out-of-scope readers get not found", async () => {
    const caseId = await caseWithApprovedAssessment(world);
    for (const key of ["swNkn", "ngoA", "supNkn", "admin"] as const) {
      await expect(getCasePlans(world.actors[key], caseId)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await getCasePlans(world.actors.national, caseId)).assessmentApproved).toBe(true);
  });

  it("only the case's centre supervisor approves, on the version they saw", async () => {
    const { swNdb, supNkn, supNdb } = world.actors;
    const caseId = await caseWithApprovedAssessment(world);
    const seen = await caseVersion(caseId);
    await submitCasePlan(swNdb, caseId, { goals: goals(), caseVersion: seen });
    const version = await caseVersion(caseId);
    const before = await rowCounts();
    for (const actor of [swNdb, supNkn, world.actors.national]) {
      await expect(decideCasePlan(actor, caseId, { decision: "approve", caseVersion: version })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(decideCasePlan(supNdb, caseId, { decision: "approve", caseVersion: seen })).rejects.toBeInstanceOf(ConflictError);
    expect(await rowCounts()).toEqual(before);
    expect((await decideCasePlan(supNdb, caseId, { decision: "approve", caseVersion: version })).ok).toBe(true);
  });
});

describe("listOrganisations", () => {
  it("lists every organisation by name for case readers, and nothing for others", async () => {
    const list = await listOrganisations(world.actors.swNdb, "fr");
    expect(list.map((o) => o.name)).toEqual(["IOM", "MASEF", "NGO-A", "NGO-B"]);
    for (const key of ["me", "admin", "panel"] as const) {
      await expect(listOrganisations(world.actors[key], "fr")).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("names and orders the organisations in Arabic for an Arabic reader (Arabic script first), falling back to the registered name", async () => {
    await db.organisation.update({ where: { code: "NGO-B" }, data: { nameAr: "منظمة ب" } });
    try {
      expect((await listOrganisations(world.actors.swNdb, "ar")).map((o) => o.name)).toEqual(["منظمة ب", "IOM", "MASEF", "NGO-A"]);
      expect((await listOrganisations(world.actors.swNdb, "fr")).map((o) => o.name)).toContain("NGO-B");
    } finally {
      await db.organisation.update({ where: { code: "NGO-B" }, data: { nameAr: null } });
    }
  });
});
