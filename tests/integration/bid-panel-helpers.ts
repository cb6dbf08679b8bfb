// Helpers for the BID panel tests (panel side): a case waiting for a BID panel with its
// referral, a roster, and a session with members and agenda written directly with db.* (the
// scheduling functions belong to the coordinator side and are tested there).
import { db } from "@/lib/db";
import type { PanelRole } from "@/lib/generated/prisma/enums";
import { caseWithApprovedAssessment } from "./approval-helpers";
import type { World } from "./fixtures";

export type Roster = { chair: string; hcr: string; oim: string; ngo: string };

/** panel (IOM) chairs; panel2 (MASEF), panel3 (NGO-A), panel4 (NGO-B) sit; all signed the undertaking. */
export async function createRoster(world: World): Promise<Roster> {
  const ids: string[] = [];
  for (const key of ["panel", "panel2", "panel3", "panel4"] as const) {
    const member = await db.panelMember.upsert({
      where: { userId: world.actors[key].userId },
      update: {},
      create: { userId: world.actors[key].userId, expertise: "Protection", undertakingSignedAt: new Date(Date.now() - 86_400_000) },
    });
    ids.push(member.id);
  }
  return { chair: ids[0], hcr: ids[1], oim: ids[2], ngo: ids[3] };
}

/** A case in BID_PENDING with a SCHEDULED referral from its approved BIA. */
export async function caseAwaitingBid(world: World): Promise<{ caseId: string; referralId: string }> {
  const caseId = await caseWithApprovedAssessment(world);
  const assessment = await db.assessment.findFirstOrThrow({ where: { caseId, status: "APPROVED" } });
  await db.case.update({ where: { id: caseId }, data: { status: "BID_PENDING" } });
  const referral = await db.bidReferral.create({
    data: {
      caseId,
      assessmentId: assessment.id,
      status: "SCHEDULED",
      reason: "Solution durable",
      familyTracingResult: "Mère retrouvée à Conakry",
      referredById: world.actors.swNdb.userId,
    },
  });
  return { caseId, referralId: referral.id };
}

export type TestSession = { sessionId: string; items: { agendaItemId: string; caseId: string; referralId: string }[] };

/** A PUBLISHED session (yesterday's publication) with the whole roster and `cases` agenda cases. */
export async function publishedSession(
  world: World,
  roster: Roster,
  cases: number,
  options: { status?: "DRAFT" | "PUBLISHED" | "HELD" | "CANCELLED"; members?: [string, PanelRole][] } = {},
): Promise<TestSession> {
  const status = options.status ?? "PUBLISHED";
  const members = options.members ?? [
    [roster.chair, "CHAIR"],
    [roster.hcr, "MEMBER"],
    [roster.oim, "MEMBER"],
    [roster.ngo, "MEMBER"],
  ];
  const session = await db.bidSession.create({
    data: {
      scheduledAt: new Date(Date.now() + 2 * 86_400_000),
      venue: "Salle du MASEF",
      chairId: roster.chair,
      status,
      publishedAt: status === "DRAFT" ? null : new Date(Date.now() - 86_400_000),
      statusReason: status === "CANCELLED" ? "Grève" : null,
      createdById: world.actors.bid.userId,
      members: { create: members.map(([panelMemberId, role]) => ({ panelMemberId, role })) },
    },
  });
  const items: TestSession["items"] = [];
  for (let i = 0; i < cases; i++) {
    const { caseId, referralId } = await caseAwaitingBid(world);
    const item = await db.bidAgendaItem.create({ data: { sessionId: session.id, referralId, caseId, position: i + 1 } });
    items.push({ agendaItemId: item.id, caseId, referralId });
  }
  return { sessionId: session.id, items };
}

export async function declare(agendaItemId: string, panelMemberId: string, hasConflict = false) {
  await db.bidConflictDeclaration.create({ data: { agendaItemId, panelMemberId, hasConflict, note: hasConflict ? "Je connais la famille" : null } });
}

export async function sessionVersion(sessionId: string): Promise<number> {
  return (await db.bidSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } })).version;
}

export async function bidCounts() {
  const [declarations, decisions, votes, auditEvents, caseEvents, accessLogs, attended] = await Promise.all([
    db.bidConflictDeclaration.count(),
    db.bidDecision.count(),
    db.bidVote.count(),
    db.auditEvent.count(),
    db.caseEvent.count(),
    db.caseAccessLog.count(),
    db.bidSessionMember.count({ where: { attended: { not: null } } }),
  ]);
  return { declarations, decisions, votes, auditEvents, caseEvents, accessLogs, attended };
}
