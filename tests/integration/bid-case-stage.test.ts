// The case's BID tab after each step: where the case stands, the readiness list's tracing item,
// and a new referral only as a review, from shortly before the decision's review date.
import { beforeAll, describe, expect, it } from "vitest";
import { getCaseBid } from "@/lib/bid/get-case-bid";
import { referCaseToBid } from "@/lib/bid/refer-case-to-bid";
import { REVIEW_REFERRAL_DAYS } from "@/lib/bid/case-bid-stage";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { caseVersion } from "./approval-helpers";
import { bidRowCounts, referredCase } from "./bid-helpers";
import { createRoster, type Roster } from "./bid-panel-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
let roster: Roster;
beforeAll(async () => {
  world = await createWorld();
  roster = await createRoster(world);
});

const DAY = 86_400_000;

/** Puts the referral on a new session's agenda (SCHEDULED), as the coordinator would. */
async function onAgenda(caseId: string, referralId: string, status: "PUBLISHED" | "HELD" = "PUBLISHED") {
  const session = await db.bidSession.create({
    data: {
      scheduledAt: new Date(Date.now() + 3 * DAY),
      venue: "Salle du MASEF",
      chairId: roster.chair,
      status,
      publishedAt: new Date(Date.now() - DAY),
      createdById: world.actors.bid.userId,
      members: { create: [{ panelMemberId: roster.chair, role: "CHAIR" }] },
    },
  });
  await db.bidReferral.update({ where: { id: referralId }, data: { status: "SCHEDULED" } });
  const item = await db.bidAgendaItem.create({ data: { sessionId: session.id, referralId, caseId, position: 1 } });
  return { sessionId: session.id, agendaItemId: item.id };
}

/** The chair signed a decision with this review date: referral DECIDED, case in IMPLEMENTATION. */
async function decided(reviewInDays: number) {
  const { caseId, referralId } = await referredCase(world, { ready: true });
  const { sessionId, agendaItemId } = await onAgenda(caseId, referralId, "HELD");
  const decision = await db.bidDecision.create({
    data: {
      agendaItemId,
      sessionId,
      caseId,
      outcome: "LOCAL_INTEGRATION",
      reasons: "Scolarisé, famille introuvable.",
      implementationPlan: "Inscription scolaire",
      implementationDeadline: new Date(Date.now() + 20 * DAY),
      reviewDate: new Date(Date.now() + reviewInDays * DAY),
      recordedById: world.actors.bid.userId,
    },
  });
  await db.bidDecision.update({ where: { id: decision.id }, data: { signedAt: new Date(), signedById: world.actors.panel.userId } });
  await db.bidReferral.update({ where: { id: referralId }, data: { status: "DECIDED", closedAt: new Date() } });
  await db.case.update({ where: { id: caseId }, data: { status: "IMPLEMENTATION", version: { increment: 1 } } });
  return { caseId, decisionId: decision.id };
}

describe("the case's BID stage", () => {
  it("follows the referral: waiting, on the agenda of a session, awaiting the signature", async () => {
    const { caseId, referralId } = await referredCase(world, { ready: true });
    const sw = world.actors.swNdb;
    let tab = await getCaseBid(sw, caseId);
    expect(tab.stage).toMatchObject({ stage: "waiting" });

    const { sessionId, agendaItemId } = await onAgenda(caseId, referralId);
    tab = await getCaseBid(sw, caseId);
    expect(tab.stage).toMatchObject({ stage: "onAgenda", session: { id: sessionId, venue: "Salle du MASEF", status: "PUBLISHED" } });

    await db.bidSession.update({ where: { id: sessionId }, data: { status: "HELD" } });
    await db.bidDecision.create({ data: { agendaItemId, sessionId, caseId, recordedById: world.actors.bid.userId } });
    tab = await getCaseBid(sw, caseId);
    expect(tab.stage).toMatchObject({ stage: "awaitingSignature", session: { id: sessionId } });
    expect(tab.decisions).toEqual([]);

    // Outside her scope: as if the case did not exist.
    await expect(getCaseBid(world.actors.swNkn, caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCaseBid(world.actors.panel, caseId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("after the signed decision: implementation with its dates, no referral before the review window, the tracing result kept", async () => {
    const { caseId } = await decided(90);
    const tab = await getCaseBid(world.actors.swNdb, caseId);
    expect(tab.stage).toMatchObject({ stage: "implementation" });
    const reviewDate = tab.stage.stage === "implementation" ? tab.stage.reviewDate! : null;
    expect(reviewDate!.getTime()).toBeGreaterThan(Date.now());
    expect(tab.openReferral).toBeNull();
    expect(tab.viewer.canRefer).toBe(false);
    expect(tab.review?.due).toBe(false);
    expect(tab.review!.opensAt.getTime()).toBe(reviewDate!.getTime() - REVIEW_REFERRAL_DAYS * DAY);
    // The tracing result entered at referral is not "missing" afterwards.
    expect(tab.lastFamilyTracingResult).toBe("Mère retrouvée à Labé");
    expect(tab.preReferralReadiness?.items.find((i) => i.item === "familyTracing")?.done).toBe(true);

    // The DAL refuses the early referral and writes nothing.
    const before = await bidRowCounts();
    await expect(
      referCaseToBid(world.actors.swNdb, caseId, { reason: "Nouvelle situation", caseVersion: await caseVersion(caseId) }),
    ).rejects.toEqual(new InvalidStateError("reviewNotDue"));
    expect(await bidRowCounts()).toEqual(before);
  });

  it("within the review window a review referral is allowed; the case waits again with the decision in force shown", async () => {
    const { caseId, decisionId } = await decided(REVIEW_REFERRAL_DAYS - 5);
    let tab = await getCaseBid(world.actors.swNdb, caseId);
    expect(tab.review?.due).toBe(true);
    expect(tab.viewer.canRefer).toBe(true);
    // Read-only viewers never get the form.
    expect((await getCaseBid(world.actors.bid, caseId)).viewer.canRefer).toBe(false);

    const result = await referCaseToBid(world.actors.swNdb, caseId, {
      reason: "La famille d'accueil déménage.",
      familyTracingResult: tab.lastFamilyTracingResult ?? "",
      caseVersion: await caseVersion(caseId),
    });
    expect(result.ok).toBe(true);
    tab = await getCaseBid(world.actors.swNdb, caseId);
    expect(tab.stage).toMatchObject({ stage: "waiting" });
    expect(tab.openReferral?.familyTracingResult).toBe("Mère retrouvée à Labé");
    expect(tab.decisions.map((d) => [d.id, d.supersededAt])).toEqual([[decisionId, null]]);
  });
});
