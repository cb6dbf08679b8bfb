import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getSecurityConfig, SECURITY_SETTING, type SecurityConfig } from "@/lib/auth/security-config";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { securityConfigFormSchema } from "./security-config.schema";

/**
 * The administrator sets which roles must use two-factor sign-in and the idle timeout (audited
 * with before/after). A newly required role's users are sent to enrolment on their next click.
 */
export async function updateSecurityConfig(actor: Actor, values: unknown): Promise<WriteResult> {
  if (!can(actor, "config:manage")) throw new NotFoundError();
  const parsed = securityConfigFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const config: SecurityConfig = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await getSecurityConfig(tx);
    await tx.setting.upsert({
      where: { key: SECURITY_SETTING },
      create: { key: SECURITY_SETTING, value: config, updatedById: actor.userId },
      update: { value: config, updatedById: actor.userId },
    });
    await writeAuditEvent(tx, actor.userId, { action: "config.securityUpdated", entityType: "Setting", entityId: SECURITY_SETTING, before, after: config });
  });
  return { ok: true, data: undefined };
}
