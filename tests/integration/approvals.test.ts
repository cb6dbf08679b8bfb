import { beforeAll, describe, expect, it } from "vitest";
import { listPendingApprovals, PENDING_APPROVALS_CAP } from "@/lib/approvals/list-pending-approvals";
import { saveAssessmentDraft } from "@/lib/assessments/save-assessment";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { submitCasePlan } from "@/lib/case-plans/submit-case-plan";
import { decideClosure } from "@/lib/closures/decide-closure";
import { requestClosure } from "@/lib/closures/request-closure";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { caseVersion, caseWithApprovedAssessment, completeAssessment, inDays, newCase } from "./approval-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("listPendingApprovals", () => {
  it("lists the submitted assessments, plans and closures of the supervisor's centres, oldest first, with who and when", async () => {
    const { swNdb, swNkn, supNdb, supNkn } = world.actors;
    const assessed = await newCase(swNdb);
    await submitAssessment(swNdb, assessed, { ...completeAssessment, caseVersion: await caseVersion(assessed) });
    const planned = await caseWithApprovedAssessment(world);
    await submitCasePlan(swNdb, planned, {
      goals: [{ goal: "École", intervention: "Inscription", responsible: "other", responsibleOther: "Mairie", deadline: inDays(9) }],
      caseVersion: await caseVersion(planned),
    });
    const closing = await newCase(swNdb);
    await requestClosure(swNdb, closing, { reason: "LOST_CONTACT", summary: "Parti", caseVersion: await caseVersion(closing) });
    // Not waiting: a draft, another centre's submission, a request on a case closed since.
    const drafted = await newCase(swNdb);
    await saveAssessmentDraft(swNdb, drafted, { childViews: "x", caseVersion: await caseVersion(drafted) });
    const elsewhere = await newCase(swNkn);
    await submitAssessment(swNkn, elsewhere, { ...completeAssessment, caseVersion: await caseVersion(elsewhere) });

    const pending = await listPendingApprovals(supNdb);
    expect(pending.total).toBe(3);
    expect(pending.items.map((item) => [item.kind, item.caseId])).toEqual([
      ["assessment", assessed],
      ["plan", planned],
      ["closure", closing],
    ]);
    const kase = await db.case.findUniqueOrThrow({ where: { id: assessed } });
    expect(pending.items[0]).toMatchObject({
      caseNumber: kase.caseNumber,
      childName: { firstName: "Mamadou", lastName: "Diallo" },
      workerName: "swNdb",
    });
    const times = pending.items.map((item) => item.submittedAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    expect((await listPendingApprovals(supNkn)).items.map((item) => item.caseId)).toEqual([elsewhere]);

    await decideClosure(supNdb, closing, { decision: "approve", caseVersion: await caseVersion(closing) });
    expect((await listPendingApprovals(supNdb)).items.map((item) => item.kind)).toEqual(["assessment", "plan"]);
  });

  it("caps the list but counts everything waiting", async () => {
    const { swNkn, supNkn } = world.actors;
    const already = (await listPendingApprovals(supNkn)).total;
    const extra = PENDING_APPROVALS_CAP + 2 - already;
    // A few at a time: each write is a transaction waiting for a pooled connection.
    for (let done = 0; done < extra; done += 5) {
      await Promise.all(
        Array.from({ length: Math.min(5, extra - done) }, async () => {
          const caseId = await newCase(swNkn);
          await requestClosure(swNkn, caseId, { reason: "OTHER", summary: "Fin", caseVersion: await caseVersion(caseId) });
        }),
      );
    }
    const pending = await listPendingApprovals(supNkn);
    expect(pending.total).toBe(PENDING_APPROVALS_CAP + 2);
    expect(pending.items).toHaveLength(PENDING_APPROVALS_CAP);
  });

  it.each(["swNdb", "national", "ngoA", "bid", "admin"] as const)("is not available to %s", async (key) => {
    await expect(listPendingApprovals(world.actors[key])).rejects.toBeInstanceOf(NotFoundError);
  });
});
