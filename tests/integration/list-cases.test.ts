import { beforeAll, describe, expect, it } from "vitest";
import type { CaseloadFilters } from "@/lib/cases/caseload-filters";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { CASES_PAGE_SIZE, listCases } from "@/lib/cases/list-cases";
import { nameSearchKey } from "@/lib/cases/name-search";
import { db } from "@/lib/db";
import type { CaseStatus, RiskLevel, Sex } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { createWorld, type UserKey, type World } from "./fixtures";

const DAY = 86_400_000;
const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
/** A birth date that makes the child `age` today (half a year past the birthday). */
const agedToday = (age: number) => new Date(Date.UTC(NOW.getUTCFullYear() - age, NOW.getUTCMonth() - 6, 1));

let world: World;
const sequence = { NDB: 0, NKN: 0 };

type Spec = {
  centre: "NDB" | "NKN";
  firstName: string;
  lastName: string;
  status: CaseStatus;
  risk: RiskLevel | null;
  nationality: string;
  sex: Sex;
  age: number;
  assigned: UserKey | null;
  registered: UserKey;
  createdDaysAgo: number;
  dueInDays: number | null;
};

async function makeCase(spec: Spec): Promise<string> {
  const caseSequence = ++sequence[spec.centre];
  const created = await db.case.create({
    data: {
      caseNumber: formatCaseNumber(spec.centre, 2026, caseSequence),
      centreId: world.centres[spec.centre],
      caseYear: 2026,
      caseSequence,
      firstName: spec.firstName,
      lastName: spec.lastName,
      searchName: nameSearchKey(spec),
      sex: spec.sex,
      dateOfBirth: agedToday(spec.age),
      nationality: spec.nationality,
      languages: ["fr"],
      separationType: "UNACCOMPANIED",
      arrivalDate: daysAgo(spec.createdDaysAgo),
      referralSource: "POLICE",
      status: spec.status,
      riskLevel: spec.risk,
      closedAt: spec.status === "CLOSED" ? daysAgo(1) : null,
      assignedWorkerId: spec.assigned ? world.actors[spec.assigned].userId : null,
      registeredById: world.actors[spec.registered].userId,
      assessmentDueAt: spec.dueInDays === null ? null : new Date(NOW.getTime() + spec.dueInDays * DAY),
      nextDueAt: spec.dueInDays === null ? null : new Date(NOW.getTime() + spec.dueInDays * DAY),
      createdAt: daysAgo(spec.createdDaysAgo),
    },
  });
  return created.id;
}

const base = { nationality: "GN", sex: "MALE" as Sex, age: 13, risk: null, dueInDays: 5, createdDaysAgo: 10 };
const SPECS = {
  a1: { ...base, centre: "NDB", firstName: "Mamadou", lastName: "Diallo", status: "ASSESSMENT", risk: "HIGH", assigned: "swNdb", registered: "swNdb", createdDaysAgo: 40, dueInDays: -3 },
  a2: { ...base, centre: "NDB", firstName: "Fatoumata", lastName: "Sow", status: "CASE_PLAN", risk: "MEDIUM", nationality: "SN", sex: "FEMALE", age: 7, assigned: "swNdb", registered: "swNdb", createdDaysAgo: 30, dueInDays: 4 },
  a3: { ...base, centre: "NDB", firstName: "Aminata", lastName: "Traoré", status: "REGISTERED", nationality: "ML", sex: "FEMALE", age: 16, assigned: "sw2Ndb", registered: "sw2Ndb", createdDaysAgo: 20, dueInDays: -1 },
  a4: { ...base, centre: "NDB", firstName: "Mohammed", lastName: "Bah", status: "REGISTERED", age: 3, assigned: null, registered: "supNdb", createdDaysAgo: 5, dueInDays: null },
  a5: { ...base, centre: "NDB", firstName: "Ibrahima", lastName: "Barry", status: "CLOSED", risk: "LOW", age: 17, assigned: "swNdb", registered: "swNdb", createdDaysAgo: 300, dueInDays: -30 },
  a6: { ...base, centre: "NDB", firstName: "Aïcha", lastName: "Mint Ahmed", status: "IMPLEMENTATION", risk: "LOW", nationality: "MR", sex: "FEMALE", age: 12, assigned: "sw2Ndb", registered: "swNdb", createdDaysAgo: 15, dueInDays: 10 },
  b1: { ...base, centre: "NKN", firstName: "Mamadou", lastName: "Diallo", status: "ASSESSMENT", risk: "HIGH", assigned: "swNkn", registered: "swNkn", createdDaysAgo: 35, dueInDays: -2 },
  b2: { ...base, centre: "NKN", firstName: "Muhammad", lastName: "Kamara", status: "FOLLOW_UP", risk: "NONE", nationality: "SL", age: 14, assigned: "swNkn", registered: "swNkn", createdDaysAgo: 25, dueInDays: 20 },
  b3: { ...base, centre: "NKN", firstName: "محمد", lastName: "ولد أحمد", status: "ASSESSMENT", nationality: "MR", age: 15, assigned: null, registered: "supNkn", createdDaysAgo: 2, dueInDays: 2 },
} satisfies Record<string, Spec>;
type Key = keyof typeof SPECS;
const ids = {} as Record<Key, string>;
const keyOf = (id: string) => (Object.keys(ids) as Key[]).find((key) => ids[key] === id) ?? id;

async function keys(actor: UserKey, filters: Partial<CaseloadFilters> = {}) {
  const page = await listCases(world.actors[actor], filters);
  expect(page.total).toBe(page.items.length); // every test set fits on one page
  return page.items.map((item) => keyOf(item.id));
}
const sorted = async (actor: UserKey, filters: Partial<CaseloadFilters> = {}) => (await keys(actor, filters)).sort();

beforeAll(async () => {
  world = await createWorld();
  for (const [key, spec] of Object.entries(SPECS) as [Key, Spec][]) ids[key] = await makeCase(spec);
});

describe("listCases: views", () => {
  it("a social worker sees their own caseload by default, the overdue and high-risk work first", async () => {
    const page = await listCases(world.actors.swNdb);
    expect(page).toMatchObject({ view: "mine", sort: "urgent" });
    expect(page.items.map((i) => keyOf(i.id))).toEqual(["a1", "a2", "a5"]);
    // Newest first would put b2 (registered 25 days ago, due in 20) before the overdue b1.
    expect(await keys("swNkn")).toEqual(["b1", "b2"]);
    expect(await keys("swNkn", { sort: "newest" })).toEqual(["b2", "b1"]);
  });

  it("the other roles keep the newest first by default", async () => {
    expect((await listCases(world.actors.supNdb)).sort).toBe("newest");
    expect((await listCases(world.actors.national)).sort).toBe("newest");
  });

  it("a social worker's 'all' and 'centre' add what they registered but no longer hold — and nothing else", async () => {
    expect(await sorted("swNdb", { view: "all" })).toEqual(["a1", "a2", "a5", "a6"]);
    expect(await sorted("swNdb", { view: "centre" })).toEqual(["a1", "a2", "a5", "a6"]);
  });

  it("a supervisor sees the centre by default; the national supervisor everything", async () => {
    expect((await listCases(world.actors.supNdb)).view).toBe("centre");
    expect(await sorted("supNdb")).toEqual(["a1", "a2", "a3", "a4", "a5", "a6"]);
    expect(await sorted("supNkn")).toEqual(["b1", "b2", "b3"]);
    expect((await listCases(world.actors.national)).view).toBe("all");
    expect(await sorted("national")).toEqual(Object.keys(SPECS).sort());
  });

  it("'mine' for a supervisor is only what is assigned to them (nothing here)", async () => {
    expect(await keys("supNdb", { view: "mine" })).toEqual([]);
  });
});

describe("listCases: filters", () => {
  it.each<[string, Partial<CaseloadFilters>, Key[]]>([
    ["status", { status: ["ASSESSMENT"] }, ["a1", "b1", "b3"]],
    ["several statuses", { status: ["ASSESSMENT", "CLOSED"] }, ["a1", "a5", "b1", "b3"]],
    ["risk", { risk: ["HIGH"] }, ["a1", "b1"]],
    ["risk not yet set", { risk: ["unset"] }, ["a3", "a4", "b3"]],
    ["a risk or not set", { risk: ["LOW", "unset"] }, ["a3", "a4", "a5", "a6", "b3"]],
    ["nationality", { nationality: "GN" }, ["a1", "a4", "a5", "b1"]],
    ["sex", { sex: "FEMALE" }, ["a2", "a3", "a6"]],
    ["age 0–5", { ageBand: "0-5" }, ["a4"]],
    ["age 6–11", { ageBand: "6-11" }, ["a2"]],
    ["age 12–14", { ageBand: "12-14" }, ["a1", "a6", "b1", "b2"]],
    ["age 15–17", { ageBand: "15-17" }, ["a3", "a5", "b3"]],
    ["overdue (a closed case never is)", { overdue: "any" }, ["a1", "a3", "b1"]],
    ["unassigned", { worker: "unassigned" }, ["a4", "b3"]],
    ["status and risk together", { status: ["ASSESSMENT", "REGISTERED"], risk: ["HIGH", "unset"] }, ["a1", "a3", "a4", "b1", "b3"]],
    ["several filters together", { nationality: "GN", overdue: "any", ageBand: "12-14", sex: "MALE" }, ["a1", "b1"]],
  ])("by %s", async (_label, filters, expected) => {
    expect(await sorted("national", filters)).toEqual(expected.sort());
  });

  it("by worker", async () => {
    expect(await sorted("supNdb", { worker: world.actors.sw2Ndb.userId })).toEqual(["a3", "a6"]);
    expect(await sorted("national", { worker: world.actors.swNkn.userId })).toEqual(["b1", "b2"]);
  });

  it("by centre", async () => {
    expect(await sorted("national", { centre: world.centres.NKN })).toEqual(["b1", "b2", "b3"]);
    expect(await sorted("supNdb", { centre: world.centres.NDB, worker: "unassigned" })).toEqual(["a4"]);
  });

  it.each<[string, Key[]]>([
    ["0003", ["a3", "b3"]],
    ["3", ["a3", "b3"]],
    ["ndb-2026-3", ["a3"]],
    ["NDB-2026-0003", ["a3"]],
    ["ndb 2026 0003", ["a3"]],
    ["2026-0002", ["a2", "b2"]],
    ["nkn-0002", ["b2"]],
    ["ndb-1", ["a1"]],
    ["0099", []],
  ])("by a partial case number %j", async (q, expected) => {
    expect(await sorted("national", { q })).toEqual(expected.sort());
  });

  it("a partial case number never reaches another centre's case for a worker or a supervisor", async () => {
    expect(await sorted("swNdb", { q: "0001", view: "all" })).toEqual(["a1"]);
    expect(await sorted("swNkn", { q: "0001", view: "all" })).toEqual(["b1"]);
    expect(await sorted("swNkn", { q: "ndb-2026-1", view: "all" })).toEqual([]);
    expect(await sorted("supNkn", { q: "2026-0001" })).toEqual(["b1"]);
  });

  it("by case number: a prefix, any case", async () => {
    expect(await sorted("national", { q: "ndb-2026-0003" })).toEqual(["a3"]);
    expect(await sorted("national", { q: "NKN-2026" })).toEqual(["b1", "b2", "b3"]);
    expect(await sorted("national", { q: "NDB-2026-9" })).toEqual([]);
  });

  it.each<[string, Key[]]>([
    ["diallo", ["a1", "b1"]],
    ["Diallo Mamadou", ["a1", "b1"]],
    ["MAMADU  dialo", ["a1", "b1"]],
    ["mama", ["a1", "b1"]],
    ["Traore", ["a3"]],
    ["Mohamed", ["a4", "b2", "b3"]],
    ["محمد", ["a4", "b2", "b3"]],
    ["Aicha Mint-Ahmed", ["a6"]],
    ["Zzyzx", []],
    ["%", []],
    ["_", []],
  ])("by name %j, spelling variants included", async (q, expected) => {
    expect(await sorted("national", { q })).toEqual(expected.sort());
  });
});

describe("listCases: scope applies under every view and filter", () => {
  const attempts: [string, (w: World) => Partial<CaseloadFilters>][] = [
    ["view all", () => ({ view: "all" })],
    ["view centre", () => ({ view: "centre" })],
    ["another centre's id", (w) => ({ centre: w.centres.NKN, view: "all" })],
    ["another worker", (w) => ({ worker: w.actors.swNkn.userId, view: "all" })],
    ["a colleague's cases", (w) => ({ worker: w.actors.sw2Ndb.userId, view: "all" })],
    ["unassigned", () => ({ worker: "unassigned", view: "all" })],
    ["a name found elsewhere", () => ({ q: "Diallo", view: "all" })],
    ["another centre's numbers", () => ({ q: "NKN-", view: "all" })],
    ["overdue", () => ({ overdue: "any", view: "all" })],
    ["every status", () => ({ status: ["ASSESSMENT", "REGISTERED", "FOLLOW_UP", "CLOSED"], view: "all" })],
  ];
  const VISIBLE: Partial<Record<UserKey, Key[]>> = {
    swNdb: ["a1", "a2", "a5", "a6"],
    sw2Ndb: ["a3", "a6"],
    swNkn: ["b1", "b2"],
    supNdb: ["a1", "a2", "a3", "a4", "a5", "a6"],
    supNkn: ["b1", "b2", "b3"],
    ngoA: [],
    bid: [],
  };

  it.each(attempts)("asking for %s", async (_label, filtersOf) => {
    for (const [actor, visible] of Object.entries(VISIBLE) as [UserKey, Key[]][]) {
      for (const view of ["mine", "centre", "all"] as const) {
        const found = await keys(actor, { ...filtersOf(world), view });
        expect(found.filter((key) => !visible.includes(key as Key)), `${actor} ${view}`).toEqual([]);
      }
    }
    expect(await keys("swNdb", { centre: world.centres.NKN, view: "all" })).toEqual([]);
    expect(await sorted("swNdb", { worker: world.actors.sw2Ndb.userId, view: "all" })).toEqual(["a6"]);
  });

  it("drops filters that do not validate instead of sending them to the database", async () => {
    const garbage = { worker: "not-a-uuid", centre: "NDB", status: ["OPEN"], nationality: "XX" } as unknown as Partial<CaseloadFilters>;
    expect(await sorted("supNdb", garbage)).toEqual(["a1", "a2", "a3", "a4", "a5", "a6"]);
  });

  it.each<UserKey>(["me", "panel", "admin"])("%s, who may read no case, gets NotFoundError whatever the filters", async (actor) => {
    await expect(listCases(world.actors[actor])).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCases(world.actors[actor], { view: "all", q: "Diallo", overdue: "any" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listCases: sorting", () => {
  const all = Object.keys(SPECS) as Key[];
  const riskRank = (risk: RiskLevel | null) => (risk === null ? 4 : ["HIGH", "MEDIUM", "LOW", "NONE"].indexOf(risk));
  const dueOf = (key: Key) => (SPECS[key].dueInDays === null ? Infinity : (SPECS[key].dueInDays as number));
  const byId = (a: Key, b: Key) => (ids[a] < ids[b] ? -1 : 1);
  const numberOf = (key: Key) => `${SPECS[key].centre}-${all.filter((k) => SPECS[k].centre === SPECS[key].centre).indexOf(key)}`;

  it.each<[CaseloadFilters["sort"], (a: Key, b: Key) => number]>([
    ["newest", (a, b) => SPECS[a].createdDaysAgo - SPECS[b].createdDaysAgo],
    ["oldest", (a, b) => SPECS[b].createdDaysAgo - SPECS[a].createdDaysAgo],
    ["due", (a, b) => dueOf(a) - dueOf(b)],
    ["name", (a, b) => SPECS[a].lastName.localeCompare(SPECS[b].lastName, "en") || SPECS[a].firstName.localeCompare(SPECS[b].firstName, "en") || byId(a, b)],
    ["caseNumber", (a, b) => numberOf(a).localeCompare(numberOf(b))],
    ["risk", (a, b) => riskRank(SPECS[a].risk) - riskRank(SPECS[b].risk) || dueOf(a) - dueOf(b)],
  ])("by %s", async (sort, compare) => {
    expect(await keys("national", { sort })).toEqual([...all].sort(compare));
  });

  it("urgent: overdue (high risk first, then most overdue), open high risk, other open cases by due date, finished last", async () => {
    const highSoon = await makeCase({ ...SPECS.b2, firstName: "Urgent", risk: "HIGH", dueInDays: 30 });
    expect(await keys("national", { sort: "urgent" })).toEqual(["a1", "b1", "a3", highSoon, "b3", "a2", "a6", "b2", "a4", "a5"]);
    await db.case.delete({ where: { id: highSoon } });
  });

  it("urgent: pages run across the tiers without gaps or repeats", async () => {
    const overdue = [];
    for (let n = 0; n < 20; n++) overdue.push(await makeCase({ ...SPECS.b2, firstName: `Tier${n}`, lastName: "Late", risk: "LOW", dueInDays: -1 - n }));
    const high = [];
    for (let n = 0; n < 10; n++) high.push(await makeCase({ ...SPECS.b2, firstName: `Tier${n}`, lastName: "High", risk: "HIGH", dueInDays: 1 + n }));
    const filters = { q: "tier", sort: "urgent" as const };
    const first = await listCases(world.actors.national, { ...filters, page: 1 });
    const second = await listCases(world.actors.national, { ...filters, page: 2 });
    expect(first.total).toBe(30);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual([...[...overdue].reverse(), ...high]);
    await db.case.deleteMany({ where: { id: { in: [...overdue, ...high] } } });
  });

  it("breaks ties by id, so that pages never overlap", async () => {
    const createdAt = daysAgo(400);
    const twins = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const id = await makeCase({ ...SPECS.b2, firstName: `Twin${n}`, createdDaysAgo: 400, dueInDays: 99 });
        await db.case.update({ where: { id }, data: { createdAt } });
        return id;
      }),
    );
    const query = { q: "twin" };
    const newest = (await listCases(world.actors.national, { ...query, sort: "newest" })).items.map((i) => i.id);
    const oldest = (await listCases(world.actors.national, { ...query, sort: "oldest" })).items.map((i) => i.id);
    const due = (await listCases(world.actors.national, { ...query, sort: "due" })).items.map((i) => i.id);
    expect(newest).toEqual([...twins].sort().reverse());
    expect(oldest).toEqual([...twins].sort());
    expect(due).toEqual([...twins].sort());
    await db.case.deleteMany({ where: { id: { in: twins } } });
  });
});

describe("listCases: pagination keeps the filters", () => {
  it("pages through a filtered list without gaps or repeats", async () => {
    const extra = CASES_PAGE_SIZE + 5;
    for (let n = 0; n < extra; n++) {
      await makeCase({ ...SPECS.b2, firstName: `Page${n}`, status: "CASE_PLAN", risk: "LOW", createdDaysAgo: 50 + n });
    }
    // Same status and risk in the other centre: the centre filter must keep them out.
    await makeCase({ ...SPECS.a2, firstName: "Elsewhere", status: "CASE_PLAN", risk: "LOW" });
    const filters = { centre: world.centres.NKN, status: ["CASE_PLAN" as const], risk: ["LOW" as const] };
    const first = await listCases(world.actors.national, { ...filters, page: 1 });
    const second = await listCases(world.actors.national, { ...filters, page: 2 });
    expect(first.total).toBe(extra);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(CASES_PAGE_SIZE);
    expect(second.items).toHaveLength(5);
    expect(second.page).toBe(2);
    const seen = [...first.items, ...second.items];
    expect(new Set(seen.map((i) => i.id)).size).toBe(extra);
    expect(seen.every((i) => i.centreCode === "NKN" && i.status === "CASE_PLAN" && i.riskLevel === "LOW")).toBe(true);
    // Newest first across the page boundary.
    expect(seen.map((i) => i.firstName)).toEqual(Array.from({ length: extra }, (_, n) => `Page${n}`));

    const beyond = await listCases(world.actors.national, { ...filters, page: 9 });
    expect(beyond).toMatchObject({ items: [], total: extra, page: 9, pageCount: 2 });
  });
});

describe("listCases: what each row says", () => {
  it("names the step the next due date is for", async () => {
    const page = await listCases(world.actors.national, { q: "NDB-2026-0001" });
    expect(page.items[0]).toMatchObject({ caseNumber: "NDB-2026-0001", nextDueKind: "assessment", centreCode: "NDB", assignedWorkerName: "swNdb" });
    expect((await listCases(world.actors.national, { q: "NDB-2026-0004" })).items[0]).toMatchObject({ nextDueAt: null, nextDueKind: null });
  });

  it("flags overdue cases; a finished case shows no due date, whatever it kept", async () => {
    const byKey = new Map((await listCases(world.actors.supNdb)).items.map((item) => [keyOf(item.id), item]));
    expect(byKey.get("a1")).toMatchObject({ overdue: true, nextDueKind: "assessment" });
    expect(byKey.get("a2")).toMatchObject({ overdue: false, nextDueKind: "assessment" });
    expect(byKey.get("a5")).toMatchObject({ status: "CLOSED", overdue: false, nextDueAt: null, nextDueKind: null });
  });
});
