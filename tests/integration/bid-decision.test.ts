// BID decisions: holding the session (attendance, decision, votes), signing and the
// lock, superseding, the decision record and the minutes.
import { beforeAll, describe, expect, it } from "vitest";
import { getBidDecision } from "@/lib/bid/get-bid-decision";
import { getCaseBid } from "@/lib/bid/get-case-bid";
import { getSessionForHolding } from "@/lib/bid/get-session-for-holding";
import { recordAttendance } from "@/lib/bid/record-attendance";
import { saveBidDecision } from "@/lib/bid/save-bid-decision";
import { getSessionMinutes } from "@/lib/bid/session-minutes";
import { signBidDecision } from "@/lib/bid/sign-bid-decision";
import { supersedeBidDecision } from "@/lib/bid/supersede-bid-decision";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { completeAssessment, eventTypes, inDays } from "./approval-helpers";
import { bidCounts, createRoster, declare, publishedSession, sessionVersion, type Roster, type TestSession } from "./bid-panel-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
let roster: Roster;
beforeAll(async () => {
  world = await createWorld();
  roster = await createRoster(world);
});

const notFound = expect.any(NotFoundError);

/** Chair (IOM), HCR (MASEF), OIM (NGO-A) present; NGO (NGO-B) absent. */
async function heldSession(cases = 1): Promise<TestSession> {
  const s = await publishedSession(world, roster, cases);
  const result = await recordAttendance(world.actors.bid, s.sessionId, {
    sessionVersion: await sessionVersion(s.sessionId),
    attendance: { [roster.chair]: "present", [roster.hcr]: "present", [roster.oim]: "present", [roster.ngo]: "absent" },
  });
  if (!result.ok) throw new Error("attendance failed");
  return s;
}

function completeDecision(overrides: Record<string, unknown> = {}) {
  return {
    options: [
      { option: "Réunification à Conakry", pros: "Mère joignable", cons: "Voyage" },
      { option: "Intégration locale", pros: "Scolarisé", cons: "Sans famille" },
    ],
    childViewsHeard: "Entendu avec interprète peul ; souhaite rejoindre sa mère.",
    outcome: "RETURN_REUNIFICATION_ORIGIN",
    reasons: "Mère retrouvée, évaluation favorable.",
    conditions: "Visite de suivi à 3 mois",
    implementationPlan: "OIM organise le retour ; MASEF prépare le dossier.",
    implementationOrgId: world.organisations.IOM,
    implementationDeadline: inDays(30),
    reviewDate: inDays(90),
    votes: [
      { panelMemberId: roster.chair, choice: "FOR" },
      { panelMemberId: roster.hcr, choice: "FOR" },
      { panelMemberId: roster.oim, choice: "AGAINST", dissentingOpinion: "Intégration locale préférable" },
    ],
    ...overrides,
  };
}

describe("attendance", () => {
  it("recording attendance holds the session; every member needs a mark; stale version → conflict", async () => {
    const s = await publishedSession(world, roster, 1);
    const version = await sessionVersion(s.sessionId);
    const before = await bidCounts();
    const partial = await recordAttendance(world.actors.bid, s.sessionId, { sessionVersion: version, attendance: { [roster.chair]: "present" } });
    expect(partial.ok).toBe(false);
    expect(await bidCounts()).toEqual(before);

    const all = { [roster.chair]: "present", [roster.hcr]: "present", [roster.oim]: "absent", [roster.ngo]: "present" };
    expect(await recordAttendance(world.actors.bid, s.sessionId, { sessionVersion: version, attendance: all })).toEqual({
      ok: true,
      data: { sessionVersion: version + 1 },
    });
    const session = await db.bidSession.findUniqueOrThrow({ where: { id: s.sessionId }, include: { members: true } });
    expect(session.status).toBe("HELD");
    expect(session.heldAt).not.toBeNull();
    expect(session.members.find((m) => m.panelMemberId === roster.oim)?.attended).toBe(false);
    await expect(recordAttendance(world.actors.bid, s.sessionId, { sessionVersion: version, attendance: all })).rejects.toBeInstanceOf(ConflictError);
  });

  it("only the coordinator; not for a draft session", async () => {
    const s = await publishedSession(world, roster, 1);
    const input = { sessionVersion: 1, attendance: { [roster.chair]: "present", [roster.hcr]: "present", [roster.oim]: "present", [roster.ngo]: "present" } };
    for (const key of ["panel", "swNdb", "supNdb", "admin"] as const) {
      await expect(recordAttendance(world.actors[key], s.sessionId, input)).rejects.toEqual(notFound);
    }
    const draft = await publishedSession(world, roster, 1, { status: "DRAFT" });
    await expect(recordAttendance(world.actors.bid, draft.sessionId, input)).rejects.toEqual(new InvalidStateError("sessionNotPublished"));
  });
});

describe("recording the decision", () => {
  it("saves a draft, then a complete record with votes; versioned against a second coordinator", async () => {
    const s = await heldSession();
    const item = s.items[0];
    const draft = await saveBidDecision(world.actors.bid, s.sessionId, item.agendaItemId, { decisionVersion: 0, childViewsHeard: "En cours" });
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    expect(draft.data.decisionVersion).toBe(1);
    // A second coordinator who loaded the empty form too.
    await expect(saveBidDecision(world.actors.bid, s.sessionId, item.agendaItemId, { decisionVersion: 0, reasons: "x" })).rejects.toBeInstanceOf(ConflictError);

    const saved = await saveBidDecision(world.actors.bid, s.sessionId, item.agendaItemId, { decisionVersion: 1, ...completeDecision() });
    expect(saved).toEqual({ ok: true, data: { decisionId: draft.data.decisionId, decisionVersion: 2 } });
    await expect(saveBidDecision(world.actors.bid, s.sessionId, item.agendaItemId, { decisionVersion: 1, ...completeDecision() })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const row = await db.bidDecision.findUniqueOrThrow({ where: { id: draft.data.decisionId }, include: { votes: true } });
    expect(row.outcome).toBe("RETURN_REUNIFICATION_ORIGIN");
    expect(row.optionsConsidered).toHaveLength(2);
    expect(row.votes.map((v) => [v.panelMemberId, v.choice, v.dissentingOpinion]).sort()).toEqual(
      [
        [roster.chair, "FOR", null],
        [roster.hcr, "FOR", null],
        [roster.oim, "AGAINST", "Intégration locale préférable"],
      ].sort(),
    );
    const view = await getSessionForHolding(world.actors.bid, s.sessionId);
    expect(view.agenda[0].problems).toEqual([]);
    expect(view.agenda[0].quorum.met).toBe(true);
    // The options the case's assessment wrote come with the session, for a new decision's first rows.
    expect(view.assessmentOptions.get(view.agenda[0].agendaItemId)).toBe(completeAssessment.options);
  });

  it("bad input writes nothing: option without a name, unknown outcome, bad date, unknown organisation", async () => {
    const s = await heldSession();
    const item = s.items[0].agendaItemId;
    const before = await bidCounts();
    const bad = [
      { options: [{ option: "", pros: "x" }] },
      { outcome: "ADOPTION" },
      { implementationDeadline: "2026-02-31" },
      { implementationOrgId: "7b0c3c1e-1111-4111-8111-111111111111" },
      { votes: [{ panelMemberId: roster.hcr, choice: "MAYBE" }] },
    ];
    for (const input of bad) {
      const result = await saveBidDecision(world.actors.bid, s.sessionId, item, { decisionVersion: 0, ...completeDecision(input) });
      expect(result.ok).toBe(false);
    }
    expect(await bidCounts()).toEqual(before);
  });

  it("votes by an absent, recused or non-voting member are refused (DAL and trigger)", async () => {
    const s = await publishedSession(world, roster, 1, {
      members: [
        [roster.chair, "CHAIR"],
        [roster.hcr, "MEMBER"],
        [roster.oim, "MEMBER"],
        [roster.ngo, "OBSERVER"],
      ],
    });
    // Add a fourth voter from another organisation so quorum survives a recusal.
    const extra = await db.user.create({
      data: { email: "extra@test.example", name: "Extra", role: "PANEL_MEMBER", organisationId: world.organisations["NGO-B"], passwordHash: "x" },
    });
    const extraMember = await db.panelMember.create({ data: { userId: extra.id, expertise: "Droit", undertakingSignedAt: new Date() } });
    await db.bidSessionMember.create({ data: { sessionId: s.sessionId, panelMemberId: extraMember.id, role: "MEMBER" } });
    await recordAttendance(world.actors.bid, s.sessionId, {
      sessionVersion: await sessionVersion(s.sessionId),
      attendance: { [roster.chair]: "present", [roster.hcr]: "present", [roster.oim]: "present", [roster.ngo]: "present", [extraMember.id]: "absent" },
    });
    const item = s.items[0].agendaItemId;
    await declare(item, roster.oim, true);
    // chair IOM + hcr MASEF present and not recused: 2 voters → below the default quorum of 3.
    await expect(saveBidDecision(world.actors.bid, s.sessionId, item, { decisionVersion: 0 })).rejects.toEqual(new InvalidStateError("noQuorum"));

    await db.bidSessionMember.update({ where: { sessionId_panelMemberId: { sessionId: s.sessionId, panelMemberId: extraMember.id } }, data: { attended: true } });
    const before = await bidCounts();
    for (const voter of [roster.oim, roster.ngo]) {
      await expect(
        saveBidDecision(world.actors.bid, s.sessionId, item, { decisionVersion: 0, votes: [{ panelMemberId: voter, choice: "FOR" }] }),
      ).rejects.toEqual(new InvalidStateError("notEligibleVoter"));
    }
    expect(await bidCounts()).toEqual(before);
    const ok = await saveBidDecision(world.actors.bid, s.sessionId, item, { decisionVersion: 0, votes: [{ panelMemberId: roster.hcr, choice: "FOR" }] });
    if (!ok.ok) throw new Error("save failed");
    // The trigger refuses what the DAL would: recused, observer, absent.
    await db.bidSessionMember.update({ where: { sessionId_panelMemberId: { sessionId: s.sessionId, panelMemberId: extraMember.id } }, data: { attended: false } });
    for (const panelMemberId of [roster.oim, roster.ngo, extraMember.id]) {
      await expect(db.bidVote.create({ data: { decisionId: ok.data.decisionId, panelMemberId, choice: "FOR" } })).rejects.toThrow();
    }
  });

  it("no decision before attendance; only the coordinator; items of another session 404", async () => {
    const s = await publishedSession(world, roster, 1);
    await expect(saveBidDecision(world.actors.bid, s.sessionId, s.items[0].agendaItemId, { decisionVersion: 0 })).rejects.toEqual(
      new InvalidStateError("sessionNotHeld"),
    );
    const held = await heldSession();
    for (const key of ["panel", "swNdb", "supNdb", "national"] as const) {
      await expect(saveBidDecision(world.actors[key], held.sessionId, held.items[0].agendaItemId, { decisionVersion: 0 })).rejects.toEqual(notFound);
    }
    await expect(saveBidDecision(world.actors.bid, held.sessionId, s.items[0].agendaItemId, { decisionVersion: 0 })).rejects.toEqual(notFound);
    await expect(getSessionForHolding(world.actors.panel, held.sessionId)).rejects.toEqual(notFound);
  });
});

describe("signing and the lock", () => {
  async function recorded(overrides: Record<string, unknown> = {}) {
    const s = await heldSession();
    const saved = await saveBidDecision(world.actors.bid, s.sessionId, s.items[0].agendaItemId, { decisionVersion: 0, ...completeDecision(overrides) });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    return { ...s, item: s.items[0], decisionId: saved.data.decisionId, version: saved.data.decisionVersion };
  }

  async function chairDeclares(agendaItemId: string) {
    await declare(agendaItemId, roster.chair);
  }

  it("the chair signs: locked, case → IMPLEMENTATION with due dates, referral DECIDED, access window, events and audit", async () => {
    const r = await recorded();
    await declare(r.item.agendaItemId, roster.hcr);
    await db.case.update({ where: { id: r.item.caseId }, data: { firstActionAt: new Date() } });
    // The chair has not declared "no conflict" for the case yet.
    await expect(signBidDecision(world.actors.panel, r.decisionId, { decisionVersion: r.version })).rejects.toEqual(
      new InvalidStateError("chairNotDeclared"),
    );
    await chairDeclares(r.item.agendaItemId);
    const before = await getBidDecision(world.actors.panel, r.decisionId);
    expect(before.viewer.canSign).toBe(true);
    expect((await getBidDecision(world.actors.panel2, r.decisionId)).viewer.canSign).toBe(false);
    const result = await signBidDecision(world.actors.panel, r.decisionId, { decisionVersion: r.version });
    expect(result).toEqual({ ok: true, data: { caseStatus: "IMPLEMENTATION" } });

    const decision = await db.bidDecision.findUniqueOrThrow({ where: { id: r.decisionId } });
    expect(decision.signedAt).not.toBeNull();
    expect(decision.signedById).toBe(world.actors.panel.userId);
    const kase = await db.case.findUniqueOrThrow({ where: { id: r.item.caseId } });
    expect(kase.status).toBe("IMPLEMENTATION");
    expect(kase.implementationDueAt?.toISOString().slice(0, 10)).toBe(inDays(30));
    expect(kase.reviewDueAt?.toISOString().slice(0, 10)).toBe(inDays(90));
    // The decision takes the case plan's place; the implementation deadline is next.
    expect(kase.casePlanDueAt).toBeNull();
    expect(kase.nextDueAt?.toISOString()).toBe(kase.implementationDueAt?.toISOString());
    const referral = await db.bidReferral.findUniqueOrThrow({ where: { id: r.item.referralId } });
    expect(referral.status).toBe("DECIDED");
    expect(referral.closedAt).not.toBeNull();
    const item = await db.bidAgendaItem.findUniqueOrThrow({ where: { id: r.item.agendaItemId } });
    expect(Math.round((item.accessUntil!.getTime() - decision.signedAt!.getTime()) / 86_400_000)).toBe(7);
    expect((await eventTypes(r.item.caseId)).slice(-2)).toEqual(["bid.decisionSigned", "case.statusChanged"]);
    expect(await db.auditEvent.count({ where: { action: "bid.decisionSigned", entityId: r.decisionId } })).toBe(1);

    // The case's team reads what was decided on the case's BID tab — without the members' votes.
    const caseBid = await getCaseBid(world.actors.swNdb, r.item.caseId);
    expect(caseBid.decisions).toHaveLength(1);
    expect(caseBid.decisions[0]).toMatchObject({ id: r.decisionId, outcome: "RETURN_REUNIFICATION_ORIGIN", implementationOrg: { name: "IOM" }, supersededAt: null });
    expect(caseBid.decisions[0].implementationDeadline?.toISOString().slice(0, 10)).toBe(inDays(30));
    expect(Object.keys(caseBid.decisions[0])).not.toContain("votes");
    await expect(getCaseBid(world.actors.swNkn, r.item.caseId)).rejects.toEqual(notFound);

    // The lock: the database refuses any change; the DAL refuses with a translated reason.
    await expect(db.bidDecision.update({ where: { id: r.decisionId }, data: { reasons: "Autre" } })).rejects.toThrow(/signed and cannot be changed/);
    await expect(db.bidDecision.delete({ where: { id: r.decisionId } })).rejects.toThrow();
    await expect(db.bidVote.deleteMany({ where: { decisionId: r.decisionId } })).rejects.toThrow();
    await expect(
      saveBidDecision(world.actors.bid, r.sessionId, r.item.agendaItemId, { decisionVersion: r.version + 1, ...completeDecision() }),
    ).rejects.toEqual(new InvalidStateError("decisionSigned"));
    await expect(signBidDecision(world.actors.panel, r.decisionId, { decisionVersion: r.version + 1 })).rejects.toEqual(new InvalidStateError("decisionSigned"));
    // Attendance is final once a decision is signed.
    await expect(
      recordAttendance(world.actors.bid, r.sessionId, {
        sessionVersion: await sessionVersion(r.sessionId),
        attendance: { [roster.chair]: "present", [roster.hcr]: "present", [roster.oim]: "present", [roster.ngo]: "present" },
      }),
    ).rejects.toEqual(new InvalidStateError("decisionSigned"));
  });

  it("refused: incomplete, not carried, not the chair, stale version, no quorum — nothing written", async () => {
    const incomplete = await recorded({ reviewDate: "", votes: [{ panelMemberId: roster.chair, choice: "FOR" }] });
    await chairDeclares(incomplete.item.agendaItemId);
    const notCarried = await recorded({
      votes: [
        { panelMemberId: roster.chair, choice: "FOR" },
        { panelMemberId: roster.hcr, choice: "AGAINST" },
        { panelMemberId: roster.oim, choice: "ABSTAIN" },
      ],
    });
    await chairDeclares(notCarried.item.agendaItemId);
    await expect(signBidDecision(world.actors.panel, notCarried.decisionId, { decisionVersion: notCarried.version })).rejects.toEqual(
      new InvalidStateError("decisionIncomplete"),
    );
    const r = await recorded();
    await chairDeclares(r.item.agendaItemId);
    await expect(signBidDecision(world.actors.panel2, r.decisionId, { decisionVersion: r.version })).rejects.toEqual(notFound);
    await expect(signBidDecision(world.actors.bid, r.decisionId, { decisionVersion: r.version })).rejects.toEqual(notFound);
    await expect(signBidDecision(world.actors.panel, r.decisionId, { decisionVersion: r.version + 5 })).rejects.toBeInstanceOf(ConflictError);
    // A recusal after the record (quorum lost): the chair cannot sign.
    await db.bidVote.delete({ where: { decisionId_panelMemberId: { decisionId: r.decisionId, panelMemberId: roster.oim } } });
    await declare(r.item.agendaItemId, roster.oim, true);
    await expect(signBidDecision(world.actors.panel, r.decisionId, { decisionVersion: r.version })).rejects.toEqual(new InvalidStateError("noQuorum"));
    const all = [incomplete, notCarried, r];
    expect(await db.caseEvent.count({ where: { type: "bid.decisionSigned", caseId: { in: all.map((x) => x.item.caseId) } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "bid.decisionSigned", entityId: { in: all.map((x) => x.decisionId) } } })).toBe(0);
    expect(await db.bidReferral.count({ where: { status: "SCHEDULED", id: { in: all.map((x) => x.item.referralId) } } })).toBe(3);
    expect(await db.bidAgendaItem.count({ where: { accessUntil: null, id: { in: all.map((x) => x.item.agendaItemId) } } })).toBe(3);
    expect(await db.bidDecision.count({ where: { signedAt: { not: null }, id: { in: [incomplete.decisionId, notCarried.decisionId, r.decisionId] } } })).toBe(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: r.item.caseId } })).status).toBe("BID_PENDING");
  });

  it("a later change is a new decision linked to the first; both stay visible; the new one is signed in turn", async () => {
    const r = await recorded();
    await chairDeclares(r.item.agendaItemId);
    await signBidDecision(world.actors.panel, r.decisionId, { decisionVersion: r.version });
    const before = await bidCounts();
    expect(await supersedeBidDecision(world.actors.bid, r.decisionId, { kind: "REVIEW", reason: "" })).toEqual({ ok: false, fieldErrors: { reason: "required" } });
    expect(await bidCounts()).toEqual(before);
    await expect(supersedeBidDecision(world.actors.panel, r.decisionId, { kind: "REVIEW", reason: "x" })).rejects.toEqual(notFound);

    const review = await supersedeBidDecision(world.actors.bid, r.decisionId, { kind: "REVIEW", reason: "La mère a déménagé" });
    if (!review.ok) throw new Error("supersede failed");
    await expect(supersedeBidDecision(world.actors.bid, r.decisionId, { kind: "REVIEW", reason: "encore" })).rejects.toEqual(new InvalidStateError("alreadySuperseded"));
    const [old, fresh] = await Promise.all([
      db.bidDecision.findUniqueOrThrow({ where: { id: r.decisionId } }),
      db.bidDecision.findUniqueOrThrow({ where: { id: review.data.decisionId } }),
    ]);
    expect(old.supersededAt).not.toBeNull();
    expect(fresh).toMatchObject({ kind: "REVIEW", supersedesId: r.decisionId, supersedeReason: "La mère a déménagé", signedAt: null, outcome: old.outcome });

    // The coordinator records the review (new outcome, votes again) and the chair signs it.
    const saved = await saveBidDecision(world.actors.bid, r.sessionId, r.item.agendaItemId, {
      decisionVersion: 1,
      ...completeDecision({ outcome: "LOCAL_INTEGRATION", reviewDate: inDays(120) }),
    });
    if (!saved.ok) throw new Error("save failed");
    expect(saved.data.decisionId).toBe(review.data.decisionId);
    expect(await signBidDecision(world.actors.panel, review.data.decisionId, { decisionVersion: 2 })).toEqual({ ok: true, data: { caseStatus: "IMPLEMENTATION" } });
    expect((await db.case.findUniqueOrThrow({ where: { id: r.item.caseId } })).reviewDueAt?.toISOString().slice(0, 10)).toBe(inDays(120));

    const record = await getBidDecision(world.actors.bid, review.data.decisionId);
    expect(record.history.map((h) => [h.id, h.kind, h.supersededAt !== null])).toEqual([
      [r.decisionId, "INITIAL", true],
      [review.data.decisionId, "REVIEW", false],
    ]);
    expect((await getBidDecision(world.actors.bid, r.decisionId)).viewer.canSupersede).toBe(false);
  });
});

describe("decision record and minutes", () => {
  it("coordinator and panel members within their window (not recused) read them; others 404; only this case", async () => {
    const s = await heldSession(2);
    const [a, b] = s.items;
    await declare(a.agendaItemId, roster.chair);
    await declare(a.agendaItemId, roster.hcr);
    await declare(a.agendaItemId, roster.oim, true);
    await declare(b.agendaItemId, roster.oim);
    // Case a: without OIM (recused) quorum needs a third voter → add the absent NGO member as present.
    await db.bidSessionMember.update({ where: { sessionId_panelMemberId: { sessionId: s.sessionId, panelMemberId: roster.ngo } }, data: { attended: true } });
    const saved = await saveBidDecision(world.actors.bid, s.sessionId, a.agendaItemId, {
      decisionVersion: 0,
      ...completeDecision({
        votes: [
          { panelMemberId: roster.chair, choice: "FOR" },
          { panelMemberId: roster.hcr, choice: "FOR" },
          { panelMemberId: roster.ngo, choice: "ABSTAIN" },
        ],
      }),
    });
    if (!saved.ok) throw new Error("save failed");
    await signBidDecision(world.actors.panel, saved.data.decisionId, { decisionVersion: 1 });

    const logs = await db.caseAccessLog.count({ where: { caseId: a.caseId } });
    const record = await getBidDecision(world.actors.panel2, saved.data.decisionId);
    expect(record.caseId).toBe(a.caseId);
    expect(record.votes.map((v) => v.choice).sort()).toEqual(["ABSTAIN", "FOR", "FOR"]);
    expect(JSON.stringify(record)).not.toContain(b.caseId);
    expect(await db.caseAccessLog.count({ where: { caseId: a.caseId } })).toBe(logs + 1);
    // Recused (OIM), not declared (NGO member), other roles.
    await expect(getBidDecision(world.actors.panel3, saved.data.decisionId)).rejects.toEqual(notFound);
    await expect(getBidDecision(world.actors.panel4, saved.data.decisionId)).rejects.toEqual(notFound);
    for (const key of ["swNdb", "supNdb", "national", "admin"] as const) {
      await expect(getBidDecision(world.actors[key], saved.data.decisionId)).rejects.toEqual(notFound);
    }
    // After the window.
    await db.bidAgendaItem.update({ where: { id: a.agendaItemId }, data: { accessUntil: new Date(Date.now() - 1000) } });
    await expect(getBidDecision(world.actors.panel2, saved.data.decisionId)).rejects.toEqual(notFound);
    expect((await getBidDecision(world.actors.bid, saved.data.decisionId)).id).toBe(saved.data.decisionId);

    // Minutes: attendance, case numbers and outcomes only.
    const minutes = await getSessionMinutes(world.actors.bid, s.sessionId);
    expect(minutes.members.map((m) => m.attended)).toEqual([true, true, true, true]);
    expect(minutes.agenda.map((i) => [i.decision?.outcome ?? null, i.decision?.tally ?? null])).toEqual([
      ["RETURN_REUNIFICATION_ORIGIN", { FOR: 2, AGAINST: 0, ABSTAIN: 1 }],
      [null, null],
    ]);
    const text = JSON.stringify(minutes);
    expect(text).not.toContain("Mamadou");
    expect(text).not.toContain("Mère retrouvée");
    // OIM can still open case b → minutes; HCR's only open case a is past its window → 404.
    expect((await getSessionMinutes(world.actors.panel3, s.sessionId)).id).toBe(s.sessionId);
    await expect(getSessionMinutes(world.actors.panel2, s.sessionId)).rejects.toEqual(notFound);
    await expect(getSessionMinutes(world.actors.swNdb, s.sessionId)).rejects.toEqual(notFound);
    const draft = await publishedSession(world, roster, 1, { status: "DRAFT" });
    await expect(getSessionMinutes(world.actors.bid, draft.sessionId)).rejects.toEqual(notFound);
  });
});
