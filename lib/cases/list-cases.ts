import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { ageBandBirthDates } from "./age-bands";
import { caseListSelect, toCaseListItem, type CaseListItem } from "./case.dto";
import {
  caseloadParams,
  defaultCaseloadSort,
  defaultCaseloadView,
  EMPTY_FILTERS,
  parseCaseloadFilters,
  UNASSIGNED,
  type CaseloadFilters,
  type CaseloadSort,
  type CaseloadView,
  type OverdueKind,
} from "./caseload-filters";
import { todayUtc } from "@/lib/dates/calendar";
import { nameSearchKey } from "./name-search";
import { parseCaseNumberQuery } from "./case-number";

export const CASES_PAGE_SIZE = 25;

/** Statuses with nothing left to do: never overdue, listed without a due date. */
export const FINISHED_STATUSES: CaseStatus[] = ["CLOSED", "DUPLICATE", "TRANSFERRED"];

export type DueKind = "firstAction" | "assessment" | "casePlan" | "followUp";

export type CaseloadItem = CaseListItem & {
  /** Which pending step `nextDueAt` is the deadline of. */
  nextDueKind: DueKind | null;
  /** `nextDueAt` has passed — what the overdue filter selects. */
  overdue: boolean;
};

export type CasePage = {
  items: CaseloadItem[];
  total: number;
  page: number;
  pageCount: number;
  /** The view actually applied (the role's default when none was asked for). */
  view: CaseloadView;
  /** The sort actually applied (the role's default when none was asked for). */
  sort: CaseloadSort;
};

const NONE: Prisma.CaseWhereInput = { id: { in: [] } };

function viewWhere(actor: Actor, view: CaseloadView): Prisma.CaseWhereInput {
  if (view === "mine") return { assignedWorkerId: actor.userId };
  if (view === "centre" && actor.centreIds.length > 0) return { centreId: { in: [...actor.centreIds] } };
  return {};
}

/** `token` as a whole space-separated token of Case.searchName. */
function hasToken(token: string): Prisma.CaseWhereInput {
  return {
    OR: [
      { searchName: { equals: token } },
      { searchName: { startsWith: `${token} ` } },
      { searchName: { endsWith: ` ${token}` } },
      { searchName: { contains: ` ${token} ` } },
    ],
  };
}

/** Variant keys this long are rare enough inside other tokens to be matched as a part of one. */
const PART_MATCH_LENGTH = 4;

/**
 * One word of a name query, normalised by the same function as Case.searchName. Its first key
 * token (the word's own normal form) may be a part of a stored token, so that typing the start
 * of a name finds it; the others (spelling-variant keys such as "mhmd") match a stored token —
 * a short one only as a whole token, or "dl" would find every Abdoulaye.
 */
function nameWordWhere(word: string): Prisma.CaseWhereInput | null {
  // LIKE wildcards are taken out, not searched for.
  const [own, ...variants] = nameSearchKey({ firstName: word, lastName: "" })
    .replace(/[%_\\]/g, "")
    .split(" ")
    .filter(Boolean);
  if (!own) return null;
  const variantWhere = variants.map((variant) =>
    variant.length >= PART_MATCH_LENGTH ? { searchName: { contains: variant } } : hasToken(variant),
  );
  return { OR: [{ searchName: { contains: own } }, ...variantWhere] };
}

/**
 * A case-number-looking query (lib/cases/case-number.ts) matches numbers; anything else, every
 * word of the name. Each number form has an index: the unique number and its text_pattern_ops
 * index for the number and its start, (caseSequence, caseYear) for a sequence.
 */
function searchWhere(q: string): Prisma.CaseWhereInput {
  const number = parseCaseNumberQuery(q);
  if (number?.kind === "number") {
    const startsWith = { caseNumber: { startsWith: number.prefix } };
    return number.exact ? { OR: [{ caseNumber: number.exact }, startsWith] } : startsWith;
  }
  if (number?.kind === "prefix") return { caseNumber: { startsWith: number.prefix } };
  if (number?.kind === "sequence") {
    return {
      caseSequence: number.sequence,
      ...(number.year !== undefined && { caseYear: number.year }),
      ...(number.centreCode && { caseNumber: { startsWith: `${number.centreCode}-` } }),
    };
  }
  const words = q
    .split(/[\s-]+/)
    .map(nameWordWhere)
    .filter((where) => where !== null);
  return words.length ? { AND: words } : NONE;
}

/** The due date each overdue kind compares with now (lib/cases/timelines.ts nulls it once the step is done). */
export const OVERDUE_COLUMN = {
  any: "nextDueAt",
  assessment: "assessmentDueAt",
  casePlan: "casePlanDueAt",
  followUp: "followUpDueAt",
} as const satisfies Record<OverdueKind, keyof Prisma.CaseWhereInput>;

/** Overdue work of one kind: the caseload's overdue filter, its "urgent" sort and the dashboard counts. */
export function overdueWhere(kind: OverdueKind, now: Date): Prisma.CaseWhereInput {
  return { [OVERDUE_COLUMN[kind]]: { lt: now }, status: { notIn: FINISHED_STATUSES } };
}

/**
 * A submitted assessment, case plan or closure waits for the supervisor — the same cases as the
 * approvals queue (lib/approvals/list-pending-approvals.ts: any case not closed).
 */
export const AWAITING_APPROVAL: Prisma.CaseWhereInput = {
  status: { not: "CLOSED" },
  OR: [
    { assessments: { some: { status: "SUBMITTED" } } },
    { casePlans: { some: { status: "SUBMITTED" } } },
    { closures: { some: { status: "SUBMITTED" } } },
  ],
};

function filterWhere(filters: CaseloadFilters, now: Date): Prisma.CaseWhereInput[] {
  const where: Prisma.CaseWhereInput[] = [];
  if (filters.status.length) where.push({ status: { in: filters.status } });
  if (filters.risk.length) {
    const levels = filters.risk.filter((risk) => risk !== "unset");
    const unset = filters.risk.includes("unset");
    if (!unset) where.push({ riskLevel: { in: levels } });
    else if (levels.length === 0) where.push({ riskLevel: null });
    else where.push({ OR: [{ riskLevel: { in: levels } }, { riskLevel: null }] });
  }
  if (filters.nationality) where.push({ nationality: filters.nationality });
  if (filters.sex) where.push({ sex: filters.sex });
  if (filters.ageBand) {
    const { after, onOrBefore } = ageBandBirthDates(filters.ageBand, todayUtc(now));
    where.push({ dateOfBirth: { gt: after, lte: onOrBefore } });
  }
  if (filters.overdue) where.push(overdueWhere(filters.overdue, now));
  if (filters.awaiting === "approval") where.push(AWAITING_APPROVAL);
  if (filters.worker) where.push({ assignedWorkerId: filters.worker === UNASSIGNED ? null : filters.worker });
  if (filters.centre) where.push({ centreId: filters.centre });
  if (filters.q) where.push(searchWhere(filters.q));
  return where;
}

// Every order ends on a unique column, so pages never overlap or skip a case.
export const CASELOAD_ORDER: Record<CaseloadSort, Prisma.CaseOrderByWithRelationInput[]> = {
  // One order for a whole list (the export): the earliest due first puts overdue work first.
  // listCases pages the urgent sort through its tiers (urgentTiers).
  urgent: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { riskLevel: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  due: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  name: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  caseNumber: [{ caseNumber: "asc" }],
  // The enum's order: HIGH, MEDIUM, LOW, NONE; not yet assessed last.
  risk: [{ riskLevel: { sort: "asc", nulls: "last" } }, { nextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
};

const DUE_ORDER: Prisma.CaseOrderByWithRelationInput[] = [{ nextDueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }];

/**
 * The urgent sort as four disjoint tiers, each with its own order (Prisma cannot order on "past
 * now"): overdue cases — the overdue filter's rule — high risk first, then the most overdue; open
 * high-risk cases; the other open cases by due date; finished cases, newest first. The
 * complements are spelled out: NOT over a NULL column would drop the case.
 */
function urgentTiers(now: Date): { where: Prisma.CaseWhereInput; orderBy: Prisma.CaseOrderByWithRelationInput[] }[] {
  const open: Prisma.CaseWhereInput = { status: { notIn: FINISHED_STATUSES } };
  const notDue: Prisma.CaseWhereInput = { OR: [{ nextDueAt: null }, { nextDueAt: { gte: now } }] };
  return [
    { where: overdueWhere("any", now), orderBy: [{ riskLevel: { sort: "asc", nulls: "last" } }, { nextDueAt: "asc" }, { id: "asc" }] },
    { where: { AND: [open, notDue, { riskLevel: "HIGH" }] }, orderBy: DUE_ORDER },
    { where: { AND: [open, notDue, { OR: [{ riskLevel: null }, { riskLevel: { not: "HIGH" } }] }] }, orderBy: DUE_ORDER },
    { where: { status: { in: FINISHED_STATUSES } }, orderBy: CASELOAD_ORDER.newest },
  ];
}

const caseloadSelect = {
  ...caseListSelect,
  firstActionDueAt: true,
  assessmentDueAt: true,
  casePlanDueAt: true,
  followUpDueAt: true,
} as const;

type CaseloadRow = Prisma.CaseGetPayload<{ select: typeof caseloadSelect }>;

function toCaseloadItem(
  { firstActionDueAt, assessmentDueAt, casePlanDueAt, followUpDueAt, ...row }: CaseloadRow,
  now: Date,
): CaseloadItem {
  const item = toCaseListItem(row);
  // A finished case has nothing left to do, whatever due date it kept.
  if (FINISHED_STATUSES.includes(row.status)) return { ...item, nextDueAt: null, nextDueKind: null, overdue: false };
  const due: [DueKind, Date | null][] = [
    ["firstAction", firstActionDueAt],
    ["assessment", assessmentDueAt],
    ["casePlan", casePlanDueAt],
    ["followUp", followUpDueAt],
  ];
  const next = row.nextDueAt?.getTime();
  const nextDueKind = due.find(([, date]) => date !== null && date.getTime() === next)?.[0] ?? null;
  return { ...item, nextDueKind, overdue: next !== undefined && next < now.getTime() };
}

/**
 * The caseload's where-input: the scope, the view and the filters ANDed — a view or a filter can
 * only narrow what the scope allows. Shared by the list and its export (lib/exports). The caller
 * checks the permission.
 */
export function caseloadWhere(actor: Actor, options: Partial<CaseloadFilters>, now: Date) {
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  // Through the URL schema again, whoever the caller: what it drops (an id that is no uuid, an
  // unknown status) would otherwise reach the query.
  const filters = parseCaseloadFilters(caseloadParams({ ...EMPTY_FILTERS, ...Object.fromEntries(given) }));
  const view = filters.view ?? defaultCaseloadView(actor.role);
  const where: Prisma.CaseWhereInput = { AND: [caseScope(actor), viewWhere(actor, view), ...filterWhere(filters, now)] };
  return { where, view, filters };
}

/**
 * One page of the actor's caseload: the scope, the view and the filters ANDed — a view or a
 * filter can only narrow what the scope allows. Count and page are read side by side, not in a
 * transaction: under load a transaction holds a pooled connection for four round trips and
 * requests queued behind it failed (ADR 0021); a write landing between the two reads at worst
 * shows a total one case off for that page view.
 */
export async function listCases(
  actor: Actor,
  options: Partial<CaseloadFilters> = {},
  now: Date = new Date(),
): Promise<CasePage> {
  if (!can(actor, "case:read")) throw new NotFoundError();
  const { where, view, filters } = caseloadWhere(actor, options, now);
  const page = Math.max(1, Math.floor(filters.page) || 1);
  const sort = filters.sort ?? defaultCaseloadSort(actor.role);
  const { total, rows } = sort === "urgent" ? await urgentPage(where, page, now) : await sortedPage(where, page, CASELOAD_ORDER[sort] ?? CASELOAD_ORDER.newest);
  return {
    items: rows.map((row) => toCaseloadItem(row, now)),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CASES_PAGE_SIZE)),
    view,
    sort,
  };
}

async function sortedPage(where: Prisma.CaseWhereInput, page: number, orderBy: Prisma.CaseOrderByWithRelationInput[]) {
  const [total, rows] = await Promise.all([
    db.case.count({ where }),
    db.case.findMany({
      where,
      select: caseloadSelect,
      orderBy,
      skip: (page - 1) * CASES_PAGE_SIZE,
      take: CASES_PAGE_SIZE,
    }),
  ]);
  return { total, rows };
}

/** A page across the urgent tiers: each tier's size, then the slice of each tier the page covers. */
async function urgentPage(where: Prisma.CaseWhereInput, page: number, now: Date) {
  const tiers = urgentTiers(now).map((tier) => ({ ...tier, where: { AND: [where, tier.where] } }));
  const sizes = await Promise.all(tiers.map((tier) => db.case.count({ where: tier.where })));
  let skip = (page - 1) * CASES_PAGE_SIZE;
  let wanted = CASES_PAGE_SIZE;
  const slices: Promise<CaseloadRow[]>[] = [];
  tiers.forEach((tier, index) => {
    if (wanted === 0) return;
    if (skip >= sizes[index]) {
      skip -= sizes[index];
      return;
    }
    const take = Math.min(wanted, sizes[index] - skip);
    slices.push(db.case.findMany({ where: tier.where, select: caseloadSelect, orderBy: tier.orderBy, skip, take }));
    wanted -= take;
    skip = 0;
  });
  return { total: sizes.reduce((sum, size) => sum + size, 0), rows: (await Promise.all(slices)).flat() };
}
