// The actor: who is acting, rebuilt from the database on every request (a deactivated user or a
// changed role takes effect at once, whatever the session token says).
import type { Role } from "@/lib/generated/prisma/enums";

declare const actorBrand: unique symbol;

export type Actor = {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly centreIds: readonly string[];
  readonly [actorBrand]: true;
};

/** Only the loaders in lib/auth/session.ts (and test fixtures through them) make actors. */
export function makeActor(fields: Omit<Actor, typeof actorBrand>): Actor {
  return Object.freeze({ ...fields, centreIds: Object.freeze([...fields.centreIds]) }) as Actor;
}
