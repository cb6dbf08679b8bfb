// Every server action, called the way anyone can call it (any JSON, any number of arguments),
// answers malformed input with a typed refusal — never an exception (an HTTP 500), never a
// write. The table is kept complete by discovery: a new action without a row fails this file.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { registerChild } from "@/lib/cases/register-child";
import { db } from "@/lib/db";
import { registerFosterFamily } from "@/lib/foster-families/register-foster-family";
import en from "@/messages/en.json";
import { createWorld, validChild, type UserKey, type World } from "./fixtures";

// Outside Next's request context: the signed-in actor comes from here (the database stays real).
const session = vi.hoisted(() => ({ actor: null as Actor | null, cookiesSet: 0 }));
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  return {
    getActor: async () => session.actor,
    // Logout runs without an actor in this table (nothing to revoke, nothing written).
    getCurrentSession: async () => (session.actor ? { actor: session.actor, sessionId: "test-session" } : null),
    requireActor: async () => session.actor ?? redirect("/login"),
    requireSignedInActor: async () => session.actor ?? redirect("/login"),
  };
});
vi.mock("@/lib/auth/auth", async () => {
  const { redirect } = await import("next/navigation");
  return {
    auth: async () => null,
    signIn: async () => {
      throw new Error("signIn must not be reached with malformed input");
    },
    signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
  };
});
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => void session.cookiesSet++ }),
  headers: async () => new Headers(),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "fr", getTranslations: async () => (key: string) => key }));

const ROOT = path.resolve(__dirname, "../..");
const MALFORMED: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["[]", []],
  ['"x"', "x"],
  ["{}", {}],
  ["10 000 characters", "x".repeat(10_000)],
];
/** Every field name of the form schemas (the .schema.ts files under lib/), for values whose fields all have the wrong type. */
async function formFieldNames(): Promise<string[]> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (schema: unknown) => {
    if (!(schema instanceof z.ZodType) || seen.has(schema)) return;
    seen.add(schema);
    if (schema instanceof z.ZodObject) {
      for (const [name, field] of Object.entries(schema.shape)) {
        names.add(name);
        visit(field);
      }
    }
    const def = schema._zod.def as unknown as Record<string, unknown>;
    for (const key of ["in", "out", "innerType", "schema", "element", "left", "right", "options"]) [def[key]].flat().forEach(visit);
  };
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith(".schema.ts") ? [path.join(dir, entry.name)] : [],
    );
  for (const file of walk(path.join(ROOT, "lib"))) {
    for (const value of Object.values((await import(file)) as Record<string, unknown>)) {
      if (value instanceof z.ZodType) visit(value);
      else if (value && typeof value === "object") Object.values(value).forEach(visit);
    }
  }
  return [...names];
}
const FIELD_NAMES = await formFieldNames();
for (const [name, value] of [["[]", []], ["null", null], ["{}", {}], ["10 000 characters", "x".repeat(10_000)], ["1e308", 1e308]] as const) {
  MALFORMED.push([`an object whose every form field is ${name}`, Object.fromEntries(FIELD_NAMES.map((field) => [field, value]))]);
}

/** Never a valid argument of any action: these must come back as `invalidInput`. */
const NEVER_VALID = new Set(["null", "undefined", "[]", "10 000 characters"]);

type Ids = { caseId: string; familyId: string; missing: string };
type Row =
  /** A runAction action: `actor` holds its permission, `without` does not; `args` is a well-formed call. */
  | { kind: "action"; actor: UserKey; without?: UserKey; args: (ids: Ids) => unknown[] }
  /** By design: a refused sign-in ({ error: "invalid" }), never reaching the password check. */
  | { kind: "login"; args: (ids: Ids) => unknown[] }
  /** By design: signs out and redirects to the login page whatever it is given (no session here: nothing audited). */
  | { kind: "logout"; args: (ids: Ids) => unknown[] }
  /** By design: returns nothing and changes nothing (no cookie) unless given the switcher's FormData. */
  | { kind: "setLocale"; args: (ids: Ids) => unknown[] }
  /** By design: takes no input and only says whether the caller's session is still open (false without one), writing nothing. */
  | { kind: "sessionCheck"; args: (ids: Ids) => unknown[] }
  /** A runAction action open to anyone (the one-time link is its credential): no permission, no session. */
  | { kind: "public"; args: (ids: Ids) => unknown[] };

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};
const onCase = (actor: UserKey = "supNdb"): Row => ({ kind: "action", actor, args: ({ caseId }) => [caseId, {}] });
const onForm = (actor: UserKey, values: () => unknown = () => ({})): Row => ({ kind: "action", actor, args: () => [values()] });
const onMissing = (actor: UserKey, count: 1 | 2): Row => ({
  kind: "action",
  actor,
  args: ({ missing }) => [...Array(count).fill(missing), {}],
});

const TABLE: Record<string, Row> = {
  "app/(auth)/login/actions.ts#login": { kind: "login", args: () => [{ error: null, email: "", step: "password" }, form({ email: "", password: "" })] },
  "lib/auth/logout.action.ts#logout": { kind: "logout", args: () => [] },
  "lib/i18n/set-locale.action.ts#setLocale": { kind: "setLocale", args: () => [form({ locale: "en" })] },
  // The idle timeout's sign-out takes no input: like logout, it signs out and redirects whatever it is given.
  "lib/account/session.action.ts#signOutAfterIdle": { kind: "logout", args: () => [] },
  "lib/account/session.action.ts#keepSessionAlive": { kind: "sessionCheck", args: () => [] },

  // One's own account: every role has one, so the "without the permission" call is a well-formed but refused form.
  "app/(app)/account/actions.ts#changePasswordAction": onForm("swNdb"),
  "app/(app)/account/actions.ts#setPreferredLocaleAction": onForm("swNdb"),
  "app/(app)/account/actions.ts#signOutEverywhereAction": { kind: "logout", args: () => [] },

  "app/(app)/admin/timelines/actions.ts#updateTimelinesAction": onForm("admin"),
  "app/(app)/admin/bid/actions.ts#updateBidConfigAction": onForm("admin"),
  "app/(app)/admin/centres/actions.ts#createCentreAction": onForm("admin"),
  "app/(app)/admin/centres/actions.ts#updateCentreAction": onMissing("admin", 1),
  "app/(app)/admin/organisations/actions.ts#createOrganisationAction": onForm("admin"),
  "app/(app)/admin/organisations/actions.ts#updateOrganisationAction": onMissing("admin", 1),
  "app/(app)/admin/security/actions.ts#updateSecurityConfigAction": onForm("admin"),
  "app/(app)/admin/users/[userId]/reset-two-factor.actions.ts#resetTwoFactorAction": { kind: "action", actor: "admin", args: ({ missing }) => [missing] },
  // Every role manages its own second factor: "without" is another user, refused by the form's own checks.
  "app/(app)/account/two-factor/actions.ts#enableTwoFactorAction": onForm("swNdb"),
  "app/(app)/account/two-factor/actions.ts#disableTwoFactorAction": onForm("swNdb"),
  "app/(app)/account/two-factor/actions.ts#regenerateRecoveryCodesAction": onForm("swNdb"),
  "app/(app)/admin/users/actions.ts#createUserAction": onForm("admin"),
  "app/(app)/admin/users/[userId]/actions.ts#updateUserAction": { kind: "action", actor: "admin", args: ({ missing }) => [missing, {}] },
  "app/(app)/admin/users/[userId]/actions.ts#unlockUserAction": { kind: "action", actor: "admin", args: ({ missing }) => [missing] },
  "app/(app)/admin/users/[userId]/actions.ts#issueUserLinkAction": { kind: "action", actor: "admin", args: ({ missing }) => [missing] },
  "app/(auth)/set-password/[token]/actions.ts#setPasswordAction": { kind: "public", args: () => ["x".repeat(43), {}] },

  "app/(app)/cases/new/actions.ts#registerChildAction": onForm("supNdb", () => validChild()),
  "app/(app)/cases/new/actions.ts#searchDuplicatesAction": onForm("supNdb"),
  "app/(app)/cases/new/actions.ts#requestCaseAccessAction": onForm("supNdb"),
  "app/(app)/access-requests/actions.ts#decideAccessRequestAction": onForm("supNdb"),

  "app/(app)/cases/[caseId]/registration/actions.ts#saveSectionAction": {
    kind: "action",
    actor: "supNdb",
    args: ({ caseId }) => [{ caseId, version: 1, section: "identity", values: {} }],
  },
  "app/(app)/cases/[caseId]/risk-actions.ts#setRiskAction": {
    kind: "action",
    actor: "supNdb",
    args: ({ caseId }) => [{ caseId, version: 1, values: {} }],
  },
  "app/(app)/cases/[caseId]/notes/actions.ts#addCaseNoteAction": onCase(),
  "app/(app)/cases/[caseId]/documents/actions.ts#removeCaseDocumentAction": { kind: "action", actor: "supNdb", args: ({ caseId, missing }) => [caseId, missing] },
  "app/(app)/cases/[caseId]/assignment/actions.ts#reassignCaseAction": onCase(),
  "app/(app)/cases/(list)/actions.ts#reassignCasesAction": onForm("supNdb"),
  "app/(app)/cases/[caseId]/assessment/actions.ts#saveAssessmentAction": onCase(),
  "app/(app)/cases/[caseId]/assessment/actions.ts#submitAssessmentAction": onCase(),
  "app/(app)/cases/[caseId]/assessment/actions.ts#decideAssessmentAction": onCase(),
  "app/(app)/cases/[caseId]/plan/actions.ts#saveCasePlanAction": onCase(),
  "app/(app)/cases/[caseId]/plan/actions.ts#submitCasePlanAction": onCase(),
  "app/(app)/cases/[caseId]/plan/actions.ts#decideCasePlanAction": onCase(),
  "app/(app)/cases/[caseId]/closure/actions.ts#requestClosureAction": onCase(),
  "app/(app)/cases/[caseId]/closure/actions.ts#decideClosureAction": onCase(),
  "app/(app)/cases/[caseId]/closure/actions.ts#reopenCaseAction": onCase(),
  "app/(app)/cases/[caseId]/placements/actions.ts#admitPlacementAction": onCase(),
  "app/(app)/cases/[caseId]/placements/actions.ts#dischargePlacementAction": onCase(),
  "app/(app)/cases/[caseId]/placements/actions.ts#transferPlacementAction": onCase(),
  "app/(app)/cases/[caseId]/placements/actions.ts#completePlacementReviewAction": onCase(),
  "app/(app)/cases/[caseId]/bid/actions.ts#referCaseAction": onCase(),
  "app/(app)/cases/[caseId]/bid/actions.ts#saveFamilyTracingAction": onCase(),

  "app/(app)/exports/actions.ts#requestExportAction": { kind: "action", actor: "me", without: "bid", args: () => ["INDICATORS_CSV", {}] },

  "app/(app)/foster-families/actions.ts#registerFosterFamilyAction": onForm("ngoA"),
  "app/(app)/foster-families/actions.ts#updateFosterFamilyAction": { kind: "action", actor: "ngoA", args: ({ familyId }) => [familyId, {}] },
  "app/(app)/foster-families/actions.ts#changeFosterFamilyStatusAction": { kind: "action", actor: "ngoA", args: ({ familyId }) => [familyId, {}] },
  "app/(app)/foster-families/actions.ts#recordFosterVisitAction": { kind: "action", actor: "ngoA", args: ({ familyId }) => [familyId, {}] },

  "app/(app)/panels/undertaking/actions.ts#signUndertakingAction": onForm("panel"),
  "app/(app)/panels/[sessionId]/actions.ts#declareConflictAction": onMissing("panel", 2),

  "app/(app)/bid/roster/actions.ts#savePanelMemberAction": onForm("bid"),
  "app/(app)/bid/sessions/actions.ts#scheduleSessionAction": onForm("bid"),
  "app/(app)/bid/sessions/actions.ts#updateSessionAction": onMissing("bid", 1),
  "app/(app)/bid/sessions/actions.ts#callOffSessionAction": onMissing("bid", 1),
  "app/(app)/bid/sessions/actions.ts#publishSessionAction": { kind: "action", actor: "bid", args: ({ missing }) => [missing, 1] },
  "app/(app)/bid/sessions/actions.ts#addToAgendaAction": { kind: "action", actor: "bid", args: ({ missing }) => [missing, missing, 1] },
  "app/(app)/bid/sessions/actions.ts#removeFromAgendaAction": { kind: "action", actor: "bid", args: ({ missing }) => [missing, missing, 1] },
  "app/(app)/bid/sessions/actions.ts#moveAgendaItemAction": { kind: "action", actor: "bid", args: ({ missing }) => [missing, missing, "up", 1] },
  "app/(app)/bid/sessions/actions.ts#setPresenterAction": { kind: "action", actor: "bid", args: ({ missing }) => [missing, missing, 1, missing] },
  "app/(app)/bid/sessions/[sessionId]/hold/actions.ts#recordAttendanceAction": onMissing("bid", 1),
  "app/(app)/bid/sessions/[sessionId]/hold/actions.ts#saveDecisionAction": onMissing("bid", 2),
  "app/(app)/bid/decisions/[decisionId]/actions.ts#signDecisionAction": onMissing("bid", 1),
  "app/(app)/bid/decisions/[decisionId]/actions.ts#supersedeDecisionAction": onMissing("bid", 1),
};

/** Every file under app/ and lib/ that declares server actions, with its exported functions. */
async function discoverActions(): Promise<Map<string, (...args: unknown[]) => Promise<unknown>>> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated") walk(full);
      else if (/\.tsx?$/.test(entry.name) && fs.readFileSync(full, "utf8").includes('"use server"')) files.push(full);
    }
  };
  walk(path.join(ROOT, "app"));
  walk(path.join(ROOT, "lib"));
  const actions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  for (const file of files) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") actions.set(`${path.relative(ROOT, file)}#${name}`, value as (...args: unknown[]) => Promise<unknown>);
    }
  }
  return actions;
}

/** Leaf keys under "errors" in the messages: what a field error may carry. */
function errorKeys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => errorKeys(value, prefix ? `${prefix}.${key}` : key));
}
const ERROR_KEYS = new Set(errorKeys(en.errors));

/** Rows per table, and the sum of every `version` column: any insert, delete or versioned update shows. */
let snapshotSql = "";
async function snapshot(): Promise<Record<string, string>> {
  const rows = await db.$queryRawUnsafe<{ name: string; value: string }[]>(snapshotSql);
  return Object.fromEntries(rows.map((row) => [row.name, String(row.value)]));
}

function expectTypedRefusal(result: unknown, label: string) {
  expect(result, label).toMatchObject({ ok: false });
  const refusal = result as { fieldErrors?: Record<string, string>; conflict?: unknown; error?: string };
  if (refusal.fieldErrors) {
    for (const [field, key] of Object.entries(refusal.fieldErrors)) expect(ERROR_KEYS.has(key), `${label}: ${field} → "${key}" is not a message key`).toBe(true);
  } else if (!refusal.conflict) {
    expect(["notFound", "invalidState", "invalidInput"], label).toContain(refusal.error);
  }
}

let world: World;
let ids: Ids;
let actions: Map<string, (...args: unknown[]) => Promise<unknown>>;

beforeAll(async () => {
  world = await createWorld();
  const child = await registerChild(world.actors.swNdb, validChild());
  const family = await registerFosterFamily(world.actors.ngoA, {
    householdName: "Famille Ould Ahmed",
    location: "Nouadhibou",
    address: "Quartier Numerowatt, rue 12",
    languages: ["ar"],
    capacity: "2",
    contactName: "Mariem Mint Ahmed",
    contactPhone: "+222 22 33 44 55",
  });
  if (!child.ok || !family.ok) throw new Error("fixtures refused");
  ids = { caseId: child.data.caseId, familyId: family.data.familyId, missing: randomUUID() };

  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text AS table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const versioned = new Set(
    (await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'version'`).map((c) => c.table_name),
  );
  snapshotSql = tables
    .map(({ table_name: t }) => {
      const value = versioned.has(t) ? `count(*)::text || '/' || coalesce(sum("version"), 0)::text` : "count(*)::text";
      return `SELECT '${t}' AS name, ${value} AS value FROM "${t}"`;
    })
    .join(" UNION ALL ");
  actions = await discoverActions();
});

describe("the table of server actions", () => {
  it("has a row for every exported server action, and no row for one that does not exist", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(TABLE).sort());
  });

  it("probes the fields of the form schemas", () => {
    expect(FIELD_NAMES).toEqual(expect.arrayContaining(["caseVersion", "summary", "riskLevel", "members", "nextVisitDueAt"]));
  });
});

describe.each(Object.entries(TABLE))("%s", (key, row) => {
  const call = (args: unknown[]) => actions.get(key)!(...args);

  it("answers malformed arguments with a typed refusal, writing nothing", async () => {
    const actor = row.kind === "action" ? world.actors[row.actor] : null;
    session.actor = actor;
    session.cookiesSet = 0;
    const before = await snapshot();
    const well = row.args(ids);
    // Each positional parameter in turn (an action without parameters gets the value as an extra argument).
    for (let position = 0; position < Math.max(well.length, 1); position++) {
      for (const [name, value] of MALFORMED) {
        const args = [...well];
        args[position] = value;
        const label = `${key} argument ${position} = ${name}`;
        if (row.kind === "logout") {
          const thrown = await call(args).then(() => null, (error: unknown) => error);
          expect(isRedirectError(thrown), label).toBe(true);
          continue;
        }
        const result = await call(args);
        if (row.kind === "login") expect(result, label).toEqual({ error: "invalid", email: "", step: "password" });
        else if (row.kind === "setLocale") expect(result, label).toBeUndefined();
        else if (row.kind === "sessionCheck") expect(result, label).toBe(false);
        else {
          expectTypedRefusal(result, label);
          if (NEVER_VALID.has(name)) expect(result, label).toEqual({ ok: false, error: "invalidInput" });
        }
      }
    }
    expect(await snapshot(), key).toEqual(before);
    expect(session.cookiesSet, key).toBe(0);
  });

  if (row.kind === "action") {
    const without = row.without ?? "me";
    it(`refuses a well-formed call from a role without the permission (${without}) with a typed refusal`, async () => {
      session.actor = world.actors[without];
      const before = await snapshot();
      const result = await call(row.args(ids));
      expectTypedRefusal(result, key);
      expect(await snapshot(), key).toEqual(before);
    });

    it("still sends a well-formed call without a session to the login page (Next's redirect propagates)", async () => {
      session.actor = null;
      const thrown = await call(row.args(ids)).then(() => null, (error: unknown) => error);
      expect(isRedirectError(thrown), key).toBe(true);
    });
  }
});

describe("registerChildAction", () => {
  it("answers a role without case:register with notFound, not an exception", async () => {
    for (const role of ["me", "bid", "ngoA", "admin", "national"] as const) {
      session.actor = world.actors[role];
      const result = await actions.get("app/(app)/cases/new/actions.ts#registerChildAction")!(validChild());
      expect(result, role).toEqual({ ok: false, error: "notFound" });
    }
  });
});
