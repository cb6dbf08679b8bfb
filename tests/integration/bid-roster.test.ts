import { beforeAll, describe, expect, it } from "vitest";
import { listPanelRoster, listRosterCandidates } from "@/lib/bid/list-panel-roster";
import { panelSeatOf } from "@/lib/bid/panel-scope";
import { savePanelMember } from "@/lib/bid/save-panel-member";
import { getMyUndertaking, signUndertaking } from "@/lib/bid/sign-undertaking";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { bidRowCounts } from "./bid-helpers";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** The undertaking as the dossier DAL sees it: an active roster seat with the undertaking signed. */
async function signedUndertaking(actor: World["actors"]["panel3"]): Promise<boolean> {
  try {
    return (await panelSeatOf(actor)).undertakingSignedAt !== null;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

describe("roster", () => {
  it("the coordinator adds a PANEL_MEMBER account; organisation comes from the user; audited", async () => {
    expect((await listRosterCandidates(world.actors.bid)).map((c) => c.name)).toEqual(["panel", "panel2", "panel3", "panel4"]);
    const result = await savePanelMember(world.actors.bid, { userId: world.actors.panel2.userId, expertise: "Droit de l'enfant", defaultRole: "CHAIR", active: true });
    expect(result.ok).toBe(true);
    const roster = await listPanelRoster(world.actors.bid);
    expect(roster).toEqual([
      expect.objectContaining({ name: "panel2", organisation: expect.objectContaining({ name: "MASEF" }), expertise: "Droit de l'enfant", defaultRole: "CHAIR", active: true, undertakingSignedAt: null }),
    ]);
    expect(await db.auditEvent.count({ where: { action: "bid.rosterSaved" } })).toBe(1);
    expect((await listRosterCandidates(world.actors.bid)).map((c) => c.name)).not.toContain("panel2");
  });

  it("edits expertise, role and active", async () => {
    const member = await db.panelMember.findUniqueOrThrow({ where: { userId: world.actors.panel2.userId } });
    const result = await savePanelMember(world.actors.bid, { panelMemberId: member.id, userId: member.userId, expertise: "Psychologie", defaultRole: "MEMBER", active: false });
    expect(result).toEqual({ ok: true, data: { panelMemberId: member.id } });
    expect(await db.panelMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ expertise: "Psychologie", defaultRole: "MEMBER", active: false });
    expect(await listPanelRoster(world.actors.bid, { activeOnly: true })).toEqual([]);
  });

  it("refuses other accounts, duplicates and bad input, writing nothing", async () => {
    const before = await bidRowCounts();
    const add = (userId: string, extra: Record<string, unknown> = {}) =>
      savePanelMember(world.actors.bid, { userId, expertise: "X", defaultRole: "MEMBER", active: true, ...extra });
    expect(await add(world.actors.swNdb.userId)).toEqual({ ok: false, fieldErrors: { userId: "bid.notPanelAccount" } });
    expect(await add(world.actors.panel2.userId)).toEqual({ ok: false, fieldErrors: { userId: "bid.alreadyOnRoster" } });
    expect(await add("not-a-uuid")).toEqual({ ok: false, fieldErrors: { userId: "bid.notPanelAccount" } });
    expect(await add(world.actors.panel3.userId, { expertise: " " })).toEqual({ ok: false, fieldErrors: { expertise: "required" } });
    expect(await add(world.actors.panel3.userId, { defaultRole: "BOSS" })).toMatchObject({ ok: false, fieldErrors: { defaultRole: expect.any(String) } });
    expect(await bidRowCounts()).toEqual(before);
  });

  it("only the coordinator manages the roster", async () => {
    for (const key of ["panel", "swNdb", "supNdb", "admin", "national"] as const) {
      await expect(savePanelMember(world.actors[key], { userId: world.actors.panel3.userId, expertise: "X", defaultRole: "MEMBER", active: true })).rejects.toThrow(NotFoundError);
      await expect(listPanelRoster(world.actors[key])).rejects.toThrow(NotFoundError);
    }
  });
});

describe("confidentiality undertaking", () => {
  it("the member signs it themselves: dated, audited, once", async () => {
    await savePanelMember(world.actors.bid, { userId: world.actors.panel3.userId, expertise: "Santé", defaultRole: "MEMBER", active: true });
    expect(await signedUndertaking(world.actors.panel3)).toBe(false);
    expect(await getMyUndertaking(world.actors.panel3)).toMatchObject({ undertakingSignedAt: null });
    expect(await signUndertaking(world.actors.panel3, { accept: false })).toEqual({ ok: false, fieldErrors: { accept: "bid.mustAccept" } });
    expect(await signedUndertaking(world.actors.panel3)).toBe(false);
    const signed = await signUndertaking(world.actors.panel3, { accept: true });
    expect(signed.ok).toBe(true);
    expect(await signedUndertaking(world.actors.panel3)).toBe(true);
    const again = await signUndertaking(world.actors.panel3, { accept: true });
    expect(again).toEqual(signed);
    expect(await db.auditEvent.count({ where: { action: "bid.undertakingSigned" } })).toBe(1);
    const roster = await listPanelRoster(world.actors.bid);
    expect(roster.find((r) => r.name === "panel3")?.undertakingSignedAt).toBeInstanceOf(Date);
  });

  it("not on the roster / not a panel member → NotFound; an inactive member has no valid undertaking", async () => {
    await expect(signUndertaking(world.actors.panel4, { accept: true })).rejects.toThrow(NotFoundError);
    await expect(signUndertaking(world.actors.bid, { accept: true })).rejects.toThrow(NotFoundError);
    await expect(getMyUndertaking(world.actors.swNdb)).rejects.toThrow(NotFoundError);
    expect(await getMyUndertaking(world.actors.panel4)).toBeNull();
    const member = await db.panelMember.findUniqueOrThrow({ where: { userId: world.actors.panel3.userId } });
    await db.panelMember.update({ where: { id: member.id }, data: { active: false } });
    expect(await signedUndertaking(world.actors.panel3)).toBe(false);
    await db.panelMember.update({ where: { id: member.id }, data: { active: true } });
  });
});
