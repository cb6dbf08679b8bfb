import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applyPreferredLocale } from "@/lib/auth/apply-preferred-locale";
import { db } from "@/lib/db";
import { createWorld, type World } from "./fixtures";

const jar = vi.hoisted(() => ({ set: [] as [string, string][] }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: (name: string, value: string) => void jar.set.push([name, value]) }) }));

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
beforeEach(() => {
  jar.set = [];
});

describe("applyPreferredLocale", () => {
  it("after sign-in, the account's chosen language becomes the device's language cookie", async () => {
    await db.user.update({ where: { id: world.actors.swNdb.userId }, data: { preferredLocale: "ar" } });
    await applyPreferredLocale(" SWNDB@test.example");
    expect(jar.set).toEqual([["NEXT_LOCALE", "ar"]]);
  });

  it("without a chosen language the device keeps its own", async () => {
    await applyPreferredLocale("swnkn@test.example");
    await applyPreferredLocale("nobody@test.example");
    expect(jar.set).toEqual([]);
  });
});
