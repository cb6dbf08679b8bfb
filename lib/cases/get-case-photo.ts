import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { readPhoto } from "./photo-storage";

/** The child's photo for an actor whose scope includes the case; viewing it is access-logged. */
export async function getCasePhoto(actor: Actor, caseId: string): Promise<{ bytes: Buffer; type: string }> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  const row = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseScope(actor)] }, select: { id: true, photoFile: true } });
  if (!row?.photoFile) throw new NotFoundError();
  const photo = await readPhoto(row.photoFile);
  if (!photo) throw new NotFoundError();
  await db.caseAccessLog.create({ data: { userId: actor.userId, caseId: row.id, view: "photo" } });
  return photo;
}
