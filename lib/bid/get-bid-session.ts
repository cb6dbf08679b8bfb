import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BidReferralStatus, BidSessionStatus, PanelRole } from "@/lib/generated/prisma/enums";
import type { QuorumResult, QuorumRule } from "./quorum";
import { checkReadiness, referralReadinessSelect, type Readiness } from "./readiness";
import { PRESENTER_ROLES } from "./presenters";
import { plannedQuorum } from "./session-quorum";
import type { OrganisationNames } from "@/lib/organisations/organisation-name";

export type BidSessionDetail = {
  id: string;
  scheduledAt: Date;
  venue: string | null;
  remoteLink: string | null;
  status: BidSessionStatus;
  statusReason: string | null;
  publishedAt: Date | null;
  notes: string | null;
  chairId: string;
  version: number;
  members: { panelMemberId: string; name: string; organisation: OrganisationNames; role: PanelRole; undertakingSigned: boolean }[];
  agenda: {
    id: string;
    position: number;
    referralId: string;
    referralStatus: BidReferralStatus;
    caseId: string;
    caseNumber: string;
    childName: string;
    presenterId: string | null;
    presenterName: string | null;
    /** Who else may present it: active caseworkers and supervisors of the case's centre. */
    presenterOptions: { id: string; name: string }[];
    readiness: Readiness;
  }[];
  quorum: QuorumResult;
  rule: QuorumRule;
};

/** A session as the coordinator prepares it: members, ordered agenda, the planned quorum check. */
export async function getBidSession(actor: Actor, sessionId: string): Promise<BidSessionDetail> {
  if (!can(actor, "bid:coordinate") || !isUuid(sessionId)) throw new NotFoundError();
  const session = await db.bidSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      scheduledAt: true,
      venue: true,
      remoteLink: true,
      status: true,
      statusReason: true,
      publishedAt: true,
      notes: true,
      chairId: true,
      version: true,
      members: {
        orderBy: { invitedAt: "asc" },
        select: {
          panelMemberId: true,
          role: true,
          panelMember: { select: { undertakingSignedAt: true, user: { select: { name: true, organisation: { select: { name: true, nameAr: true } } } } } },
        },
      },
      agenda: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          referralId: true,
          caseId: true,
          presenter: { select: { id: true, name: true } },
          case: { select: { caseNumber: true, firstName: true, lastName: true, centreId: true } },
          referral: { select: { status: true, ...referralReadinessSelect } },
        },
      },
    },
  });
  if (!session) throw new NotFoundError();
  const { result, rule } = await plannedQuorum(db, sessionId);
  // One query for the presenter choices of every case on the agenda.
  const centreIds = [...new Set(session.agenda.map((a) => a.case.centreId))];
  const workers = centreIds.length
    ? await db.user.findMany({
        where: { active: true, role: { in: [...PRESENTER_ROLES] }, centres: { some: { centreId: { in: centreIds } } } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, centres: { where: { centreId: { in: centreIds } }, select: { centreId: true } } },
      })
    : [];
  const optionsOf = (centreId: string) => workers.filter((w) => w.centres.some((c) => c.centreId === centreId)).map((w) => ({ id: w.id, name: w.name }));
  return {
    ...session,
    members: session.members.map((m) => ({
      panelMemberId: m.panelMemberId,
      name: m.panelMember.user.name,
      organisation: m.panelMember.user.organisation,
      role: m.role,
      undertakingSigned: m.panelMember.undertakingSignedAt !== null,
    })),
    agenda: session.agenda.map((a) => ({
      id: a.id,
      position: a.position,
      referralId: a.referralId,
      referralStatus: a.referral.status,
      caseId: a.caseId,
      caseNumber: a.case.caseNumber,
      childName: `${a.case.firstName} ${a.case.lastName}`,
      presenterId: a.presenter?.id ?? null,
      presenterName: a.presenter?.name ?? null,
      presenterOptions: optionsOf(a.case.centreId),
      readiness: checkReadiness(a.referral),
    })),
    quorum: result,
    rule,
  };
}
