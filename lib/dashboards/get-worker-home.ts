import "server-only";
// The social worker's home: the work due in her own caseload, overdue first. It reads the due
// dates the timelines already computed (lib/cases/timelines.ts) and calls a date overdue exactly as
// the caseload's overdue filter does (a pending due date before now, on a case not finished).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { statusFacts } from "@/lib/cases/timelines";
import { FINISHED_STATUSES } from "@/lib/cases/list-cases";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { RiskLevel } from "@/lib/generated/prisma/enums";

export const WORK_KINDS = ["firstAction", "assessment", "casePlan", "followUp", "bidImplementation", "bidReview"] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export type DueWork = { kind: WorkKind; dueAt: Date; overdue: boolean };

/** One case with the work due on it by the end of today, the earliest first. */
export type DueCase = {
  caseId: string;
  caseNumber: string;
  firstName: string;
  lastName: string;
  riskLevel: RiskLevel | null;
  work: DueWork[];
};

export type WorkerHome = {
  /** Cases with overdue work, the most overdue first. */
  overdue: DueCase[];
  /** Cases whose earliest work is due later today (UTC: Mauritania's time all year). */
  dueToday: DueCase[];
  /** More cases with work due than the page lists: the caseload's overdue filter shows them all. */
  truncated: boolean;
};

/** At most this many cases: a worker's own caseload is far smaller. */
const CASE_LIMIT = 100;

const RISK_ORDER: Record<RiskLevel, number> = { HIGH: 0, MEDIUM: 1, LOW: 2, NONE: 3 };

/** Most urgent first: the earlier date, then the higher risk (not yet assessed counts as medium, as in the timelines). */
function byUrgency(a: DueCase, b: DueCase): number {
  return a.work[0].dueAt.getTime() - b.work[0].dueAt.getTime() || RISK_ORDER[a.riskLevel ?? "MEDIUM"] - RISK_ORDER[b.riskLevel ?? "MEDIUM"];
}

export async function getWorkerHome(actor: Actor, now: Date = new Date()): Promise<WorkerHome> {
  if (!can(actor, "caseload:own")) throw new NotFoundError();
  const endOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const rows = await db.case.findMany({
    // Her own caseload ("my cases"), within her scope; nextDueAt is the earliest pending date.
    where: { AND: [caseScope(actor), { assignedWorkerId: actor.userId, status: { notIn: FINISHED_STATUSES }, nextDueAt: { lt: endOfToday } }] },
    orderBy: [{ nextDueAt: "asc" }, { id: "asc" }],
    take: CASE_LIMIT + 1,
    select: {
      id: true,
      caseNumber: true,
      firstName: true,
      lastName: true,
      riskLevel: true,
      status: true,
      firstActionDueAt: true,
      assessmentDueAt: true,
      casePlanDueAt: true,
      followUpDueAt: true,
      implementationDueAt: true,
      reviewDueAt: true,
    },
  });
  const cases: DueCase[] = [];
  for (const row of rows.slice(0, CASE_LIMIT)) {
    // The BID dates count as the timelines count them: implementation while implementing, the
    // review unless a new referral is pending.
    const { implementing, awaitingBid } = statusFacts(row.status);
    const dates: Record<WorkKind, Date | null> = {
      firstAction: row.firstActionDueAt,
      assessment: row.assessmentDueAt,
      casePlan: row.casePlanDueAt,
      followUp: row.followUpDueAt,
      bidImplementation: implementing ? row.implementationDueAt : null,
      bidReview: awaitingBid ? null : row.reviewDueAt,
    };
    const work = WORK_KINDS.flatMap((kind) => {
      const dueAt = dates[kind];
      return dueAt && dueAt < endOfToday ? [{ kind, dueAt, overdue: dueAt < now }] : [];
    }).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    if (work.length === 0) continue;
    const { id: caseId, caseNumber, firstName, lastName, riskLevel } = row;
    cases.push({ caseId, caseNumber, firstName, lastName, riskLevel, work });
  }
  cases.sort(byUrgency);
  return { overdue: cases.filter((c) => c.work[0].overdue), dueToday: cases.filter((c) => !c.work[0].overdue), truncated: rows.length > CASE_LIMIT };
}
