import "server-only";
// The coordinator's view of a session while holding it (ADR 0011): members and
// attendance, and per agenda case the recusals, the quorum on the day, the live decision and
// the options its Best Interests Assessment wrote (the first rows of a new decision).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadSessionFacts, type SessionFacts } from "./session-facts";

export type HoldingSession = SessionFacts & {
  organisations: { id: string; name: string }[];
  /** Per agenda item id, the options written in the assessment its referral rests on. */
  assessmentOptions: Map<string, string>;
};

export async function getSessionForHolding(actor: Actor, sessionId: string): Promise<HoldingSession> {
  if (!can(actor, "bid:coordinate") || !isUuid(sessionId)) throw new NotFoundError();
  const [facts, organisations] = await Promise.all([
    loadSessionFacts(db, sessionId),
    db.organisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  if (!facts) throw new NotFoundError();
  const referrals = await db.bidReferral.findMany({
    where: { id: { in: facts.agenda.map((item) => item.referralId) } },
    select: { id: true, assessment: { select: { options: true } } },
  });
  const optionsByReferral = new Map(referrals.map((referral) => [referral.id, referral.assessment.options]));
  const assessmentOptions = new Map(facts.agenda.map((item) => [item.agendaItemId, optionsByReferral.get(item.referralId) ?? ""]));
  return { ...facts, organisations, assessmentOptions };
}
