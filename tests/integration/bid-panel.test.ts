// BID panels: conflicts of interest and the panel member's dossier scope.
import { beforeAll, describe, expect, it } from "vitest";
import { declareConflict } from "@/lib/bid/declare-conflict";
import { getBidDossier } from "@/lib/bid/get-bid-dossier";
import { getPanelSession } from "@/lib/bid/get-panel-session";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { bidCounts, createRoster, declare, publishedSession, type Roster } from "./bid-panel-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
let roster: Roster;
beforeAll(async () => {
  world = await createWorld();
  roster = await createRoster(world);
});

const notFound = expect.any(NotFoundError);

describe("conflicts of interest", () => {
  it("a member declares no conflict or a conflict with a note; the note is required; audit written", async () => {
    const { sessionId, items } = await publishedSession(world, roster, 2);
    const { panel2, panel3 } = world.actors;

    const before = await bidCounts();
    const missingNote = await declareConflict(panel2, sessionId, items[0].agendaItemId, { hasConflict: "yes", note: "  " });
    expect(missingNote).toEqual({ ok: false, fieldErrors: { note: "required" } });
    const nothing = await declareConflict(panel2, sessionId, items[0].agendaItemId, {});
    expect(nothing).toEqual({ ok: false, fieldErrors: { hasConflict: "required" } });
    expect(await bidCounts()).toEqual(before);

    expect(await declareConflict(panel2, sessionId, items[0].agendaItemId, { hasConflict: "yes", note: "Je connais l'oncle" })).toEqual({
      ok: true,
      data: { hasConflict: true },
    });
    expect(await declareConflict(panel3, sessionId, items[0].agendaItemId, { hasConflict: "no" })).toEqual({ ok: true, data: { hasConflict: false } });
    const rows = await db.bidConflictDeclaration.findMany({ where: { agendaItemId: items[0].agendaItemId }, orderBy: { declaredAt: "asc" } });
    expect(rows.map((r) => [r.panelMemberId, r.hasConflict, r.note])).toEqual([
      [roster.hcr, true, "Je connais l'oncle"],
      [roster.oim, false, null],
    ]);
    const audits = await db.auditEvent.findMany({ where: { action: "bid.conflictDeclared", entityId: items[0].agendaItemId } });
    expect(audits).toHaveLength(2);
    // The note stays out of the audit trail.
    expect(JSON.stringify(audits.map((a) => a.after))).not.toContain("oncle");
  });

  it("a conflict is final; a 'no conflict' may become a conflict until the member voted", async () => {
    const { sessionId, items } = await publishedSession(world, roster, 1);
    const { panel2, panel3 } = world.actors;
    const item = items[0].agendaItemId;
    await declareConflict(panel2, sessionId, item, { hasConflict: "yes", note: "Voisin" });
    await expect(declareConflict(panel2, sessionId, item, { hasConflict: "no" })).rejects.toEqual(new InvalidStateError("alreadyRecused"));
    await declareConflict(panel3, sessionId, item, { hasConflict: "no" });
    expect((await declareConflict(panel3, sessionId, item, { hasConflict: "yes", note: "Découvert tard" })).ok).toBe(true);
    const row = await db.bidConflictDeclaration.findUniqueOrThrow({ where: { agendaItemId_panelMemberId: { agendaItemId: item, panelMemberId: roster.oim } } });
    expect(row.hasConflict).toBe(true);
  });

  it("out of scope: not invited, draft session, coordinator, social worker, another session's item → 404, nothing written", async () => {
    const published = await publishedSession(world, roster, 1, { members: [[roster.chair, "CHAIR"], [roster.hcr, "MEMBER"], [roster.oim, "MEMBER"]] });
    const draft = await publishedSession(world, roster, 1, { status: "DRAFT" });
    const other = await publishedSession(world, roster, 1);
    const before = await bidCounts();
    const no = { hasConflict: "no" };
    await expect(declareConflict(world.actors.panel4, published.sessionId, published.items[0].agendaItemId, no)).rejects.toEqual(notFound);
    await expect(declareConflict(world.actors.panel2, draft.sessionId, draft.items[0].agendaItemId, no)).rejects.toEqual(notFound);
    await expect(declareConflict(world.actors.bid, published.sessionId, published.items[0].agendaItemId, no)).rejects.toEqual(notFound);
    await expect(declareConflict(world.actors.swNdb, published.sessionId, published.items[0].agendaItemId, no)).rejects.toEqual(notFound);
    await expect(declareConflict(world.actors.panel2, published.sessionId, other.items[0].agendaItemId, no)).rejects.toEqual(notFound);
    await expect(declareConflict(world.actors.panel2, "nope", published.items[0].agendaItemId, no)).rejects.toEqual(notFound);
    // Invited, but the undertaking is not signed.
    await db.panelMember.update({ where: { id: roster.hcr }, data: { undertakingSignedAt: null } });
    await expect(declareConflict(world.actors.panel2, published.sessionId, published.items[0].agendaItemId, no)).rejects.toEqual(
      new InvalidStateError("noUndertaking"),
    );
    await db.panelMember.update({ where: { id: roster.hcr }, data: { undertakingSignedAt: new Date() } });
    expect(await bidCounts()).toEqual(before);
  });
});

describe("the panel member's dossier scope", () => {
  it("published + undertaking + no conflict: the dossier opens, logged, without phones, locations or photo", async () => {
    const { sessionId, items } = await publishedSession(world, roster, 1);
    const { caseId, agendaItemId } = items[0];
    await db.familyMember.create({
      data: { caseId, relationship: "MOTHER", name: "Aïssata", phone: "+224 620 11 22 33", lastKnownLocation: "Conakry, Ratoma" },
    });
    await db.case.update({ where: { id: caseId }, data: { photoFile: "secret.jpg", preferredLanguage: "ff" } });
    await declare(agendaItemId, roster.hcr);

    const logs = await db.caseAccessLog.count({ where: { caseId, userId: world.actors.panel2.userId } });
    const dossier = await getBidDossier(world.actors.panel2, sessionId, caseId);
    expect(dossier.caseNumber).toMatch(/^NDB-/);
    expect(dossier.child).toMatchObject({ firstName: "Mamadou", lastName: "Diallo", sex: "MALE", nationality: "GN", interpreterLanguage: "ff" });
    expect(dossier.assessment.childViews).toBe("Je veux retrouver ma mère à Conakry.");
    expect(dossier.assessment.recommendation).toBe("Réunification familiale");
    expect(dossier.familyTracingResult).toBe("Mère retrouvée à Conakry");
    const text = JSON.stringify(dossier);
    expect(text).not.toContain("620 11");
    expect(text).not.toContain("Ratoma");
    expect(text).not.toContain("secret.jpg");
    expect(await db.caseAccessLog.count({ where: { caseId, userId: world.actors.panel2.userId } })).toBe(logs + 1);
    // Panel members never open case pages.
    await expect(getCase(world.actors.panel2, caseId)).rejects.toEqual(notFound);
  });

  it("404 before publication, when recused, not declared, not invited, without undertaking, after the window, cancelled; other cases never", async () => {
    const { panel2, panel3, panel4 } = world.actors;
    const draft = await publishedSession(world, roster, 1, { status: "DRAFT" });
    await declare(draft.items[0].agendaItemId, roster.hcr);
    await expect(getBidDossier(panel2, draft.sessionId, draft.items[0].caseId)).rejects.toEqual(notFound);

    const cancelled = await publishedSession(world, roster, 1, { status: "CANCELLED" });
    await declare(cancelled.items[0].agendaItemId, roster.hcr);
    await expect(getBidDossier(panel2, cancelled.sessionId, cancelled.items[0].caseId)).rejects.toEqual(notFound);

    const s = await publishedSession(world, roster, 2, { members: [[roster.chair, "CHAIR"], [roster.hcr, "MEMBER"], [roster.oim, "MEMBER"]] });
    const [a, b] = s.items;
    await declare(a.agendaItemId, roster.hcr, true); // recused
    await expect(getBidDossier(panel2, s.sessionId, a.caseId)).rejects.toEqual(notFound);
    // Not declared yet.
    await expect(getBidDossier(panel2, s.sessionId, b.caseId)).rejects.toEqual(notFound);
    await declare(b.agendaItemId, roster.hcr);
    expect((await getBidDossier(panel2, s.sessionId, b.caseId)).caseId).toBe(b.caseId);
    // Not invited (even with a declaration row written by hand).
    await declare(b.agendaItemId, roster.ngo);
    await expect(getBidDossier(panel4, s.sessionId, b.caseId)).rejects.toEqual(notFound);
    // The right case through the wrong session, a case not on any agenda, garbage ids.
    const elsewhere = await publishedSession(world, roster, 1);
    await expect(getBidDossier(panel2, elsewhere.sessionId, b.caseId)).rejects.toEqual(notFound);
    await expect(getBidDossier(panel2, s.sessionId, elsewhere.items[0].caseId)).rejects.toEqual(notFound);
    await expect(getBidDossier(panel2, s.sessionId, "x")).rejects.toEqual(notFound);

    // Without the undertaking.
    await declare(b.agendaItemId, roster.oim);
    await db.panelMember.update({ where: { id: roster.oim }, data: { undertakingSignedAt: null } });
    await expect(getBidDossier(panel3, s.sessionId, b.caseId)).rejects.toEqual(notFound);
    await db.panelMember.update({ where: { id: roster.oim }, data: { undertakingSignedAt: new Date() } });
    expect((await getBidDossier(panel3, s.sessionId, b.caseId)).caseId).toBe(b.caseId);

    // Within the window after signing, then past it.
    await db.bidAgendaItem.update({ where: { id: b.agendaItemId }, data: { accessUntil: new Date(Date.now() + 3_600_000) } });
    expect((await getBidDossier(panel2, s.sessionId, b.caseId)).caseId).toBe(b.caseId);
    await db.bidAgendaItem.update({ where: { id: b.agendaItemId }, data: { accessUntil: new Date(Date.now() - 1000) } });
    await expect(getBidDossier(panel2, s.sessionId, b.caseId)).rejects.toEqual(notFound);

    // Other roles never.
    for (const key of ["bid", "swNdb", "supNdb", "national", "admin"] as const) {
      await expect(getBidDossier(world.actors[key], s.sessionId, b.caseId)).rejects.toEqual(notFound);
    }
  });

  it("the session page lists the agenda with what the member may open; names only after the undertaking", async () => {
    const s = await publishedSession(world, roster, 2);
    await declare(s.items[0].agendaItemId, roster.hcr, true);
    await declare(s.items[1].agendaItemId, roster.hcr);
    const view = await getPanelSession(world.actors.panel2, s.sessionId);
    expect(view.myRole).toBe("MEMBER");
    expect(view.isChair).toBe(false);
    expect(view.agenda.map((i) => [i.canOpen, i.denial])).toEqual([
      [false, "recused"],
      [true, null],
    ]);
    expect(view.agenda[0].childName).toBe("Mamadou Diallo");
    expect((await getPanelSession(world.actors.panel, s.sessionId)).isChair).toBe(true);

    await db.panelMember.update({ where: { id: roster.ngo }, data: { undertakingSignedAt: null } });
    const unsigned = await getPanelSession(world.actors.panel4, s.sessionId);
    expect(unsigned.undertakingSigned).toBe(false);
    expect(unsigned.agenda.every((i) => i.childName === null && !i.canOpen)).toBe(true);
    await db.panelMember.update({ where: { id: roster.ngo }, data: { undertakingSignedAt: new Date() } });

    const draft = await publishedSession(world, roster, 1, { status: "DRAFT" });
    await expect(getPanelSession(world.actors.panel2, draft.sessionId)).rejects.toEqual(notFound);
    const notInvited = await publishedSession(world, roster, 1, { members: [[roster.chair, "CHAIR"]] });
    await expect(getPanelSession(world.actors.panel2, notInvited.sessionId)).rejects.toEqual(notFound);
    await expect(getPanelSession(world.actors.bid, s.sessionId)).rejects.toEqual(notFound);
  });
});
