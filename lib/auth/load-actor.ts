import "server-only";
import { db } from "@/lib/db";
import { makeActor, type Actor } from "./actor";
import { isUuid } from "@/lib/validation/uuid";

const actorSelect = {
  id: true,
  name: true,
  role: true,
  organisationId: true,
  active: true,
  sessionVersion: true,
  centres: { select: { centreId: true } },
} as const;

/**
 * The actor for a user id, from the database; null for an unknown or deactivated user. For work
 * done on a user's behalf outside a request (background exports) and for tests; requests go
 * through loadSessionActor.
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: actorSelect });
  if (!user || !user.active) return null;
  return toActor(user);
}

/**
 * The actor behind a session token: also null when that session was signed out, or when the
 * user's sessions were revoked after it began (docs/adr/0016-session-revocation.md). A token
 * without these claims (issued before they existed) is refused too. Every page and action starts
 * here, so it is one SQL statement (the user, its centres and the revocation in one round trip)
 * rather than the three Prisma sends for a select with two relations (ADR 0021).
 */
export async function loadSessionActor(userId: string, claims: { sessionId?: unknown; sessionVersion?: unknown }): Promise<Actor | null> {
  const { sessionId, sessionVersion } = claims;
  if (typeof sessionVersion !== "number" || typeof sessionId !== "string" || !isUuid(sessionId) || !isUuid(userId)) return null;
  const [user] = await db.$queryRaw<(ActorRow & { active: boolean; sessionVersion: number; revoked: boolean })[]>`
    SELECT u."id", u."name", u."role"::text AS "role", u."organisationId"::text AS "organisationId", u."active", u."sessionVersion",
      ARRAY(SELECT uc."centreId"::text FROM "UserCentre" uc WHERE uc."userId" = u."id" ORDER BY uc."centreId") AS "centreIds",
      EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."id" = ${sessionId}::uuid AND r."userId" = u."id") AS "revoked"
    FROM "User" u
    WHERE u."id" = ${userId}::uuid`;
  if (!user || !user.active || user.sessionVersion !== sessionVersion || user.revoked) return null;
  return makeActor({ userId: user.id, name: user.name, role: user.role, organisationId: user.organisationId, centreIds: user.centreIds });
}

type ActorRow = { id: string; name: string; role: Actor["role"]; organisationId: string; centreIds: string[] };

function toActor(user: { id: string; name: string; role: Actor["role"]; organisationId: string; centres: { centreId: string }[] }): Actor {
  return makeActor({
    userId: user.id,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    centreIds: user.centres.map((c) => c.centreId),
  });
}
