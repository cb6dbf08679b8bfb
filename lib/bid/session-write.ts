import "server-only";
// Shared steps of every write to a BID session: lock the row, check the version the coordinator
// read, refuse sessions that are over, bump the version.
import { isUuid } from "@/lib/validation/uuid";
import type { Tx } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import type { BidSessionStatus } from "@/lib/generated/prisma/enums";

export const EDITABLE_STATUSES: readonly BidSessionStatus[] = ["DRAFT", "PUBLISHED"];

export async function lockSessionForWrite(tx: Tx, sessionId: string, expectedVersion: number) {
  if (!isUuid(sessionId)) throw new NotFoundError();
  await tx.$queryRaw`SELECT 1 FROM "BidSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  const session = await tx.bidSession.findUnique({ where: { id: sessionId } });
  if (!session) throw new NotFoundError();
  if (session.version !== expectedVersion) throw new ConflictError(null, session.updatedAt);
  if (!EDITABLE_STATUSES.includes(session.status)) throw new InvalidStateError("sessionClosed");
  return session;
}

export async function bumpSessionVersion(tx: Tx, sessionId: string): Promise<number> {
  const row = await tx.bidSession.update({ where: { id: sessionId }, data: { version: { increment: 1 } }, select: { version: true } });
  return row.version;
}
