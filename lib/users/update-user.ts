import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { UserAccountFields } from "@/lib/audit/audit-events";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { isLocale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/uuid";
import { accountFieldErrors } from "./check-account";
import { lastChangedBy } from "./last-changed-by";
import { lockActiveAdministrators } from "./lock-administrators";
import { updateUserSchema } from "./user.schema";

/**
 * The administrator changes an account: name, role, organisation, centres, active, language.
 * The form's version must be the account's (else ConflictError: someone changed it meanwhile).
 * The same rules as creation apply; an administrator cannot deactivate or demote themselves, and
 * the last active administrator stays one. A change of role, organisation, centres or activity ends
 * the user's sessions (database triggers, ADR 0016), so it applies from their next request.
 * Audited with the changed fields before and after; a form with no change writes nothing.
 */
export async function updateUser(actor: Actor, userId: string, input: unknown): Promise<WriteResult<{ version: number }>> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  if (!isUuid(userId)) throw new NotFoundError();
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { version, ...values } = { ...parsed.data, centreIds: [...new Set(parsed.data.centreIds)].sort() };

  return db.$transaction(async (tx): Promise<WriteResult<{ version: number }>> => {
    // Before the account's own row, in the one order every change takes (no deadlock): two
    // administrators deactivating each other at once are serialised here.
    const administrators = await lockActiveAdministrators(tx);
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError();
    const current = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { name: true, role: true, organisationId: true, active: true, preferredLocale: true, version: true, centres: { select: { centreId: true } } },
    });
    if (current.version !== version) {
      const last = await lastChangedBy(tx, userId);
      throw new ConflictError(last?.byName ?? null, last?.at ?? new Date());
    }
    const before: UserAccountFields = {
      name: current.name,
      role: current.role,
      organisationId: current.organisationId,
      centreIds: current.centres.map((c) => c.centreId).sort(),
      active: current.active,
      preferredLocale: isLocale(current.preferredLocale) ? current.preferredLocale : null,
    };

    const errors = await accountFieldErrors(tx, values, before.centreIds);
    const staysAdministrator = values.active && values.role === "ADMINISTRATOR";
    if (userId === actor.userId && !values.active) errors.active = "cannotDeactivateSelf";
    else if (userId === actor.userId && values.role !== "ADMINISTRATOR") errors.role = "cannotDemoteSelf";
    else if (before.active && before.role === "ADMINISTRATOR" && !staysAdministrator && administrators.every((id) => id === userId)) {
      errors[values.active ? "role" : "active"] = "lastAdministrator";
    }
    if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };

    const changed = (Object.keys(before) as (keyof UserAccountFields)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(values[key]),
    );
    if (changed.length === 0) return { ok: true, data: { version } };

    const added = values.centreIds.filter((id) => !before.centreIds.includes(id));
    const removed = before.centreIds.filter((id) => !values.centreIds.includes(id));
    if (removed.length > 0) await tx.userCentre.deleteMany({ where: { userId, centreId: { in: removed } } });
    if (added.length > 0) await tx.userCentre.createMany({ data: added.map((centreId) => ({ userId, centreId })) });
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        name: values.name,
        role: values.role,
        organisationId: values.organisationId,
        active: values.active,
        preferredLocale: values.preferredLocale,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await writeAuditEvent(tx, actor.userId, {
      action: "user.updated",
      entityType: "User",
      entityId: userId,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, values[key]])),
    });
    return { ok: true, data: { version: updated.version } };
  });
}
