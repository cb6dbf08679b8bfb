// The seed against a real database: reference data only without `demo`, then the demo data twice.
// The suites run in order on this file's own database: the first sees it empty.
import { beforeAll, describe, expect, it } from "vitest";
import { caseScope } from "@/lib/auth/scope";
import { refreshDueDates } from "@/lib/cases/case-write";
import { db } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { CENTRES, ORGANISATIONS } from "@/prisma/demo-data";
import { seed } from "@/prisma/seed";
import { DEMO_TODAY } from "@/prisma/seed-time";

const PAST_ASSESSMENT: CaseStatus[] = ["CASE_PLAN", "BID_PENDING", "IMPLEMENTATION", "FOLLOW_UP", "CLOSED", "TRANSFERRED"];

/** Every table the seed writes, with what a silent update would change. */
async function snapshot() {
  return {
    counts: await Promise.all([
      db.organisation.count(),
      db.centre.count(),
      db.userCentre.count(),
      db.caseNumberSequence.count(),
      db.caseReferral.count(),
      db.caseConsentShare.count(),
      db.assessment.count(),
      db.casePlan.count(),
      db.casePlanGoal.count(),
      db.caseNote.count(),
      db.caseClosure.count(),
      db.caseEvent.count(),
      db.auditEvent.count(),
      db.caseAccessLog.count(),
    ]),
    users: await db.user.findMany({ select: { id: true, updatedAt: true, passwordHash: true }, orderBy: { id: "asc" } }),
    cases: await db.case.findMany({ select: { id: true, version: true, updatedAt: true, searchName: true }, orderBy: { id: "asc" } }),
    sequences: await db.caseNumberSequence.findMany({ orderBy: [{ centreId: "asc" }, { year: "asc" }] }),
  };
}

async function organisationId(code: string): Promise<string> {
  return (await db.organisation.findUniqueOrThrow({ where: { code } })).id;
}

describe("seed without demo data", () => {
  it("creates the organisations and centres but no account and no child", async () => {
    await seed(db, { demo: false });
    expect(await db.organisation.count()).toBe(ORGANISATIONS.length);
    expect(await db.centre.count()).toBe(CENTRES.length);
    expect(await db.user.count()).toBe(0);
    expect(await db.case.count()).toBe(0);
  });
});

describe("seed with demo data", () => {
  let first: Awaited<ReturnType<typeof snapshot>>;
  let second: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    await seed(db);
    first = await snapshot();
    await seed(db);
    second = await snapshot();
  }, 120_000);

  it("creates about sixty children with their case files, and nothing more on a second run", () => {
    expect(first.cases.length).toBeGreaterThanOrEqual(55);
    expect(first.counts.every((n, i) => i >= 12 || n > 0)).toBe(true);
    expect(second).toEqual(first);
  });

  it("leaves the append-only logs alone", () => {
    const [auditEvents, accessLogs] = second.counts.slice(12);
    expect(auditEvents).toBe(0);
    expect(accessLogs).toBe(0);
  });

  it("shares five of the seven NGO-SAHEL referrals with the NGO, which sees exactly those", async () => {
    const ngo = await organisationId("NGO-SAHEL");
    const referrals = await db.caseReferral.findMany({ where: { organisationId: ngo }, select: { caseId: true } });
    const shared = new Set((await db.caseConsentShare.findMany({ where: { organisationId: ngo } })).map((s) => s.caseId));
    expect(referrals).toHaveLength(7);
    expect(referrals.filter((r) => shared.has(r.caseId))).toHaveLength(5);
    const ngoScope = caseScope({ role: "NGO_CASEWORKER", userId: "00000000-0000-0000-0000-000000000000", centreIds: [], organisationId: ngo });
    expect(await db.case.count({ where: ngoScope })).toBe(5);
  });

  it("records consent to share with IOM for every child awaiting a BID panel", async () => {
    const iom = await organisationId("IOM");
    const bidPending = await db.case.findMany({ where: { status: "BID_PENDING" }, select: { consentShares: { select: { organisationId: true } } } });
    expect(bidPending.length).toBeGreaterThan(0);
    for (const c of bidPending) expect(c.consentShares.map((s) => s.organisationId)).toContain(iom);
  });

  it("records consent for every child, with a handful who refused non-identifying reporting", async () => {
    expect(await db.case.count({ where: { OR: [{ consentGivenBy: null }, { consentCaseManagement: false }, { consentRecordedAt: null }] } })).toBe(0);
    const withoutReporting = await db.case.count({ where: { consentReporting: false } });
    expect(withoutReporting).toBeGreaterThanOrEqual(8);
    expect(withoutReporting).toBeLessThanOrEqual(10);
  });

  it("closes every CLOSED case with a date and one approved closure decided that day", async () => {
    const closed = await db.case.findMany({
      where: { status: "CLOSED" },
      select: { closedAt: true, arrivalDate: true, closures: { select: { status: true, decidedAt: true } } },
    });
    expect(closed.length).toBeGreaterThan(0);
    for (const c of closed) {
      expect(c.closedAt).not.toBeNull();
      expect(c.closedAt!.getTime()).toBeGreaterThan(c.arrivalDate.getTime());
      expect(c.closures).toEqual([{ status: "APPROVED", decidedAt: c.closedAt }]);
    }
    expect(await db.case.count({ where: { status: { not: "CLOSED" }, closedAt: { not: null } } })).toBe(0);
  });

  it("has an approved assessment for every case past assessment, and an open one for cases in assessment", async () => {
    const cases = await db.case.findMany({ select: { status: true, assessments: { select: { status: true } } } });
    for (const c of cases) {
      const statuses = c.assessments.map((a) => a.status);
      if (PAST_ASSESSMENT.includes(c.status)) expect(statuses).toContain("APPROVED");
      if (c.status === "ASSESSMENT") expect(statuses.length === 1 && ["DRAFT", "SUBMITTED"].includes(statuses[0])).toBe(true);
    }
  });

  it("has an approved plan with two or three goals for cases being implemented, followed up or closed", async () => {
    const cases = await db.case.findMany({
      where: { status: { in: ["IMPLEMENTATION", "FOLLOW_UP", "CLOSED"] } },
      select: { casePlans: { select: { status: true, _count: { select: { goals: true } } } } },
    });
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(c.casePlans).toHaveLength(1);
      expect(c.casePlans[0].status).toBe("APPROVED");
      expect([2, 3]).toContain(c.casePlans[0]._count.goals);
    }
  });

  it("starts every timeline with the registration, at the case's creation", async () => {
    const cases = await db.case.findMany({
      select: { caseNumber: true, createdAt: true, events: { orderBy: [{ at: "asc" }, { id: "asc" }], take: 1, select: { type: true, at: true, data: true } } },
    });
    for (const c of cases) expect(c.events[0]).toEqual({ type: "case.registered", at: c.createdAt, data: { caseNumber: c.caseNumber } });
  });

  it("leaves some open cases overdue and most on time on the demo's today; some are overdue now", async () => {
    const open = await db.case.findMany({ where: { status: { not: "CLOSED" } }, select: { nextDueAt: true } });
    const overdueOn = (day: Date) => open.filter((c) => c.nextDueAt && c.nextDueAt < day).length;
    expect(overdueOn(new Date(DEMO_TODAY))).toBeGreaterThan(0);
    expect(overdueOn(new Date(DEMO_TODAY))).toBeLessThan(open.length / 2);
    expect(overdueOn(new Date())).toBeGreaterThan(0);
  });

  it("stores the due dates the application computes from the same facts", async () => {
    const dueFields = { firstActionDueAt: true, assessmentDueAt: true, casePlanDueAt: true, followUpDueAt: true, nextDueAt: true } as const;
    const seeded = await db.case.findMany({ select: { id: true, ...dueFields }, orderBy: { id: "asc" } });
    const rollback = new Error("rollback");
    let refreshed: typeof seeded = [];
    await db
      .$transaction(async (tx) => {
        for (const { id } of seeded) await refreshDueDates(tx, id);
        refreshed = await tx.case.findMany({ select: { id: true, ...dueFields }, orderBy: { id: "asc" } });
        throw rollback;
      }, { timeout: 60_000 })
      .catch((error) => {
        if (error !== rollback) throw error;
      });
    expect(refreshed).toEqual(seeded);
  });

  it("gives every child a search name, and fills in a missing one on the next run without other changes", async () => {
    expect(await db.case.count({ where: { searchName: "" } })).toBe(0);
    const target = await db.case.findFirstOrThrow({ orderBy: { caseNumber: "asc" }, select: { id: true, searchName: true } });
    await db.$executeRaw`UPDATE "Case" SET "searchName" = '' WHERE "id" = ${target.id}::uuid`;
    await seed(db);
    expect(await snapshot()).toEqual(second);
    expect((await db.case.findUniqueOrThrow({ where: { id: target.id } })).searchName).toBe(target.searchName);
  });
});

describe("seed with demo data, after an administrator required two-step sign-in", () => {
  it("lets every demo account sign in with the password alone again, keeping the idle timeout", async () => {
    const security = () => db.setting.findUniqueOrThrow({ where: { key: "security" } });
    expect((await security()).value).toEqual({ twoFactorRequiredRoles: [], idleTimeoutMinutes: 15 });
    await db.setting.update({ where: { key: "security" }, data: { value: { twoFactorRequiredRoles: ["ADMINISTRATOR"], idleTimeoutMinutes: 30 } } });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@cpise.demo" } });
    await db.user.update({
      where: { id: admin.id },
      data: { totpSecret: "sealed", totpEnabledAt: new Date(), totpLastStep: 5, recoveryCodes: { create: [{ codeHash: "hash" }] } },
    });

    await seed(db);
    expect((await security()).value).toEqual({ twoFactorRequiredRoles: [], idleTimeoutMinutes: 30 });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await db.recoveryCode.count({ where: { userId: admin.id } })).toBe(0);
  }, 120_000);
});
