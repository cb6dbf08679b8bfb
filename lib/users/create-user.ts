import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { issueAccountToken } from "@/lib/auth/account-tokens";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsByField } from "@/lib/field-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountFieldErrors } from "./check-account";
import { createUserSchema } from "./user.schema";

export type CreatedUser = { userId: string; token: string; expiresAt: Date };

/**
 * The administrator creates an account without a password: it gets a one-time activation link
 * (returned once, to be handed over; only its hash is stored) with which the user sets their own.
 * Refused with field errors, nothing written: a taken e-mail, an organisation that does not suit
 * the role, missing or superfluous centres, a centre outside the organisation's country.
 */
export async function createUser(actor: Actor, input: unknown): Promise<WriteResult<CreatedUser>> {
  if (!can(actor, "user:manage")) throw new NotFoundError();
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const values = { ...parsed.data, centreIds: [...new Set(parsed.data.centreIds)] };

  try {
    return await db.$transaction(async (tx): Promise<WriteResult<CreatedUser>> => {
      const errors = await accountFieldErrors(tx, values);
      if (await tx.user.findUnique({ where: { email: values.email }, select: { id: true } })) errors.email = "emailTaken";
      if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };

      const user = await tx.user.create({
        data: {
          email: values.email,
          name: values.name,
          role: values.role,
          organisationId: values.organisationId,
          preferredLocale: values.preferredLocale,
          passwordHash: null,
          centres: { create: values.centreIds.map((centreId) => ({ centreId })) },
        },
        select: { id: true },
      });
      const link = await issueAccountToken(tx, { userId: user.id, purpose: "ACTIVATION", issuedById: actor.userId });
      await writeAuditEvent(tx, actor.userId, {
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        after: {
          email: values.email,
          name: values.name,
          role: values.role,
          organisationId: values.organisationId,
          centreIds: values.centreIds,
          active: true,
          preferredLocale: values.preferredLocale,
          linkExpiresAt: link.expiresAt.toISOString(),
        },
      });
      return { ok: true, data: { userId: user.id, ...link } };
    });
  } catch (error) {
    // Two administrators creating the same e-mail at once: the unique index refuses the second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, fieldErrors: { email: "emailTaken" } };
    throw error;
  }
}
