import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { caseListSelect, toCaseListItem, type CaseListItem } from "./case.dto";

export const CASES_PAGE_SIZE = 25;

export type CasePage = { items: CaseListItem[]; total: number; page: number; pageCount: number };

/** The actor's caseload, newest first, one page at a time (the scope decides whose cases). */
export async function listCases(actor: Actor, options: { page?: number } = {}): Promise<CasePage> {
  if (!can(actor, "case:read")) throw new NotFoundError();
  const where = caseScope(actor);
  const requested = Math.max(1, Math.floor(options.page ?? 1));
  const [total, rows] = await db.$transaction([
    db.case.count({ where }),
    db.case.findMany({
      where,
      select: caseListSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (requested - 1) * CASES_PAGE_SIZE,
      take: CASES_PAGE_SIZE,
    }),
  ]);
  return {
    items: rows.map(toCaseListItem),
    total,
    page: requested,
    pageCount: Math.max(1, Math.ceil(total / CASES_PAGE_SIZE)),
  };
}
