import { beforeAll, describe, expect, it } from "vitest";
import { countPendingApprovals } from "@/lib/approvals/count-pending-approvals";
import { listPendingApprovals } from "@/lib/approvals/list-pending-approvals";
import { decideAssessment } from "@/lib/assessments/decide-assessment";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { decideClosure } from "@/lib/closures/decide-closure";
import { requestClosure } from "@/lib/closures/request-closure";
import { NotFoundError } from "@/lib/errors";
import { caseVersion, completeAssessment, newCase } from "./approval-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("countPendingApprovals", () => {
  it("counts what waits in the supervisor's own centres, as the inbox does, and drops as decisions are made", async () => {
    const { swNdb, swNkn, supNdb, supNkn } = world.actors;
    expect(await countPendingApprovals(supNdb)).toBe(0);

    const assessed = await newCase(swNdb);
    await submitAssessment(swNdb, assessed, { ...completeAssessment, caseVersion: await caseVersion(assessed) });
    const closing = await newCase(swNdb);
    await requestClosure(swNdb, closing, { reason: "LOST_CONTACT", summary: "Parti", caseVersion: await caseVersion(closing) });
    // Another centre's submission counts for its own supervisor only.
    const elsewhere = await newCase(swNkn);
    await submitAssessment(swNkn, elsewhere, { ...completeAssessment, caseVersion: await caseVersion(elsewhere) });

    expect(await countPendingApprovals(supNdb)).toBe(2);
    expect(await countPendingApprovals(supNdb)).toBe((await listPendingApprovals(supNdb)).total);
    expect(await countPendingApprovals(supNkn)).toBe(1);

    await decideAssessment(supNdb, assessed, { decision: "approve", reason: "", caseVersion: await caseVersion(assessed) });
    expect(await countPendingApprovals(supNdb)).toBe(1);
    await decideClosure(supNdb, closing, { decision: "approve", caseVersion: await caseVersion(closing) });
    expect(await countPendingApprovals(supNdb)).toBe(0);
    expect(await countPendingApprovals(supNkn)).toBe(1);
  });

  it("is refused (not found) to a role that approves nothing, whatever it may read", async () => {
    const { swNdb, national, bid, ngoA, admin } = world.actors;
    for (const actor of [swNdb, national, bid, ngoA, admin]) {
      await expect(countPendingApprovals(actor)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
