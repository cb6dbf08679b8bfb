// Whether a panel member may open a BID dossier (ADR 0011), pure. The DAL turns the
// same rule into a where-input (panel-scope.ts); this function states it once, for tests and
// for the session page's "can open" flags.
import type { BidSessionStatus } from "@/lib/generated/prisma/enums";

export type PanelAccessFacts = {
  /** The member is invited to the session (a BidSessionMember row). */
  invited: boolean;
  sessionStatus: BidSessionStatus;
  publishedAt: Date | null;
  undertakingSignedAt: Date | null;
  /** The member's declaration for this agenda case: null = not declared yet. */
  declaration: { hasConflict: boolean } | null;
  /** BidAgendaItem.accessUntil: null while the decision is not signed (open). */
  accessUntil: Date | null;
};

export type PanelAccessDenial = "notInvited" | "notPublished" | "noUndertaking" | "notDeclared" | "recused" | "windowClosed";

/** The statuses in which invited members see a session (published agenda, or held). */
export const VISIBLE_SESSION_STATUSES: readonly BidSessionStatus[] = ["PUBLISHED", "HELD"];

export function panelAccess(facts: PanelAccessFacts, now: Date = new Date()): { ok: true } | { ok: false; reason: PanelAccessDenial } {
  if (!facts.invited) return { ok: false, reason: "notInvited" };
  if (!VISIBLE_SESSION_STATUSES.includes(facts.sessionStatus) || !facts.publishedAt || facts.publishedAt > now) {
    return { ok: false, reason: "notPublished" };
  }
  if (!facts.undertakingSignedAt) return { ok: false, reason: "noUndertaking" };
  if (!facts.declaration) return { ok: false, reason: "notDeclared" };
  if (facts.declaration.hasConflict) return { ok: false, reason: "recused" };
  if (facts.accessUntil && facts.accessUntil <= now) return { ok: false, reason: "windowClosed" };
  return { ok: true };
}

/** When access ends once the decision is signed: the configured number of days later. */
export function accessUntilAfterSigning(signedAt: Date, panelAccessDays: number): Date {
  return new Date(signedAt.getTime() + panelAccessDays * 86_400_000);
}
