import { beforeAll, describe, expect, it } from "vitest";
import { cancelBidSession } from "@/lib/bid/cancel-bid-session";
import { getBidSession } from "@/lib/bid/get-bid-session";
import { listBidSessions } from "@/lib/bid/list-bid-sessions";
import { listMyPanels } from "@/lib/bid/list-my-panels";
import { addCaseToAgenda, moveAgendaItem, removeCaseFromAgenda, setAgendaPresenter } from "@/lib/bid/manage-bid-agenda";
import { publishBidSession } from "@/lib/bid/publish-bid-session";
import { scheduleBidSession } from "@/lib/bid/schedule-bid-session";
import { updateBidSession } from "@/lib/bid/update-bid-session";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { updateBidConfig } from "@/lib/settings/update-bid-config";
import { bidRowCounts, referredCase, rosterMember } from "./bid-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
let chair: string; // panel2, MASEF
let iom: string; // panel, IOM
let ngo: string; // panel3, NGO-A
let observer: string; // panel4, NGO-B

beforeAll(async () => {
  world = await createWorld();
  chair = await rosterMember(world, "panel2", "CHAIR");
  iom = await rosterMember(world, "panel");
  ngo = await rosterMember(world, "panel3");
  observer = await rosterMember(world, "panel4", "OBSERVER");
});

const future = (days: number, time = "09:30") => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10) + `T${time}`;

function sessionInput(extra: Record<string, unknown> = {}) {
  return {
    scheduledAt: future(10),
    venue: "OIM Nouakchott, salle 2",
    remoteLink: "",
    chairId: chair,
    members: [
      { panelMemberId: iom, role: "MEMBER" },
      { panelMemberId: ngo, role: "MEMBER" },
      { panelMemberId: observer, role: "OBSERVER" },
    ],
    notes: "",
    ...extra,
  };
}

async function newSession(extra: Record<string, unknown> = {}) {
  const result = await scheduleBidSession(world.actors.bid, sessionInput(extra));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.sessionId;
}

describe("scheduleBidSession / updateBidSession", () => {
  it("creates a DRAFT with the chair invited as CHAIR and the members with their roles; planned quorum met", async () => {
    const sessionId = await newSession();
    const detail = await getBidSession(world.actors.bid, sessionId);
    expect(detail).toMatchObject({ status: "DRAFT", venue: "OIM Nouakchott, salle 2", chairId: chair, version: 1 });
    expect(detail.members.map((m) => [m.name, m.role]).sort()).toEqual([
      ["panel", "MEMBER"],
      ["panel2", "CHAIR"],
      ["panel3", "MEMBER"],
      ["panel4", "OBSERVER"],
    ]);
    expect(detail.quorum).toMatchObject({ met: true, voting: 3, organisations: 3 });
    expect(await db.auditEvent.count({ where: { action: "bid.sessionScheduled", entityId: sessionId } })).toBe(1);
  });

  it("bad input writes nothing: no place, unknown chair, inactive member, a second chair", async () => {
    const before = await bidRowCounts();
    expect(await scheduleBidSession(world.actors.bid, sessionInput({ venue: "" }))).toEqual({ ok: false, fieldErrors: { venue: "bid.placeRequired" } });
    expect(await scheduleBidSession(world.actors.bid, sessionInput({ scheduledAt: "2026-13-40T10:00" }))).toEqual({ ok: false, fieldErrors: { scheduledAt: "invalidDate" } });
    expect(await scheduleBidSession(world.actors.bid, sessionInput({ chairId: world.actors.swNdb.userId }))).toEqual({ ok: false, fieldErrors: { chairId: "bid.notActiveMember" } });
    expect(
      await scheduleBidSession(world.actors.bid, sessionInput({ members: [{ panelMemberId: iom, role: "CHAIR" }] })),
    ).toEqual({ ok: false, fieldErrors: { members: "bid.oneChair" } });
    await db.panelMember.update({ where: { id: ngo }, data: { active: false } });
    expect(await scheduleBidSession(world.actors.bid, sessionInput())).toEqual({ ok: false, fieldErrors: { members: "bid.notActiveMember" } });
    await db.panelMember.update({ where: { id: ngo }, data: { active: true } });
    expect(await bidRowCounts()).toEqual(before);
  });

  it("only the coordinator: panel members and caseworkers are refused", async () => {
    const sessionId = await newSession();
    for (const key of ["panel", "panel2", "swNdb", "supNdb", "admin"] as const) {
      await expect(scheduleBidSession(world.actors[key], sessionInput())).rejects.toThrow(NotFoundError);
      await expect(updateBidSession(world.actors[key], sessionId, { ...sessionInput(), version: 1 })).rejects.toThrow(NotFoundError);
      await expect(publishBidSession(world.actors[key], sessionId, { version: 1 })).rejects.toThrow(NotFoundError);
      await expect(cancelBidSession(world.actors[key], sessionId, { mode: "cancel", reason: "x", version: 1 })).rejects.toThrow(NotFoundError);
      await expect(getBidSession(world.actors[key], sessionId)).rejects.toThrow(NotFoundError);
      await expect(listBidSessions(world.actors[key])).rejects.toThrow(NotFoundError);
    }
  });

  it("updates date and members with the version read; a stale version is a conflict", async () => {
    const sessionId = await newSession();
    const result = await updateBidSession(world.actors.bid, sessionId, sessionInput({ scheduledAt: future(12, "14:00"), members: [{ panelMemberId: iom, role: "MEMBER" }], version: 1 }));
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    const detail = await getBidSession(world.actors.bid, sessionId);
    expect(detail.scheduledAt.toISOString().slice(0, 16)).toBe(future(12, "14:00"));
    expect(detail.members.map((m) => m.name).sort()).toEqual(["panel", "panel2"]);
    expect(detail.quorum).toMatchObject({ met: false, problems: ["tooFewVoting"] });
    const before = await bidRowCounts();
    await expect(updateBidSession(world.actors.bid, sessionId, sessionInput({ version: 1 }))).rejects.toThrow(ConflictError);
    expect(await bidRowCounts()).toEqual(before);
  });
});

describe("agenda, publishing, My panels", () => {
  it("adds READY cases (SCHEDULED, presenter = assigned worker), refuses unready ones, reorders", async () => {
    const sessionId = await newSession();
    const a = await referredCase(world, { ready: true });
    const b = await referredCase(world, { ready: true });
    const unready = await referredCase(world, { ready: false });
    expect(await addCaseToAgenda(world.actors.bid, sessionId, { referralId: a.referralId, version: 1 })).toEqual({ ok: true, data: { version: 2 } });
    expect((await addCaseToAgenda(world.actors.bid, sessionId, { referralId: b.referralId, version: 2 })).ok).toBe(true);

    const before = await bidRowCounts();
    await expect(addCaseToAgenda(world.actors.bid, sessionId, { referralId: unready.referralId, version: 3 })).rejects.toThrow(
      expect.objectContaining({ reason: "notReady" }),
    );
    // Already scheduled: not in the queue any more.
    await expect(addCaseToAgenda(world.actors.bid, sessionId, { referralId: a.referralId, version: 3 })).rejects.toThrow(
      expect.objectContaining({ reason: "notQueued" }),
    );
    await expect(addCaseToAgenda(world.actors.bid, sessionId, { referralId: b.referralId, version: 1 })).rejects.toThrow(ConflictError);
    expect(await bidRowCounts()).toEqual(before);
    expect((await db.bidReferral.findUniqueOrThrow({ where: { id: unready.referralId } })).status).toBe("QUEUED");

    let detail = await getBidSession(world.actors.bid, sessionId);
    expect(detail.agenda.map((i) => [i.position, i.caseId, i.referralStatus, i.presenterName])).toEqual([
      [1, a.caseId, "SCHEDULED", "swNdb"],
      [2, b.caseId, "SCHEDULED", "swNdb"],
    ]);
    expect(await moveAgendaItem(world.actors.bid, sessionId, { agendaItemId: detail.agenda[1].id, direction: "up", version: 3 })).toEqual({ ok: true, data: { version: 4 } });
    await expect(moveAgendaItem(world.actors.bid, sessionId, { agendaItemId: detail.agenda[1].id, direction: "up", version: 4 })).rejects.toThrow(InvalidStateError);
    detail = await getBidSession(world.actors.bid, sessionId);
    expect(detail.agenda.map((i) => i.caseId)).toEqual([b.caseId, a.caseId]);

    expect(await removeCaseFromAgenda(world.actors.bid, sessionId, { agendaItemId: detail.agenda[0].id, version: 4 })).toEqual({ ok: true, data: { version: 5 } });
    detail = await getBidSession(world.actors.bid, sessionId);
    expect(detail.agenda.map((i) => [i.position, i.caseId])).toEqual([[1, a.caseId]]);
    expect((await db.bidReferral.findUniqueOrThrow({ where: { id: b.referralId } })).status).toBe("QUEUED");
  });

  it("the presenter can be changed to another worker of the case's centre only", async () => {
    const sessionId = await newSession();
    const a = await referredCase(world, { ready: true });
    await addCaseToAgenda(world.actors.bid, sessionId, { referralId: a.referralId, version: 1 });
    const [item] = (await getBidSession(world.actors.bid, sessionId)).agenda;
    expect(item.presenterOptions.map((o) => o.name).sort()).toEqual(["supNdb", "sw2Ndb", "swNdb"]);
    expect(await setAgendaPresenter(world.actors.bid, sessionId, { agendaItemId: item.id, presenterId: world.actors.sw2Ndb.userId, version: 2 })).toEqual({
      ok: true,
      data: { version: 3 },
    });
    expect((await getBidSession(world.actors.bid, sessionId)).agenda[0].presenterName).toBe("sw2Ndb");
    const before = await bidRowCounts();
    expect(await setAgendaPresenter(world.actors.bid, sessionId, { agendaItemId: item.id, presenterId: world.actors.swNkn.userId, version: 3 })).toEqual({
      ok: false,
      fieldErrors: { presenterId: "invalid" },
    });
    await expect(setAgendaPresenter(world.actors.bid, sessionId, { agendaItemId: item.id, presenterId: world.actors.swNdb.userId, version: 2 })).rejects.toThrow(ConflictError);
    await expect(setAgendaPresenter(world.actors.panel, sessionId, { agendaItemId: item.id, presenterId: world.actors.swNdb.userId, version: 3 })).rejects.toThrow(NotFoundError);
    expect(await bidRowCounts()).toEqual(before);
    expect((await getBidSession(world.actors.bid, sessionId)).agenda[0].presenterName).toBe("sw2Ndb");
  });

  it("publishing needs an agenda and the planned quorum; then invited members see it in My panels", async () => {
    const sessionId = await newSession({ members: [{ panelMemberId: iom, role: "MEMBER" }, { panelMemberId: observer, role: "OBSERVER" }] });
    await expect(publishBidSession(world.actors.bid, sessionId, { version: 1 })).rejects.toThrow(expect.objectContaining({ reason: "emptyAgenda" }));
    const c = await referredCase(world, { ready: true });
    await addCaseToAgenda(world.actors.bid, sessionId, { referralId: c.referralId, version: 1 });
    await expect(publishBidSession(world.actors.bid, sessionId, { version: 2 })).rejects.toThrow(expect.objectContaining({ reason: "noQuorum" }));
    expect((await db.bidSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("DRAFT");
    expect((await listMyPanels(world.actors.panel)).panels.map((p) => p.sessionId)).not.toContain(sessionId);

    // The configured rule applies: 2 voting members from 2 organisations is enough once configured.
    expect(await updateBidConfig(world.actors.admin, { minVoting: 2, minOrganisations: 2, chairRequired: true, panelAccessDays: 7 })).toEqual({ ok: true, data: undefined });
    expect(await publishBidSession(world.actors.bid, sessionId, { version: 2 })).toEqual({ ok: true, data: { version: 3 } });
    const published = await db.bidSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);

    const mine = await listMyPanels(world.actors.panel);
    expect(mine.panels.find((p) => p.sessionId === sessionId)).toMatchObject({ myRole: "MEMBER", cases: 1, chairName: "panel2", status: "PUBLISHED" });
    // Not invited: not shown.
    expect((await listMyPanels(world.actors.panel3)).panels.map((p) => p.sessionId)).not.toContain(sessionId);
    // A date change after publishing is what members read next.
    await updateBidSession(world.actors.bid, sessionId, sessionInput({ scheduledAt: future(20, "11:00"), members: [{ panelMemberId: iom, role: "MEMBER" }, { panelMemberId: observer, role: "OBSERVER" }], version: 3 }));
    expect((await listMyPanels(world.actors.panel)).panels.find((p) => p.sessionId === sessionId)?.scheduledAt.toISOString().slice(0, 16)).toBe(future(20, "11:00"));
    // A published session cannot lose its planned quorum nor its last case.
    const beforeRefusals = await bidRowCounts();
    await expect(
      updateBidSession(world.actors.bid, sessionId, sessionInput({ members: [{ panelMemberId: observer, role: "OBSERVER" }], version: 4 })),
    ).rejects.toThrow(expect.objectContaining({ reason: "quorumLost" }));
    const onlyItem = await db.bidAgendaItem.findFirstOrThrow({ where: { sessionId } });
    await expect(removeCaseFromAgenda(world.actors.bid, sessionId, { agendaItemId: onlyItem.id, version: 4 })).rejects.toThrow(
      expect.objectContaining({ reason: "lastCase" }),
    );
    expect(await bidRowCounts()).toEqual(beforeRefusals);
    expect((await getBidSession(world.actors.bid, sessionId)).members).toHaveLength(3);
    await updateBidConfig(world.actors.admin, { minVoting: 3, minOrganisations: 2, chairRequired: true, panelAccessDays: 7 });
    await expect(listMyPanels(world.actors.bid)).rejects.toThrow(NotFoundError);
    await expect(listMyPanels(world.actors.swNdb)).rejects.toThrow(NotFoundError);
  });

  it("cancel: in one step the cases return to the queue, agenda kept as history, members no longer see it", async () => {
    const sessionId = await newSession();
    const a = await referredCase(world, { ready: true });
    const b = await referredCase(world, { ready: true });
    await addCaseToAgenda(world.actors.bid, sessionId, { referralId: a.referralId, version: 1 });
    await addCaseToAgenda(world.actors.bid, sessionId, { referralId: b.referralId, version: 2 });
    await publishBidSession(world.actors.bid, sessionId, { version: 3 });
    expect((await listMyPanels(world.actors.panel)).panels.map((p) => p.sessionId)).toContain(sessionId);

    const before = await bidRowCounts();
    expect(await cancelBidSession(world.actors.bid, sessionId, { mode: "cancel", reason: " ", version: 4 })).toEqual({ ok: false, fieldErrors: { reason: "required" } });
    await expect(cancelBidSession(world.actors.bid, sessionId, { mode: "cancel", reason: "Salle indisponible", version: 3 })).rejects.toThrow(ConflictError);
    expect(await bidRowCounts()).toEqual(before);

    expect(await cancelBidSession(world.actors.bid, sessionId, { mode: "cancel", reason: "Salle indisponible", version: 4 })).toEqual({ ok: true, data: { version: 5, newSessionId: null } });
    const session = await db.bidSession.findUniqueOrThrow({ where: { id: sessionId }, include: { agenda: true } });
    expect(session).toMatchObject({ status: "CANCELLED", statusReason: "Salle indisponible" });
    expect(session.agenda).toHaveLength(2);
    for (const r of [a, b]) expect((await db.bidReferral.findUniqueOrThrow({ where: { id: r.referralId } })).status).toBe("QUEUED");
    expect((await listMyPanels(world.actors.panel)).panels.map((p) => p.sessionId)).not.toContain(sessionId);
    await expect(addCaseToAgenda(world.actors.bid, sessionId, { referralId: a.referralId, version: 5 })).rejects.toThrow(
      expect.objectContaining({ reason: "sessionClosed" }),
    );
    // The returned cases can go on another session.
    const next = await newSession();
    expect((await addCaseToAgenda(world.actors.bid, next, { referralId: a.referralId, version: 1 })).ok).toBe(true);
  });

  it("postpone with a new date prepares a new draft with the same chair and members", async () => {
    const sessionId = await newSession();
    const a = await referredCase(world, { ready: true });
    await addCaseToAgenda(world.actors.bid, sessionId, { referralId: a.referralId, version: 1 });
    const result = await cancelBidSession(world.actors.bid, sessionId, { mode: "postpone", reason: "Président absent", newDate: future(30, "10:00"), version: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await db.bidSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("POSTPONED");
    const draft = await getBidSession(world.actors.bid, result.data.newSessionId!);
    expect(draft).toMatchObject({ status: "DRAFT", chairId: chair, agenda: [] });
    expect(draft.members).toHaveLength(4);
    expect((await db.bidReferral.findUniqueOrThrow({ where: { id: a.referralId } })).status).toBe("QUEUED");
  });

  it("a session with a decision cannot be called off; listBidSessions lists upcoming soonest first", async () => {
    const sessionId = await newSession({ scheduledAt: future(1) });
    const a = await referredCase(world, { ready: true });
    await addCaseToAgenda(world.actors.bid, sessionId, { referralId: a.referralId, version: 1 });
    const item = await db.bidAgendaItem.findFirstOrThrow({ where: { sessionId } });
    await db.bidDecision.create({ data: { agendaItemId: item.id, sessionId, caseId: a.caseId, recordedById: world.actors.bid.userId } });
    await expect(cancelBidSession(world.actors.bid, sessionId, { mode: "cancel", reason: "x", version: 2 })).rejects.toThrow(
      expect.objectContaining({ reason: "hasDecision" }),
    );
    await expect(removeCaseFromAgenda(world.actors.bid, sessionId, { agendaItemId: item.id, version: 2 })).rejects.toThrow(InvalidStateError);
    const upcoming = await listBidSessions(world.actors.bid);
    const dates = upcoming.sessions.map((s) => s.scheduledAt.getTime());
    expect(dates).toEqual([...dates].sort((x, y) => x - y));
    expect(upcoming.sessions.every((s) => s.status === "DRAFT" || s.status === "PUBLISHED")).toBe(true);
    expect(upcoming.sessions.find((s) => s.id === sessionId)).toMatchObject({ cases: 1, members: 4, chairName: "panel2" });
  });
});
