import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { DEFAULT_BID_CONFIG, getBidConfig } from "@/lib/bid/bid-config";
import { updateBidConfig } from "@/lib/settings/update-bid-config";
import { createWorld, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("updateBidConfig (quorum rule, panel access window)", () => {
  it("the administrator saves it, audited with before/after", async () => {
    expect(await getBidConfig(db)).toEqual(DEFAULT_BID_CONFIG);
    expect(await updateBidConfig(world.actors.admin, { minVoting: "4", minOrganisations: "3", chairRequired: "false", panelAccessDays: "14" })).toEqual({ ok: true, data: undefined });
    expect(await getBidConfig(db)).toEqual({ quorum: { minVoting: 4, minOrganisations: 3, chairRequired: false }, panelAccessDays: 14 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "config.bidUpdated" } });
    expect(audit.before).toEqual(DEFAULT_BID_CONFIG);
  });

  it("bad input and other roles write nothing", async () => {
    const before = await db.setting.findUnique({ where: { key: "bid" } });
    const audits = await db.auditEvent.count();
    expect(await updateBidConfig(world.actors.admin, { minVoting: "0", minOrganisations: "2", chairRequired: true, panelAccessDays: "7" })).toEqual({
      ok: false,
      fieldErrors: { minVoting: "bid.outOfRange" },
    });
    expect(await updateBidConfig(world.actors.admin, { minVoting: "3", minOrganisations: "2", chairRequired: true, panelAccessDays: "abc" })).toMatchObject({
      ok: false,
      fieldErrors: { panelAccessDays: "wholeNumber" },
    });
    for (const key of ["bid", "panel", "supNdb", "national"] as const) {
      await expect(updateBidConfig(world.actors[key], { minVoting: 2, minOrganisations: 1, chairRequired: false, panelAccessDays: 1 })).rejects.toThrow(NotFoundError);
    }
    expect(await db.setting.findUnique({ where: { key: "bid" } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(audits);
  });
});
