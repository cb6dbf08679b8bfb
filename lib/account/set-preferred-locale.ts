import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { fieldErrorsByField } from "@/lib/field-errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { preferredLocaleSchema } from "./account.schema";

/**
 * The user's own interface language, kept on the account so that it follows them to any device
 * at sign-in (apply-preferred-locale.ts). The caller also sets it on this device.
 */
export async function setPreferredLocale(actor: Actor, input: unknown): Promise<WriteResult<{ locale: Locale }>> {
  const parsed = preferredLocaleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { locale } = parsed.data;
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ preferredLocale: string | null }[]>`
      SELECT "preferredLocale" FROM "User" WHERE "id" = ${actor.userId}::uuid FOR UPDATE`;
    const before = isLocale(current?.preferredLocale) ? current.preferredLocale : null;
    if (before !== locale) {
      await tx.user.update({ where: { id: actor.userId }, data: { preferredLocale: locale }, select: { id: true } });
      await writeAuditEvent(tx, actor.userId, {
        action: "account.localeChanged",
        entityType: "User",
        entityId: actor.userId,
        before: { preferredLocale: before },
        after: { preferredLocale: locale },
      });
    }
    return { ok: true, data: { locale } };
  });
}
