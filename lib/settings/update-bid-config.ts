import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { BID_SETTING, getBidConfig } from "@/lib/bid/bid-config";
import { bidConfigFormSchema, toBidConfig } from "./bid-config.schema";

/** The administrator sets the quorum rule and the panel access window (audited with before/after). */
export async function updateBidConfig(actor: Actor, values: unknown): Promise<WriteResult> {
  if (!can(actor, "config:manage")) throw new NotFoundError();
  const parsed = bidConfigFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const config = toBidConfig(parsed.data);
  await db.$transaction(async (tx) => {
    const before = await getBidConfig(tx);
    await tx.setting.upsert({
      where: { key: BID_SETTING },
      create: { key: BID_SETTING, value: config, updatedById: actor.userId },
      update: { value: config, updatedById: actor.userId },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "config.bidUpdated",
      entityType: "Setting",
      entityId: BID_SETTING,
      before,
      after: config,
    });
  });
  return { ok: true, data: undefined };
}
