import "server-only";
// The coordinator's view of a session while holding it (ADR 0011): members and
// attendance, and per agenda case the recusals, the quorum on the day and the live decision.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadSessionFacts, type SessionFacts } from "./session-facts";

export type HoldingSession = SessionFacts & { organisations: { id: string; name: string }[] };

export async function getSessionForHolding(actor: Actor, sessionId: string): Promise<HoldingSession> {
  if (!can(actor, "bid:coordinate") || !isUuid(sessionId)) throw new NotFoundError();
  const [facts, organisations] = await Promise.all([
    loadSessionFacts(db, sessionId),
    db.organisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  if (!facts) throw new NotFoundError();
  return { ...facts, organisations };
}
