import { beforeAll, describe, expect, it } from "vitest";
import { listCaseloadCentres } from "@/lib/cases/list-caseload-centres";
import { listCaseloadWorkers } from "@/lib/cases/list-caseload-workers";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createWorld, type UserKey, type World } from "./fixtures";

// The caseload's centre and worker filter options.
let world: World;

beforeAll(async () => {
  world = await createWorld();
});

describe("caseload filter options", () => {
  it("workers: the social workers of the actor's centres, or of the chosen one", async () => {
    const names = async (actor: UserKey, centreId?: string) =>
      (await listCaseloadWorkers(world.actors[actor], { centreId })).map((w) => w.name);
    expect(await names("supNdb")).toEqual(["sw2Ndb", "swNdb"]);
    expect(await names("supNdb", world.centres.NKN)).toEqual([]);
    expect(await names("swNdb")).toEqual(["sw2Ndb", "swNdb"]);
    expect(await names("national")).toEqual([]);
    expect(await names("national", world.centres.NKN)).toEqual(["swNkn"]);
    expect(await names("ngoA")).toEqual([]);
    expect(await names("bid", world.centres.NDB)).toEqual([]);
  });

  it("workers: the national supervisor following one worker (dashboard link, all centres) gets that worker, a social worker only", async () => {
    const names = async (actor: UserKey, workerId: string) => (await listCaseloadWorkers(world.actors[actor], { workerId })).map((w) => w.name);
    expect(await names("national", world.actors.swNkn.userId)).toEqual(["swNkn"]);
    expect(await names("national", world.actors.supNdb.userId)).toEqual([]);
    // Others keep their centres' list, whatever worker id they pass.
    expect(await names("supNdb", world.actors.swNkn.userId)).toEqual(["sw2Ndb", "swNdb"]);
    expect(await names("bid", world.actors.swNkn.userId)).toEqual([]);
  });

  it("workers: a deactivated worker stays listed (their cases need reassigning), after the active ones", async () => {
    await db.user.update({ where: { id: world.actors.swNdb.userId }, data: { active: false } });
    const workers = await listCaseloadWorkers(world.actors.supNdb);
    await db.user.update({ where: { id: world.actors.swNdb.userId }, data: { active: true } });
    expect(workers.map((w) => [w.name, w.active])).toEqual([
      ["sw2Ndb", true],
      ["swNdb", false],
    ]);
  });

  it("centres: the actor's own, or all of them for roles not tied to a centre", async () => {
    const codes = async (actor: UserKey) => (await listCaseloadCentres(world.actors[actor])).map((c) => c.code).sort();
    expect(await codes("supNdb")).toEqual(["NDB"]);
    expect(await codes("swNkn")).toEqual(["NKN"]);
    expect(await codes("national")).toEqual(["NDB", "NKN"]);
    expect(await codes("bid")).toEqual(["NDB", "NKN"]);
  });

  it.each<UserKey>(["me", "panel", "admin"])("%s gets NotFoundError for both", async (actor) => {
    await expect(listCaseloadWorkers(world.actors[actor])).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCaseloadCentres(world.actors[actor])).rejects.toBeInstanceOf(NotFoundError);
  });
});
