import { beforeAll, describe, expect, it } from "vitest";
import { getBidOverview } from "@/lib/bid/get-bid-overview";
import { addCaseToAgenda } from "@/lib/bid/manage-bid-agenda";
import { scheduleBidSession } from "@/lib/bid/schedule-bid-session";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidOutcome } from "@/lib/generated/prisma/enums";
import { referredCase, rosterMember } from "./bid-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const day = (offset: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset));

describe("getBidOverview", () => {
  it("queue oldest first, upcoming sessions, decisions awaiting signature, reviews due, counts by outcome", async () => {
    const chair = await rosterMember(world, "panel2", "CHAIR");
    const member = await rosterMember(world, "panel");
    const session = await scheduleBidSession(world.actors.bid, {
      scheduledAt: day(5).toISOString().slice(0, 10) + "T10:00",
      venue: "Salle A",
      chairId: chair,
      members: [{ panelMemberId: member, role: "MEMBER" }],
    });
    if (!session.ok) throw new Error("schedule");
    const sessionId = session.data.sessionId;

    const cases = [];
    for (let i = 0; i < 7; i += 1) cases.push(await referredCase(world, { ready: true }));
    const waiting = await referredCase(world, { ready: false });
    await db.bidReferral.update({ where: { id: waiting.referralId }, data: { referredAt: day(-12) } });
    for (const [i, c] of cases.entries()) {
      await addCaseToAgenda(world.actors.bid, sessionId, { referralId: c.referralId, version: i + 1 });
    }
    const items = await db.bidAgendaItem.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
    const signed = async (index: number, outcome: BidOutcome, reviewDate: Date | null) => {
      const d = await db.bidDecision.create({
        data: { agendaItemId: items[index].id, sessionId, caseId: items[index].caseId, recordedById: world.actors.bid.userId, outcome, reasons: "Motifs", reviewDate },
      });
      await db.bidDecision.update({ where: { id: d.id }, data: { signedAt: new Date(), signedById: world.actors.panel2.userId } });
      return d.id;
    };
    await signed(0, "LOCAL_INTEGRATION", day(10)); // review due
    await signed(1, "LOCAL_INTEGRATION", day(-3)); // overdue
    await signed(2, "RETURN_REUNIFICATION_ORIGIN", day(90)); // not due
    const superseded = await signed(3, "RESETTLEMENT", day(5));
    await db.bidDecision.update({ where: { id: superseded }, data: { supersededAt: new Date() } });
    await db.bidDecision.create({ data: { agendaItemId: items[4].id, sessionId, caseId: items[4].caseId, recordedById: world.actors.bid.userId } }); // awaiting

    const overview = await getBidOverview(world.actors.bid);
    expect(overview.queue.total).toBe(1);
    expect(overview.queue.entries[0]).toMatchObject({ referralId: waiting.referralId, waitingDays: 12, readiness: { ready: false } });
    expect(overview.upcoming.sessions.map((s) => [s.id, s.cases])).toEqual([[sessionId, 7]]);
    expect(overview.awaitingSignature.total).toBe(1);
    expect(overview.awaitingSignature.decisions[0].caseId).toBe(items[4].caseId);
    expect(overview.reviewsDue.total).toBe(2);
    expect(overview.reviewsDue.decisions.map((d) => [d.caseId, d.overdue])).toEqual([
      [items[1].caseId, true],
      [items[0].caseId, false],
    ]);
    expect(overview.outcomes).toEqual([
      { outcome: "LOCAL_INTEGRATION", count: 2 },
      { outcome: "RETURN_REUNIFICATION_ORIGIN", count: 1 },
    ]);
  });

  it("coordinator only", async () => {
    for (const key of ["panel", "swNdb", "supNdb", "national", "admin", "me"] as const) {
      await expect(getBidOverview(world.actors[key])).rejects.toThrow(NotFoundError);
    }
  });
});
