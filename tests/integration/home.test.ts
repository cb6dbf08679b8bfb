// The home pages' data: the social worker's due and overdue work, the panel member's sessions,
// declarations, dossiers and decisions to sign — each within the actor's scope.
import { beforeAll, describe, expect, it } from "vitest";
import { getPanelHome } from "@/lib/bid/get-panel-home";
import { getWorkerHome, type DueCase } from "@/lib/dashboards/get-worker-home";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CaseStatus, RiskLevel } from "@/lib/generated/prisma/enums";
import { newCase } from "./approval-helpers";
import { createRoster, declare, publishedSession, type Roster } from "./bid-panel-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("getWorkerHome", () => {
  // 10:00 UTC today: "today" runs until midnight UTC.
  const d = new Date();
  const now = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 10));

  type Due = { firstAction?: Date; assessment?: Date; casePlan?: Date; followUp?: Date; implementation?: Date; review?: Date };
  async function caseWith(due: Due, options: { risk?: RiskLevel; status?: CaseStatus; worker?: "swNdb" | "sw2Ndb" } = {}) {
    const caseId = await newCase(world.actors[options.worker ?? "swNdb"]);
    const dates = [due.firstAction, due.assessment, due.casePlan, due.followUp, due.implementation, due.review].filter((x): x is Date => !!x);
    const row = await db.case.update({
      where: { id: caseId },
      data: {
        firstActionDueAt: due.firstAction ?? null,
        assessmentDueAt: due.assessment ?? null,
        casePlanDueAt: due.casePlan ?? null,
        followUpDueAt: due.followUp ?? null,
        implementationDueAt: due.implementation ?? null,
        reviewDueAt: due.review ?? null,
        nextDueAt: dates.length ? new Date(Math.min(...dates.map((x) => x.getTime()))) : null,
        riskLevel: options.risk ?? null,
        status: options.status ?? "ASSESSMENT",
        closedAt: options.status === "CLOSED" ? now : null,
      },
      select: { caseNumber: true },
    });
    return row.caseNumber;
  }

  it("lists her cases with overdue work first (most overdue, then higher risk), then those due later today; nothing else", async () => {
    const oldest = await caseWith({ firstAction: new Date(now.getTime() - 3 * DAY) }, { risk: "LOW" });
    const lowSameDay = await caseWith({ assessment: new Date(now.getTime() - DAY) }, { risk: "LOW" });
    const highSameDay = await caseWith({ assessment: new Date(now.getTime() - DAY) }, { risk: "HIGH" });
    const two = await caseWith({ casePlan: new Date(now.getTime() - 2 * HOUR), followUp: new Date(now.getTime() + 5 * HOUR) }, { risk: "MEDIUM" });
    const implementing = await caseWith({ implementation: new Date(now.getTime() - 4 * HOUR), review: new Date(now.getTime() + 90 * DAY) }, { status: "IMPLEMENTATION" });
    const todayOnly = await caseWith({ followUp: new Date(now.getTime() + 3 * HOUR) });
    // Not listed: due tomorrow, finished, a review while a new referral is pending, another worker's case.
    const tomorrow = await caseWith({ followUp: new Date(now.getTime() + 15 * HOUR) });
    const closed = await caseWith({ firstAction: new Date(now.getTime() - 5 * DAY) }, { status: "CLOSED" });
    const pendingBid = await caseWith({ review: new Date(now.getTime() - DAY) }, { status: "BID_PENDING" });
    const colleague = await caseWith({ firstAction: new Date(now.getTime() - 4 * DAY) }, { worker: "sw2Ndb" });

    const home = await getWorkerHome(world.actors.swNdb, now);
    const show = (c: DueCase) => [c.caseNumber, ...c.work.map((w) => `${w.kind}${w.overdue ? " overdue" : ""}`)];
    expect(home.overdue.map(show)).toEqual([
      [oldest, "firstAction overdue"],
      [highSameDay, "assessment overdue"],
      [lowSameDay, "assessment overdue"],
      [implementing, "bidImplementation overdue"],
      // The rest of the case's work due today goes with it.
      [two, "casePlan overdue", "followUp"],
    ]);
    expect(home.dueToday.map(show)).toEqual([[todayOnly, "followUp"]]);
    expect(home.truncated).toBe(false);
    const listed = [...home.overdue, ...home.dueToday].map((c) => c.caseNumber);
    for (const absent of [tomorrow, closed, pendingBid, colleague]) expect(listed).not.toContain(absent);

    // Her colleague sees only his own case.
    const colleagueHome = await getWorkerHome(world.actors.sw2Ndb, now);
    expect([...colleagueHome.overdue, ...colleagueHome.dueToday].map((c) => c.caseNumber)).toEqual([colleague]);
    // A worker of another centre sees none of them.
    const other = await getWorkerHome(world.actors.swNkn, now);
    expect(other.overdue).toEqual([]);
    expect(other.dueToday).toEqual([]);
  });

  it("a case reassigned away leaves her home, even though she registered it", async () => {
    const moved = await caseWith({ firstAction: new Date(now.getTime() - 6 * DAY) });
    await db.case.updateMany({ where: { caseNumber: moved }, data: { assignedWorkerId: world.actors.sw2Ndb.userId } });
    const home = await getWorkerHome(world.actors.swNdb, now);
    expect(home.overdue.map((w) => w.caseNumber)).not.toContain(moved);
  });

  it("roles without a caseload of their own are refused", async () => {
    for (const key of ["supNdb", "national", "bid", "panel", "ngoA", "me", "admin"] as const) {
      await expect(getWorkerHome(world.actors[key], now)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("getPanelHome", () => {
  let roster: Roster;

  it("a panel member not on the roster has an empty home; other roles are refused", async () => {
    expect(await getPanelHome(world.actors.panel4)).toEqual({
      onRoster: false,
      undertakingSigned: false,
      upcoming: [],
      conflictDeclarations: [],
      dossiersToRead: [],
      toSign: [],
    });
    for (const key of ["swNdb", "supNdb", "bid", "national", "admin"] as const) {
      await expect(getPanelHome(world.actors[key])).rejects.toBeInstanceOf(NotFoundError);
    }
    roster = await createRoster(world);
  });

  it("lists her next sessions first, the declarations she has to make and the dossiers she may read", async () => {
    const later = await publishedSession(world, roster, 1);
    await db.bidSession.update({ where: { id: later.sessionId }, data: { scheduledAt: new Date(Date.now() + 9 * DAY) } });
    const next = await publishedSession(world, roster, 2);
    // Not hers: she is not invited; a draft is not published yet.
    const notInvited = await publishedSession(world, roster, 1, { members: [[roster.chair, "CHAIR"], [roster.oim, "MEMBER"]] });
    const draft = await publishedSession(world, roster, 1, { status: "DRAFT" });

    const hcr = world.actors.panel2;
    let home = await getPanelHome(hcr);
    expect(home.onRoster).toBe(true);
    expect(home.undertakingSigned).toBe(true);
    expect(home.upcoming.map((s) => [s.sessionId, s.myRole, s.cases])).toEqual([
      [next.sessionId, "MEMBER", 2],
      [later.sessionId, "MEMBER", 1],
    ]);
    expect(home.conflictDeclarations.map((c) => [c.sessionId, c.count])).toEqual([
      [next.sessionId, 2],
      [later.sessionId, 1],
    ]);
    expect(home.dossiersToRead).toEqual([]);
    expect(home.toSign).toEqual([]);

    // Declaring "no conflict" opens the dossier; declaring a conflict closes it for good.
    await declare(next.items[0].agendaItemId, roster.hcr);
    await declare(next.items[1].agendaItemId, roster.hcr, true);
    home = await getPanelHome(hcr);
    expect(home.conflictDeclarations.map((c) => [c.sessionId, c.count])).toEqual([[later.sessionId, 1]]);
    const numbers = await db.case.findMany({ where: { id: { in: next.items.map((i) => i.caseId) } }, select: { id: true, caseNumber: true } });
    const first = numbers.find((n) => n.id === next.items[0].caseId)!.caseNumber;
    expect(home.dossiersToRead.map((c) => [c.sessionId, c.caseNumber, c.position])).toEqual([[next.sessionId, first, 1]]);

    // Nothing of the sessions she is not invited to, or that are not published.
    const ids = JSON.stringify(home);
    for (const other of [notInvited, draft]) expect(ids).not.toContain(other.sessionId);
    // The invited chair sees the session she was not invited to.
    expect((await getPanelHome(world.actors.panel)).upcoming.map((s) => s.sessionId)).toContain(notInvited.sessionId);

    // Without the undertaking: it is the first declaration, and no dossier opens.
    await db.panelMember.update({ where: { id: roster.hcr }, data: { undertakingSignedAt: null } });
    home = await getPanelHome(hcr);
    expect(home.undertakingSigned).toBe(false);
    expect(home.dossiersToRead).toEqual([]);
    await db.panelMember.update({ where: { id: roster.hcr }, data: { undertakingSignedAt: new Date(Date.now() - DAY) } });
  });

  it("the chair sees the decisions awaiting her signature, except where she is recused; members do not", async () => {
    const held = await publishedSession(world, roster, 3, { status: "HELD" });
    await db.bidSession.update({ where: { id: held.sessionId }, data: { scheduledAt: new Date(Date.now() - DAY) } });
    await declare(held.items[0].agendaItemId, roster.chair);
    await declare(held.items[1].agendaItemId, roster.chair, true);
    for (const item of held.items.slice(0, 2)) {
      await db.bidDecision.create({ data: { agendaItemId: item.agendaItemId, sessionId: held.sessionId, caseId: item.caseId, recordedById: world.actors.bid.userId } });
    }
    const chairHome = await getPanelHome(world.actors.panel);
    const toSign = chairHome.toSign.filter((d) => d.sessionId === held.sessionId);
    expect(toSign.map((d) => d.position)).toEqual([1]);
    // A held session is no longer "upcoming"; its undeclared case with a decision waiting is still a declaration to make.
    expect(chairHome.upcoming.map((s) => s.sessionId)).not.toContain(held.sessionId);

    const memberHome = await getPanelHome(world.actors.panel3);
    expect(memberHome.toSign).toEqual([]);
    expect(memberHome.conflictDeclarations.find((c) => c.sessionId === held.sessionId)?.count).toBe(2);
  });
});
