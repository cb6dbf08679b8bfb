import { beforeAll, describe, expect, it } from "vitest";
import { getCaseBid } from "@/lib/bid/get-case-bid";
import { listBidQueue } from "@/lib/bid/list-bid-queue";
import { referCaseToBid } from "@/lib/bid/refer-case-to-bid";
import { saveFamilyTracing } from "@/lib/bid/save-family-tracing";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { caseRow, caseVersion, caseWithApprovedAssessment, eventTypes, newCase } from "./approval-helpers";
import { bidRowCounts, completeCaseFacts, referredCase } from "./bid-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const refer = async (key: keyof World["actors"], caseId: string, extra: Record<string, unknown> = {}) =>
  referCaseToBid(world.actors[key], caseId, { reason: "Solution durable à décider", caseVersion: await caseVersion(caseId), ...extra });

describe("referCaseToBid", () => {
  it("queues the referral, moves the case to BID_PENDING with timeline and audit", async () => {
    const caseId = await caseWithApprovedAssessment(world);
    const before = await caseRow(caseId);
    const result = await refer("swNdb", caseId, { familyTracingResult: "Oncle retrouvé à Bamako" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const referral = await db.bidReferral.findUniqueOrThrow({ where: { id: result.data.referralId } });
    expect(referral).toMatchObject({ caseId, status: "QUEUED", reason: "Solution durable à décider", familyTracingResult: "Oncle retrouvé à Bamako", referredById: world.actors.swNdb.userId });
    const after = await caseRow(caseId);
    expect(after.status).toBe("BID_PENDING");
    expect(after.version).toBe(before.version + 1);
    expect(result.data.caseVersion).toBe(after.version);
    // No case-plan due date while awaiting the BID.
    expect(after.casePlanDueAt).toBeNull();
    expect((await eventTypes(caseId)).slice(-2)).toEqual(["case.statusChanged", "bid.referred"]);
    expect(await db.auditEvent.count({ where: { action: "bid.referred", entityId: referral.id } })).toBe(1);
  });

  it("the supervisor may refer a case of their centre", async () => {
    const caseId = await caseWithApprovedAssessment(world);
    expect((await refer("supNdb", caseId)).ok).toBe(true);
  });

  it("refuses a second open referral for the same case, writing nothing", async () => {
    const { caseId } = await referredCase(world, { ready: false });
    const before = await bidRowCounts();
    await expect(refer("swNdb", caseId)).rejects.toThrow(InvalidStateError);
    expect(await bidRowCounts()).toEqual(before);
  });

  it("the partial unique index refuses a second open referral even past the check", async () => {
    const { caseId } = await referredCase(world, { ready: false });
    const first = await db.bidReferral.findFirstOrThrow({ where: { caseId } });
    await expect(
      db.bidReferral.create({ data: { caseId, assessmentId: first.assessmentId, reason: "x", referredById: world.actors.swNdb.userId } }),
    ).rejects.toThrow();
  });

  it("refuses a case without an approved BIA saying BID required", async () => {
    const caseId = await newCase(world.actors.swNdb);
    await expect(refer("swNdb", caseId)).rejects.toThrow(InvalidStateError);
    const approved = await caseWithApprovedAssessment(world);
    await db.assessment.updateMany({ where: { caseId: approved }, data: { bidRequired: false } });
    await expect(refer("swNdb", approved)).rejects.toThrow(expect.objectContaining({ reason: "noBidAssessment" }));
  });

  it("out of scope → NotFound: a worker of another centre, the coordinator, a panel member, a colleague not assigned", async () => {
    const caseId = await caseWithApprovedAssessment(world);
    const before = await bidRowCounts();
    for (const key of ["swNkn", "supNkn", "bid", "panel", "sw2Ndb", "national", "ngoA"] as const) {
      await expect(refer(key, caseId)).rejects.toThrow(NotFoundError);
    }
    expect(await bidRowCounts()).toEqual(before);
  });

  it("bad input and a stale case version write nothing", async () => {
    const caseId = await caseWithApprovedAssessment(world);
    const before = await bidRowCounts();
    expect(await refer("swNdb", caseId, { reason: "   " })).toEqual({ ok: false, fieldErrors: { reason: "required" } });
    await expect(refer("swNdb", caseId, { caseVersion: 1 })).rejects.toThrow(ConflictError);
    expect(await bidRowCounts()).toEqual(before);
    expect((await caseRow(caseId)).status).toBe("CASE_PLAN");
  });
});

describe("readiness, family tracing and the case BID tab", () => {
  it("the worker sees what is missing and fills in the tracing result", async () => {
    const { caseId } = await referredCase(world, { ready: false });
    await completeCaseFacts(caseId);
    const tab = await getCaseBid(world.actors.swNdb, caseId);
    expect(tab.openReferral?.readiness.missing).toEqual(["familyTracing"]);
    expect(tab.viewer).toEqual({ canRefer: false, canEditTracing: true });
    const saved = await saveFamilyTracing(world.actors.swNdb, caseId, { familyTracingResult: "Père joint par téléphone", version: tab.openReferral!.version });
    expect(saved).toEqual({ ok: true, data: { version: tab.openReferral!.version + 1 } });
    const after = await getCaseBid(world.actors.swNdb, caseId);
    expect(after.openReferral?.readiness.ready).toBe(true);
    // A stale version is a conflict.
    await expect(
      saveFamilyTracing(world.actors.swNdb, caseId, { familyTracingResult: "Autre", version: tab.openReferral!.version }),
    ).rejects.toThrow(ConflictError);
  });

  it("tracing: out of scope → NotFound, blank → field error, nothing written", async () => {
    const { caseId, referralId } = await referredCase(world, { ready: false });
    const before = await db.bidReferral.findUniqueOrThrow({ where: { id: referralId } });
    await expect(saveFamilyTracing(world.actors.swNkn, caseId, { familyTracingResult: "x", version: 1 })).rejects.toThrow(NotFoundError);
    await expect(saveFamilyTracing(world.actors.bid, caseId, { familyTracingResult: "x", version: 1 })).rejects.toThrow(NotFoundError);
    expect(await saveFamilyTracing(world.actors.swNdb, caseId, { familyTracingResult: " ", version: 1 })).toEqual({
      ok: false,
      fieldErrors: { familyTracingResult: "required" },
    });
    expect(await db.bidReferral.findUniqueOrThrow({ where: { id: referralId } })).toEqual(before);
  });

  it("case BID tab: the worker may refer an approved BID case; the coordinator reads referred cases only", async () => {
    const caseId = await caseWithApprovedAssessment(world);
    const tab = await getCaseBid(world.actors.swNdb, caseId);
    expect(tab.bidAssessment).not.toBeNull();
    expect(tab.viewer.canRefer).toBe(true);
    expect(tab.preReferralReadiness?.missing).toContain("familyTracing");
    await expect(getCaseBid(world.actors.bid, caseId)).rejects.toThrow(NotFoundError);
    await expect(getCaseBid(world.actors.swNkn, caseId)).rejects.toThrow(NotFoundError);
    await refer("swNdb", caseId);
    const coordinatorView = await getCaseBid(world.actors.bid, caseId);
    expect(coordinatorView.openReferral?.status).toBe("QUEUED");
    expect(coordinatorView.viewer).toEqual({ canRefer: false, canEditTracing: false });
    await expect(getCaseBid(world.actors.panel, caseId)).rejects.toThrow(NotFoundError);
  });
});

describe("listBidQueue", () => {
  it("oldest first with waiting days and readiness; coordinator only", async () => {
    const { referralId } = await referredCase(world, { ready: true });
    await db.bidReferral.update({ where: { id: referralId }, data: { referredAt: new Date(Date.now() - 40 * 86_400_000) } });
    const queue = await listBidQueue(world.actors.bid);
    expect(queue.entries[0]).toMatchObject({ referralId, waitingDays: 40, readiness: { ready: true } });
    expect(queue.total).toBe(await db.bidReferral.count({ where: { status: "QUEUED" } }));
    const days = queue.entries.map((e) => e.waitingDays);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    for (const key of ["swNdb", "supNdb", "panel", "national", "admin"] as const) {
      await expect(listBidQueue(world.actors[key])).rejects.toThrow(NotFoundError);
    }
  });

  it("paginates", async () => {
    const total = (await listBidQueue(world.actors.bid)).total;
    const page2 = await listBidQueue(world.actors.bid, { page: 2, pageSize: 2 });
    expect(page2.entries.length).toBe(Math.min(2, Math.max(0, total - 2)));
    expect(page2.total).toBe(total);
  });
});
