import { beforeAll, describe, expect, it } from "vitest";
import { registerChild } from "@/lib/cases/register-child";
import { DEFAULT_TIMELINES } from "@/lib/cases/timelines";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getCurrentTimelines } from "@/lib/settings/get-current-timelines";
import { toTimelineForm } from "@/lib/settings/timelines.schema";
import { updateTimelines } from "@/lib/settings/update-timelines";
import { createWorld, validChild, type World } from "./fixtures";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("timelines configuration", () => {
  it("starts from the defaults", async () => {
    expect(await getCurrentTimelines(world.actors.admin)).toEqual(DEFAULT_TIMELINES);
  });

  it("the administrator changes them; open cases' due dates follow; the change is audited", async () => {
    const registered = await registerChild(world.actors.swNdb, validChild());
    if (!registered.ok) throw new Error("registration failed");
    const form = toTimelineForm(DEFAULT_TIMELINES);
    const result = await updateTimelines(world.actors.admin, { ...form, assessmentDays: { ...form.assessmentDays, MEDIUM: 10 } }, { recompute: "now" });
    expect(result).toEqual({ ok: true, data: undefined });
    expect((await getCurrentTimelines(world.actors.admin)).assessmentHours.MEDIUM).toBe(240);
    const row = await db.case.findUniqueOrThrow({ where: { id: registered.data.caseId } });
    // Risk not set yet is timed as medium.
    expect(row.assessmentDueAt!.getTime() - row.createdAt.getTime()).toBe(240 * 3_600_000);
    expect(await db.auditEvent.count({ where: { action: "config.timelinesUpdated" } })).toBe(1);
  });

  it("rejects invalid values with field errors and writes nothing", async () => {
    const before = await db.auditEvent.count();
    const form = toTimelineForm(DEFAULT_TIMELINES);
    const result = await updateTimelines(world.actors.admin, { ...form, followUpDays: { ...form.followUpDays, HIGH: 0, LOW: "abc" } });
    expect(result).toEqual({ ok: false, fieldErrors: { "followUpDays.HIGH": "atLeastOne", "followUpDays.LOW": "wholeNumber" } });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it.each(["swNdb", "supNdb", "national", "me"] as const)("%s cannot read or change them", async (key) => {
    await expect(getCurrentTimelines(world.actors[key])).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTimelines(world.actors[key], toTimelineForm(DEFAULT_TIMELINES))).rejects.toBeInstanceOf(NotFoundError);
  });
});
