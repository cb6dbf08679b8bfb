// The BID part of the demo seed: roster with undertakings, referrals (ready / not ready), cases
// left to refer; a second run creates nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { checkReadiness, referralReadinessSelect } from "@/lib/bid/readiness";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { NOT_READY_REFERRALS, REFERABLE_CASES } from "@/prisma/seed-bid";

beforeAll(async () => {
  await seed(db);
}, 600_000);

describe("seedBid", () => {
  it("roster: five panel accounts, all but panel@cpise.demo with a signed undertaking", async () => {
    const roster = await db.panelMember.findMany({ select: { undertakingSignedAt: true, defaultRole: true, user: { select: { email: true } } } });
    expect(roster.map((r) => r.user.email).sort()).toEqual([
      "panel.hcr@cpise.demo",
      "panel.masef@cpise.demo",
      "panel.oim@cpise.demo",
      "panel.sahel@cpise.demo",
      "panel@cpise.demo",
    ]);
    for (const r of roster) expect(r.undertakingSignedAt === null).toBe(r.user.email === "panel@cpise.demo");
    expect(roster.find((r) => r.user.email === "panel.masef@cpise.demo")?.defaultRole).toBe("CHAIR");
  });

  it("the unlisted panel account exists, off the roster", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "panel.avenir@cpise.demo" }, select: { role: true, panelMember: true } });
    expect(user).toEqual({ role: "PANEL_MEMBER", panelMember: null });
  });

  it("every seeded BID_PENDING case has one referral; the chosen ones are not ready, the others ready", async () => {
    const pending = await db.case.findMany({
      where: { status: "BID_PENDING" },
      select: { caseNumber: true, bidReferrals: { select: { status: true, ...referralReadinessSelect } } },
      orderBy: { caseNumber: "asc" },
    });
    expect(pending.length).toBeGreaterThanOrEqual(5);
    for (const c of pending) {
      expect(c.bidReferrals).toHaveLength(1);
      expect(checkReadiness(c.bidReferrals[0]).ready).toBe(!NOT_READY_REFERRALS.includes(c.caseNumber));
    }
  });

  it("the cases left to refer have an approved BIA saying BID required and no referral", async () => {
    const cases = await db.case.findMany({
      where: { caseNumber: { in: REFERABLE_CASES } },
      select: { status: true, _count: { select: { bidReferrals: true } }, assessments: { where: { status: "APPROVED" }, orderBy: { decidedAt: "desc" }, take: 1 } },
    });
    expect(cases).toHaveLength(REFERABLE_CASES.length);
    for (const c of cases) {
      expect(c._count.bidReferrals).toBe(0);
      expect(c.assessments[0].bidRequired).toBe(true);
      expect(["CASE_PLAN", "IMPLEMENTATION", "FOLLOW_UP"]).toContain(c.status);
    }
  });

  it("a second run creates nothing", async () => {
    const counts = () => Promise.all([db.panelMember.count(), db.bidReferral.count(), db.caseEvent.count(), db.user.count()]);
    const before = await counts();
    await seed(db);
    expect(await counts()).toEqual(before);
  }, 600_000);
});
