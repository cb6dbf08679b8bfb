// Readiness of a BID dossier (pure): a case goes on a session's agenda only when every item is
// there (docs/domain.md, "Best interests"). The same list is shown to the coordinator (queue) and to
// the caseworker (case BID tab); the agenda DAL refuses an unready referral.
import type { ApprovalStatus, ConsentGiver } from "@/lib/generated/prisma/enums";

export const READINESS_ITEMS = [
  "biaApproved",
  "childViews",
  "familyTracing",
  "recommendation",
  "consent",
  "interpreterLanguage",
] as const;

export type ReadinessItem = (typeof READINESS_ITEMS)[number];

export type ReadinessFacts = {
  assessment: { status: ApprovalStatus; childViews: string; recommendation: string } | null;
  familyTracingResult: string | null;
  case: { consentRecordedAt: Date | null; consentGivenBy: ConsentGiver | null; preferredLanguage: string | null };
};

export type Readiness = { ready: boolean; items: { item: ReadinessItem; done: boolean }[]; missing: ReadinessItem[] };

const filled = (value: string | null | undefined) => typeof value === "string" && value.trim().length > 0;

export function checkReadiness(facts: ReadinessFacts): Readiness {
  const done: Record<ReadinessItem, boolean> = {
    biaApproved: facts.assessment?.status === "APPROVED",
    childViews: filled(facts.assessment?.childViews),
    familyTracing: filled(facts.familyTracingResult),
    recommendation: filled(facts.assessment?.recommendation),
    consent: facts.case.consentRecordedAt !== null && facts.case.consentGivenBy !== null,
    interpreterLanguage: filled(facts.case.preferredLanguage),
  };
  const items = READINESS_ITEMS.map((item) => ({ item, done: done[item] }));
  const missing = items.filter((i) => !i.done).map((i) => i.item);
  return { ready: missing.length === 0, items, missing };
}

/** The columns checkReadiness needs, selected from a BidReferral (one query, no N+1 in lists). */
export const referralReadinessSelect = {
  familyTracingResult: true,
  assessment: { select: { status: true, childViews: true, recommendation: true } },
  case: { select: { consentRecordedAt: true, consentGivenBy: true, preferredLanguage: true } },
} as const;
