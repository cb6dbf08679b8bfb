import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  caseloadParams,
  caseloadQueryString,
  caseloadViewsFor,
  defaultCaseloadSort,
  defaultCaseloadView,
  EMPTY_FILTERS,
  hasActiveFilters,
  MAX_PAGE,
  parseCaseloadFilters,
  type CaseloadFilters,
} from "@/lib/cases/caseload-filters";
import { ROLES } from "@/lib/auth/permissions";

const WORKER = "3f0c2a9e-1b7d-4c5e-9a8b-0123456789ab";
const CENTRE = "9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

const FULL: CaseloadFilters = {
  view: "centre",
  status: ["ASSESSMENT", "CASE_PLAN"],
  risk: ["HIGH", "unset"],
  nationality: "GN",
  sex: "FEMALE",
  ageBand: "12-14",
  overdue: "any",
  awaiting: "approval",
  worker: WORKER,
  centre: CENTRE,
  q: "Mamadou Diallo",
  sort: "due",
  page: 3,
};

describe("parseCaseloadFilters", () => {
  it("reads every filter from a query string", () => {
    const query =
      `view=centre&status=ASSESSMENT&status=CASE_PLAN&risk=HIGH,unset&nationality=GN&sex=FEMALE&ageBand=12-14` +
      `&overdue=1&awaiting=approval&worker=${WORKER}&centre=${CENTRE}&q=Mamadou+Diallo&sort=due&page=3`;
    expect(parseCaseloadFilters(query)).toEqual(FULL);
    expect(parseCaseloadFilters(new URLSearchParams(query))).toEqual(FULL);
  });

  it("reads a Next.js searchParams object, with repeated keys as arrays", () => {
    expect(
      parseCaseloadFilters({ status: ["CLOSED", "REGISTERED"], risk: "LOW", worker: "unassigned", overdue: "true", page: "2" }),
    ).toEqual({ ...EMPTY_FILTERS, status: ["REGISTERED", "CLOSED"], risk: ["LOW"], worker: "unassigned", overdue: "any", page: 2 });
  });

  it("gives the defaults for nothing at all", () => {
    for (const input of [undefined, null, "", {}, new URLSearchParams()]) {
      expect(parseCaseloadFilters(input)).toEqual(EMPTY_FILTERS);
    }
  });

  it.each([
    ["an unknown view", "view=everything", {}],
    ["unknown statuses, keeping the known ones", "status=OPEN,ASSESSMENT&status=closed", { status: ["ASSESSMENT"] }],
    ["an unknown risk", "risk=EXTREME&risk=", {}],
    ["a nationality that is no country", "nationality=XX", {}],
    ["a three-letter nationality", "nationality=GIN", {}],
    ["a sex outside the enum", "sex=OTHER", {}],
    ["an unknown age band", "ageBand=18-25", {}],
    ["an overdue flag that is not yes", "overdue=0", {}],
    ["an unknown overdue kind", "overdue=closure", {}],
    ["an unknown awaiting value", "awaiting=decision", {}],
    ["a worker that is no uuid", "worker=' OR 1=1 --", {}],
    ["a centre that is no uuid", "centre=NDB", {}],
    ["a blank search", "q=%20%20%20", {}],
    ["an unknown sort", "sort=random", {}],
    ["a page below 1", "page=0", {}],
    ["a negative page", "page=-4", {}],
    ["a fractional page", "page=2.5", {}],
    ["a page that is no number", "page=deux", {}],
    ["an absurd page", `page=${MAX_PAGE + 1}`, {}],
    ["unknown keys", "foo=bar&__proto__=x&constructor=y", {}],
  ])("drops %s", (_label, query, kept) => {
    expect(parseCaseloadFilters(query)).toEqual({ ...EMPTY_FILTERS, ...kept });
  });

  it("never throws, whatever it is given", () => {
    const garbage: unknown[] = [42, true, [], { status: 7 }, { status: [null, {}] }, { q: ["a".repeat(10_000)] }, "%%%&&&==="];
    for (const input of garbage) {
      expect(() => parseCaseloadFilters(input as never)).not.toThrow();
    }
  });

  it("normalises what it keeps: lower-case nationality and worker id, spaces in the search", () => {
    expect(parseCaseloadFilters(`nationality=sn&worker=${WORKER.toUpperCase()}&q=%20%20Awa%20%20%20Ba%20`)).toEqual({
      ...EMPTY_FILTERS,
      nationality: "SN",
      worker: WORKER,
      q: "Awa Ba",
    });
    expect(parseCaseloadFilters({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("takes the first valid value of a single-valued filter", () => {
    expect(parseCaseloadFilters("sort=bogus&sort=name&sort=due").sort).toBe("name");
    expect(parseCaseloadFilters("page=x&page=4").page).toBe(4);
  });

  it("keeps each status once and in the enum's order", () => {
    expect(parseCaseloadFilters("status=CLOSED,REGISTERED,CLOSED").status).toEqual(["REGISTERED", "CLOSED"]);
  });
});

describe("overdue kinds and awaiting approval (dashboard links)", () => {
  it.each([
    ["overdue=1", "any"],
    ["overdue=yes", "any"],
    ["overdue=assessment", "assessment"],
    ["overdue=casePlan", "casePlan"],
    ["overdue=followUp", "followUp"],
  ] as const)("%s reads as %s", (query, kind) => {
    expect(parseCaseloadFilters(query)).toEqual({ ...EMPTY_FILTERS, overdue: kind });
  });

  it.each(["any", "assessment", "casePlan", "followUp"] as const)("round-trips overdue=%s with the other filters", (kind) => {
    const filters: CaseloadFilters = { ...EMPTY_FILTERS, overdue: kind, worker: WORKER, centre: CENTRE, status: ["ASSESSMENT"] };
    expect(parseCaseloadFilters(caseloadQueryString(filters).slice(1))).toEqual(filters);
  });

  it("writes any kind as the old flag and the others by name", () => {
    expect(caseloadParams({ ...EMPTY_FILTERS, overdue: "any" }).overdue).toBe("1");
    expect(caseloadQueryString({ ...EMPTY_FILTERS, overdue: "casePlan", awaiting: "approval" })).toBe("?overdue=casePlan&awaiting=approval");
  });
});

describe("caseloadQueryString / caseloadParams", () => {
  it("round-trips every filter", () => {
    expect(parseCaseloadFilters(caseloadQueryString(FULL).slice(1))).toEqual(FULL);
    expect(parseCaseloadFilters(caseloadParams(FULL))).toEqual(FULL);
  });

  it("leaves defaults out: no query string at all for the default list", () => {
    expect(caseloadQueryString(EMPTY_FILTERS)).toBe("");
    expect(caseloadParams(EMPTY_FILTERS)).toEqual({});
  });

  it("writes lists comma-separated, so the result is a flat record for links", () => {
    expect(caseloadParams(FULL)).toMatchObject({ status: "ASSESSMENT,CASE_PLAN", risk: "HIGH,unset", overdue: "1", page: "3" });
    expect(caseloadQueryString({ ...EMPTY_FILTERS, status: ["ASSESSMENT", "CASE_PLAN"] })).toBe("?status=ASSESSMENT%2CCASE_PLAN");
  });

  it("applies changes, e.g. another page or view, and can remove a filter", () => {
    expect(caseloadQueryString(FULL, { page: 1, worker: undefined })).not.toMatch(/page=|worker=/);
    expect(parseCaseloadFilters(caseloadQueryString(FULL, { page: 7 }).slice(1)).page).toBe(7);
    expect(caseloadQueryString(EMPTY_FILTERS, { view: "mine" })).toBe("?view=mine");
  });

  it("encodes a search safely", () => {
    const filters = { ...EMPTY_FILTERS, q: "a&b=c #محمد" };
    expect(parseCaseloadFilters(caseloadQueryString(filters).slice(1)).q).toBe("a&b=c #محمد");
  });
});

describe("hasActiveFilters", () => {
  it("is false for the view, sort and page alone", () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, view: "all", sort: "name", page: 4 })).toBe(false);
  });
  it.each<Partial<CaseloadFilters>>([
    { status: ["CLOSED"] },
    { risk: ["unset"] },
    { nationality: "ML" },
    { sex: "MALE" },
    { ageBand: "0-5" },
    { overdue: "any" },
    { overdue: "followUp" },
    { awaiting: "approval" },
    { worker: "unassigned" },
    { centre: CENTRE },
    { q: "Awa" },
  ])("is true with %j", (change) => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, ...change })).toBe(true);
  });
});

describe("activeFilterCount", () => {
  it("counts nothing for the view, sort and page alone", () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, view: "all", sort: "name", page: 4 })).toBe(0);
  });
  it("counts a multi-choice filter once, however many values are ticked", () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, status: ["ASSESSMENT", "CASE_PLAN"], risk: ["HIGH"] })).toBe(2);
  });
  it("counts every filter that is set", () => {
    expect(activeFilterCount(FULL)).toBe(10);
  });
});

describe("views by role", () => {
  it("defaults: a social worker their own caseload, a supervisor the centre, everyone else all they may see", () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, defaultCaseloadView(role)]))).toEqual({
      SOCIAL_WORKER: "mine",
      CENTRE_SUPERVISOR: "centre",
      NATIONAL_SUPERVISOR: "all",
      BID_COORDINATOR: "all",
      PANEL_MEMBER: "all",
      NGO_CASEWORKER: "all",
      ME_OFFICER: "all",
      ADMINISTRATOR: "all",
    });
  });

  it("offers tabs only to social workers, whose default comes first", () => {
    for (const role of ROLES) {
      const views = caseloadViewsFor(role);
      if (views.length) expect(views[0]).toBe(defaultCaseloadView(role));
    }
    expect(caseloadViewsFor("SOCIAL_WORKER")).toEqual(["mine", "all"]);
    expect(caseloadViewsFor("CENTRE_SUPERVISOR")).toEqual([]);
  });
});

describe("default sort by role", () => {
  it("a social worker's caseload opens on the urgent work; the others on the newest cases", () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, defaultCaseloadSort(role)]))).toEqual(
      Object.fromEntries(ROLES.map((role) => [role, role === "SOCIAL_WORKER" ? "urgent" : "newest"])),
    );
  });

  it("an absent sort stays absent (the role decides), a chosen one stays in the URL", () => {
    expect(parseCaseloadFilters("").sort).toBeUndefined();
    expect(caseloadQueryString(parseCaseloadFilters("sort=newest"))).toBe("?sort=newest");
    expect(caseloadQueryString(EMPTY_FILTERS)).toBe("");
  });
});
