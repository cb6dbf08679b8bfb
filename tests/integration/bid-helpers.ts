// Helpers for the BID coordinator tests: referred cases (ready or not), roster members, sessions.
import { referCaseToBid } from "@/lib/bid/refer-case-to-bid";
import { savePanelMember } from "@/lib/bid/save-panel-member";
import { db } from "@/lib/db";
import type { PanelRole } from "@/lib/generated/prisma/enums";
import { caseVersion, caseWithApprovedAssessment } from "./approval-helpers";
import type { UserKey, World } from "./fixtures";

/** Consent and interpreter language recorded: with a tracing result, the dossier is ready. */
export async function completeCaseFacts(caseId: string): Promise<void> {
  await db.case.update({ where: { id: caseId }, data: { consentRecordedAt: new Date(), consentGivenBy: "CHILD", preferredLanguage: "ff" } });
}

/** A case referred by the NDB worker; `ready` fills every readiness item. */
export async function referredCase(world: World, options: { ready: boolean }): Promise<{ caseId: string; referralId: string }> {
  const caseId = await caseWithApprovedAssessment(world);
  if (options.ready) await completeCaseFacts(caseId);
  const result = await referCaseToBid(world.actors.swNdb, caseId, {
    reason: "Solution durable",
    familyTracingResult: options.ready ? "Mère retrouvée à Labé" : "",
    caseVersion: await caseVersion(caseId),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { caseId, referralId: result.data.referralId };
}

export async function rosterMember(world: World, key: UserKey, role: PanelRole = "MEMBER"): Promise<string> {
  const result = await savePanelMember(world.actors.bid, { userId: world.actors[key].userId, expertise: "Protection", defaultRole: role, active: true });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.panelMemberId;
}

export async function bidRowCounts() {
  const [referrals, sessions, sessionMembers, agendaItems, panelMembers, caseEvents, auditEvents, versions] = await Promise.all([
    db.bidReferral.count(),
    db.bidSession.count(),
    db.bidSessionMember.count(),
    db.bidAgendaItem.count(),
    db.panelMember.count(),
    db.caseEvent.count(),
    db.auditEvent.count(),
    db.case.aggregate({ _sum: { version: true } }),
  ]);
  return { referrals, sessions, sessionMembers, agendaItems, panelMembers, caseEvents, auditEvents, versionSum: versions._sum.version };
}
