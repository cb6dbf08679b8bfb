// The caseload's filters as they live in the URL, pure (no server-only): parsed from the page's
// searchParams with a zod schema that never throws — anything unknown or malformed is dropped —
// and written back to a query string for tabs, links and pagination.
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { inputString } from "@/lib/text/input-string";
import { CaseStatus, RiskLevel, Sex, type Role } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "@/lib/reference/countries";
import { AGE_BANDS, type AgeBand } from "./age-bands";
import { uuidField } from "@/lib/validation/uuid";

export const CASELOAD_VIEWS = ["mine", "centre", "all"] as const;
export type CaseloadView = (typeof CASELOAD_VIEWS)[number];

/**
 * The view tabs worth showing to a role, default first. A social worker's "all" is every case
 * in their scope (assigned to them, registered by them or opened to them); for every other role
 * the scope is a single list (a supervisor's centres, national, BID, NGO), narrowed with the
 * centre and worker filters instead. Any view can still be asked for in the URL: the scope
 * always applies on top of it.
 */
export function caseloadViewsFor(role: Role): CaseloadView[] {
  return can({ role }, "caseload:own") ? ["mine", "all"] : [];
}

export function defaultCaseloadView(role: Role): CaseloadView {
  switch (role) {
    case "SOCIAL_WORKER":
      return "mine";
    case "CENTRE_SUPERVISOR":
      return "centre";
    default:
      return "all";
  }
}

/** "urgent": overdue cases first (high risk among them first), then high-risk ones, then by due date. */
export const CASELOAD_SORTS = ["urgent", "newest", "oldest", "due", "name", "caseNumber", "risk"] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** A social worker opens her caseload to do the most urgent work first; the others, to see what came in. */
export function defaultCaseloadSort(role: Role): CaseloadSort {
  return role === "SOCIAL_WORKER" ? "urgent" : "newest";
}

export const CASE_STATUSES = Object.values(CaseStatus);
export const RISK_FILTERS = [...Object.values(RiskLevel), "unset"] as const;
export type RiskFilter = (typeof RISK_FILTERS)[number];

export const UNASSIGNED = "unassigned";

/**
 * Overdue work: "any" is the case's earliest pending due date (nextDueAt, `overdue=1` in the URL);
 * the others, one kind of step (its own due date, null once the step is done).
 */
export const OVERDUE_KINDS = ["any", "assessment", "casePlan", "followUp"] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

/** Cases waiting for a supervisor's decision (a submitted assessment, case plan or closure). */
export const AWAITING_FILTERS = ["approval"] as const;
export type AwaitingFilter = (typeof AWAITING_FILTERS)[number];
/** Beyond this a page number is garbage, not a page someone wants (and a costly OFFSET). */
export const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 100;

export type CaseloadFilters = {
  /** Absent: the role's default view (lib/cases/list-cases.ts). */
  view?: CaseloadView;
  status: CaseStatus[];
  risk: RiskFilter[];
  /** ISO 3166-1 alpha-2. */
  nationality?: string;
  sex?: Sex;
  ageBand?: AgeBand;
  overdue?: OverdueKind;
  awaiting?: AwaitingFilter;
  /** A worker's user id, or "unassigned". */
  worker?: string;
  centre?: string;
  q?: string;
  /** Absent: the role's default sort (defaultCaseloadSort). */
  sort?: CaseloadSort;
  page: number;
};

export const EMPTY_FILTERS: CaseloadFilters = { status: [], risk: [], page: 1 };

const uuid = uuidField().transform((value) => value.toLowerCase());
const country = inputString()
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode);
const query = inputString()
  .transform((value) => value.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim())
  .refine((value) => value.length > 0);
/** A yes flag ("overdue=1", from before there were kinds) means any kind. */
const overdueKind = z.union([z.enum(["1", "true", "on", "yes"]).transform((): OverdueKind => "any"), z.enum(OVERDUE_KINDS)]);
const pageNumber = z.coerce.number().int().min(1).max(MAX_PAGE);

/** A parameter's values; absent or malformed reads as none. */
const raw = z.array(inputString()).optional().catch(undefined);

/** The first value that `schema` accepts; undefined when none does. */
function first<T>(schema: z.ZodType<T>) {
  return raw.transform((values) => {
    for (const value of values ?? []) {
      const parsed = schema.safeParse(value.trim());
      if (parsed.success) return parsed.data;
    }
    return undefined;
  });
}

/** Every accepted value, from repeated parameters and/or comma-separated lists, without repeats. */
function every<T extends string>(allowed: readonly T[]) {
  return raw.transform((values) => {
    const wanted = new Set((values ?? []).flatMap((value) => value.split(",")).map((value) => value.trim()));
    return allowed.filter((value) => wanted.has(value));
  });
}

export const caseloadFiltersSchema = z.object({
  view: first(z.enum(CASELOAD_VIEWS)),
  status: every(CASE_STATUSES),
  risk: every(RISK_FILTERS),
  nationality: first(country),
  sex: first(z.enum(Sex)),
  ageBand: first(z.enum(AGE_BANDS)),
  overdue: first(overdueKind),
  awaiting: first(z.enum(AWAITING_FILTERS)),
  worker: first(z.union([z.literal(UNASSIGNED), uuid])),
  centre: first(uuid),
  q: first(query),
  sort: first(z.enum(CASELOAD_SORTS)),
  page: first(pageNumber).transform((value) => value ?? 1),
});

export type SearchParamsLike =
  | URLSearchParams
  | string
  | Record<string, string | readonly string[] | undefined>
  | null
  | undefined;

function toLists(input: SearchParamsLike): Record<string, string[]> {
  // A Map: keys such as "constructor" or "__proto__" must stay plain data.
  const lists = new Map<string, string[]>();
  const add = (key: string, value: unknown) => {
    if (typeof value === "string") lists.set(key, [...(lists.get(key) ?? []), value]);
  };
  if (input instanceof URLSearchParams || typeof input === "string") {
    new URLSearchParams(input).forEach((value, key) => add(key, value));
  } else if (input && typeof input === "object") {
    for (const [key, value] of Object.entries(input)) {
      if (Array.isArray(value)) value.forEach((item) => add(key, item));
      else add(key, value);
    }
  }
  return Object.fromEntries(lists);
}

/** Filters from a URL's query (a Next.js searchParams object, URLSearchParams or a string). Never throws. */
export function parseCaseloadFilters(input: SearchParamsLike): CaseloadFilters {
  const parsed = caseloadFiltersSchema.safeParse(toLists(input));
  if (!parsed.success) return { ...EMPTY_FILTERS };
  const { view, nationality, sex, ageBand, overdue, awaiting, worker, centre, q, sort, ...rest } = parsed.data;
  // Absent keys stay absent, so a round trip gives back an equal object.
  return {
    ...rest,
    ...(view && { view }),
    ...(nationality && { nationality }),
    ...(sex && { sex }),
    ...(ageBand && { ageBand }),
    ...(overdue && { overdue }),
    ...(awaiting && { awaiting }),
    ...(worker && { worker }),
    ...(centre && { centre }),
    ...(q && { q }),
    ...(sort && { sort }),
  };
}

/** True when any filter narrows the list (not the view, sort or page). */
export function hasActiveFilters(filters: CaseloadFilters): boolean {
  return (
    filters.status.length > 0 ||
    filters.risk.length > 0 ||
    [filters.nationality, filters.sex, filters.ageBand, filters.overdue, filters.awaiting, filters.worker, filters.centre, filters.q].some((v) => v !== undefined)
  );
}

/** How many filters narrow the list (the view and the sort are not filters): the count on the phone's "Filters" button. */
export function activeFilterCount(filters: CaseloadFilters): number {
  const single = [filters.nationality, filters.sex, filters.ageBand, filters.overdue, filters.awaiting, filters.worker, filters.centre, filters.q];
  return Number(filters.status.length > 0) + Number(filters.risk.length > 0) + single.filter((v) => v !== undefined).length;
}

/**
 * The filters as query parameters, defaults left out, lists comma-separated (so the result fits
 * a plain Record, e.g. for components/ui/pagination.tsx).
 */
export function caseloadParams(filters: CaseloadFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.view) params.view = filters.view;
  if (filters.q) params.q = filters.q;
  if (filters.status.length) params.status = filters.status.join(",");
  if (filters.risk.length) params.risk = filters.risk.join(",");
  if (filters.nationality) params.nationality = filters.nationality;
  if (filters.sex) params.sex = filters.sex;
  if (filters.ageBand) params.ageBand = filters.ageBand;
  if (filters.overdue) params.overdue = filters.overdue === "any" ? "1" : filters.overdue;
  if (filters.awaiting) params.awaiting = filters.awaiting;
  if (filters.centre) params.centre = filters.centre;
  if (filters.worker) params.worker = filters.worker;
  if (filters.sort) params.sort = filters.sort;
  if (filters.page > 1) params.page = String(filters.page);
  return params;
}

/** "?view=centre&status=ASSESSMENT%2CCASE_PLAN…", or "" when everything is at its default. */
export function caseloadQueryString(filters: CaseloadFilters, changes: Partial<CaseloadFilters> = {}): string {
  const query = new URLSearchParams(caseloadParams({ ...filters, ...changes })).toString();
  return query ? `?${query}` : "";
}
