import "server-only";
// What the administrator's centre and organisation writes share: turning a refusal into field errors.
import type { WriteResult } from "@/lib/action-result";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** A refusal that is the user's to fix: becomes field errors, and the transaction rolls back. */
export class AdminFieldError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("Refused");
    this.name = "AdminFieldError";
  }
}

/**
 * Runs an administrator's write; a field refusal, or a unique code taken by a concurrent write
 * (P2002 on `code`), becomes field errors with nothing written.
 */
export async function adminWrite<T>(work: () => Promise<T>, duplicateCodeKey: string): Promise<WriteResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof AdminFieldError) return { ok: false, fieldErrors: error.fieldErrors };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, fieldErrors: { code: duplicateCodeKey } };
    throw error;
  }
}

/** A stale save refused: "changed by X at HH:MM", X being who wrote the record's last audit event. */
export async function staleEdit(tx: Tx, entityType: "Centre" | "Organisation", entityId: string, updatedAt: Date): Promise<ConflictError> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId },
    orderBy: { at: "desc" },
    select: { actor: { select: { name: true } } },
  });
  return new ConflictError(last?.actor?.name ?? null, updatedAt);
}
