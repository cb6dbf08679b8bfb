import "server-only";
import type { WriteResult } from "@/lib/action-result";
import { after } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { refreshDueDates } from "@/lib/cases/case-write";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { timelineFormSchema, toTimelineConfig } from "./timelines.schema";
import { getTimelineConfig, TIMELINES_SETTING } from "@/lib/cases/timeline-config";

/**
 * Saves the case timelines (administrator). Open cases' due dates are recomputed after the
 * response, in batches, so the administrator does not wait for 100 000 rows.
 */
export async function updateTimelines(actor: Actor, values: unknown, options: { recompute?: "background" | "now" } = {}): Promise<WriteResult> {
  if (!can(actor, "config:manage")) throw new NotFoundError();
  const parsed = timelineFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const config = toTimelineConfig(parsed.data);

  await db.$transaction(async (tx) => {
    const before = await getTimelineConfig(tx);
    await tx.setting.upsert({
      where: { key: TIMELINES_SETTING },
      create: { key: TIMELINES_SETTING, value: config, updatedById: actor.userId },
      update: { value: config, updatedById: actor.userId },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "config.timelinesUpdated",
      entityType: "Setting",
      entityId: TIMELINES_SETTING,
      before,
      after: config,
    });
  });
  if (options.recompute === "now") await recomputeOpenCaseDueDates();
  else after(recomputeOpenCaseDueDates);
  return { ok: true, data: undefined };
}

async function recomputeOpenCaseDueDates(): Promise<void> {
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.case.findMany({
      where: { status: { notIn: ["CLOSED", "DUPLICATE"] }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: 500,
    });
    if (batch.length === 0) return;
    for (const { id } of batch) await db.$transaction((tx) => refreshDueDates(tx, id));
    cursor = batch[batch.length - 1].id;
  }
}
