import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PanelRole } from "@/lib/generated/prisma/enums";
import { organisationName, type OrganisationNames } from "@/lib/organisations/organisation-name";

export type RosterMember = {
  id: string;
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisation: OrganisationNames;
  expertise: string;
  defaultRole: PanelRole;
  active: boolean;
  undertakingSignedAt: Date | null;
};

/** A roster member as the session form offers it: only what the browser needs, named in the interface's language. */
export type RosterOption = { id: string; name: string; organisationName: string; defaultRole: PanelRole; undertakingSigned: boolean };

export function rosterOptions(roster: readonly RosterMember[], locale: string): RosterOption[] {
  return roster.map((m) => ({
    id: m.id,
    name: m.name,
    organisationName: organisationName(m.organisation, locale),
    defaultRole: m.defaultRole,
    undertakingSigned: m.undertakingSignedAt !== null,
  }));
}

const rosterSelect = {
  id: true,
  userId: true,
  expertise: true,
  defaultRole: true,
  active: true,
  undertakingSignedAt: true,
  user: { select: { name: true, email: true, organisationId: true, organisation: { select: { name: true, nameAr: true } } } },
} as const;

/** The roster (coordinator), by name; `activeOnly` for choosing a chair and invited members. */
export async function listPanelRoster(actor: Actor, options: { activeOnly?: boolean } = {}): Promise<RosterMember[]> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const rows = await db.panelMember.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: rosterSelect,
  });
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    name: r.user.name,
    email: r.user.email,
    organisationId: r.user.organisationId,
    organisation: r.user.organisation,
    expertise: r.expertise,
    defaultRole: r.defaultRole,
    active: r.active,
    undertakingSignedAt: r.undertakingSignedAt,
  }));
}

/** Active PANEL_MEMBER accounts not on the roster yet (the "add a member" choices). */
export async function listRosterCandidates(actor: Actor): Promise<{ id: string; name: string; organisation: OrganisationNames }[]> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const users = await db.user.findMany({
    where: { role: "PANEL_MEMBER", active: true, panelMember: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, organisation: { select: { name: true, nameAr: true } } },
  });
  return users.map((u) => ({ id: u.id, name: u.name, organisation: u.organisation }));
}
