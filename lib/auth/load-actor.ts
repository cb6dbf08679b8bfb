import "server-only";
import { db } from "@/lib/db";
import { makeActor, type Actor } from "./actor";
import { isUuid } from "@/lib/validation/uuid";
import { mustEnrolSecondFactor, parseSecurityConfig, SECURITY_SETTING } from "./security-config";

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

/** A signed-in session: its actor, and whether it must turn on two-factor sign-in before anything else. */
export type SessionState = { actor: Actor; mustEnrolSecondFactor: boolean };

/**
 * The actor behind a session token: also null when that session was signed out, or when the
 * user's sessions were revoked after it began (docs/adr/0016-session-revocation.md). A token
 * without these claims (issued before they existed) is refused too.
 */
export async function loadSessionActor(userId: string, claims: { sessionId?: unknown; sessionVersion?: unknown }): Promise<Actor | null> {
  return (await loadSessionState(userId, claims))?.actor ?? null;
}

/**
 * loadSessionActor, plus whether the user's role must use a second factor they have not turned on
 * yet (the "security" setting; docs/adr/0029-two-factor-sign-in.md). Every page and action starts
 * here, so it is one SQL statement (the user, its centres, the revocation and the setting in one
 * round trip) rather than the three Prisma sends for a select with two relations (ADR 0021).
 */
export async function loadSessionState(userId: string, claims: { sessionId?: unknown; sessionVersion?: unknown }): Promise<SessionState | null> {
  const { sessionId, sessionVersion } = claims;
  if (typeof sessionVersion !== "number" || typeof sessionId !== "string" || !isUuid(sessionId) || !isUuid(userId)) return null;
  const [user] = await db.$queryRaw<
    (ActorRow & { active: boolean; sessionVersion: number; revoked: boolean; hasSecondFactor: boolean; securitySetting: unknown })[]
  >`
    SELECT u."id", u."name", u."role"::text AS "role", u."organisationId"::text AS "organisationId", u."active", u."sessionVersion",
      ARRAY(SELECT uc."centreId"::text FROM "UserCentre" uc WHERE uc."userId" = u."id" ORDER BY uc."centreId") AS "centreIds",
      EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."id" = ${sessionId}::uuid AND r."userId" = u."id") AS "revoked",
      u."totpEnabledAt" IS NOT NULL AS "hasSecondFactor",
      (SELECT s."value" FROM "Setting" s WHERE s."key" = ${SECURITY_SETTING}) AS "securitySetting"
    FROM "User" u
    WHERE u."id" = ${userId}::uuid`;
  if (!user || !user.active || user.sessionVersion !== sessionVersion || user.revoked) return null;
  const actor = makeActor({ userId: user.id, name: user.name, role: user.role, organisationId: user.organisationId, centreIds: user.centreIds });
  const config = parseSecurityConfig(user.securitySetting);
  return { actor, mustEnrolSecondFactor: mustEnrolSecondFactor(config, user.role, user.hasSecondFactor) };
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
