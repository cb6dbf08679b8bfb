import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkReadiness, referralReadinessSelect, type Readiness } from "./readiness";
import { waitingDays } from "./waiting-days";

export const QUEUE_PAGE_SIZE = 25;

export type QueueEntry = {
  referralId: string;
  caseId: string;
  caseNumber: string;
  childName: string;
  centreName: string;
  workerName: string | null;
  referredAt: Date;
  waitingDays: number;
  readiness: Readiness;
};

/** Referrals waiting in the coordinator's queue (QUEUED), oldest first, paginated; one query per page. */
export async function listBidQueue(
  actor: Actor,
  options: { page?: number; pageSize?: number; readyOnly?: boolean } = {},
): Promise<{ entries: QueueEntry[]; total: number; page: number; pageSize: number }> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const pageSize = options.pageSize ?? QUEUE_PAGE_SIZE;
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const where = { status: "QUEUED" as const };
  const [rows, total] = await Promise.all([
    db.bidReferral.findMany({
      where,
      orderBy: [{ referredAt: "asc" }, { id: "asc" }],
      skip: options.readyOnly ? undefined : (page - 1) * pageSize,
      take: options.readyOnly ? undefined : pageSize,
      select: {
        id: true,
        referredAt: true,
        ...referralReadinessSelect,
        case: {
          select: {
            id: true,
            caseNumber: true,
            firstName: true,
            lastName: true,
            centre: { select: { name: true } },
            assignedWorker: { select: { name: true } },
            ...referralReadinessSelect.case.select,
          },
        },
      },
    }),
    db.bidReferral.count({ where }),
  ]);
  const now = new Date();
  const entries = rows
    .map((r) => ({
      referralId: r.id,
      caseId: r.case.id,
      caseNumber: r.case.caseNumber,
      childName: `${r.case.firstName} ${r.case.lastName}`,
      centreName: r.case.centre.name,
      workerName: r.case.assignedWorker?.name ?? null,
      referredAt: r.referredAt,
      waitingDays: waitingDays(r.referredAt, now),
      readiness: checkReadiness(r),
    }))
    .filter((e) => !options.readyOnly || e.readiness.ready);
  return { entries, total, page, pageSize };
}
