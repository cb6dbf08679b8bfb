import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseEditScope, caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { caseListSelect, toCaseListItem, type CaseDetail } from "./case.dto";
import { isUuid } from "@/lib/validation/uuid";
import type { CasePageView } from "./case-views";

/**
 * One case, if the actor's scope includes it; otherwise NotFoundError, exactly as for an id
 * that does not exist. Every successful read is written to the case access log with the tab it
 * was read for (one insert). The "history" tab needs case:history as well.
 */
export async function getCase(actor: Actor, caseId: string, view: CasePageView = "overview"): Promise<CaseDetail> {
  if (!can(actor, "case:read") || !isUuid(caseId)) throw new NotFoundError();
  if (view === "history" && !can(actor, "case:history")) throw new NotFoundError();
  const [row, editable] = await Promise.all([
    db.case.findFirst({
      where: { AND: [{ id: caseId }, caseScope(actor)] },
      select: {
        ...caseListSelect,
        otherNames: true,
        languages: true,
        separationType: true,
        referralSource: true,
        centreId: true,
        assignedWorkerId: true,
        createdAt: true,
        updatedAt: true,
        version: true,
        countryOfBirth: true,
        placeOfBirth: true,
        preferredLanguage: true,
        religion: true,
        documentsHeld: true,
        photoFile: true,
        mobilityProfile: true,
        protectionConcerns: true,
        disabilityDetails: true,
        separationDate: true,
        separationPlace: true,
        separationCause: true,
        journeySummary: true,
        consentGivenBy: true,
        consentGivenByName: true,
        consentCaseManagement: true,
        consentTracing: true,
        consentReporting: true,
        informationToWithhold: true,
        consentRecordedAt: true,
        duplicateCheckNote: true,
        riskReasonCode: true,
        riskReason: true,
        riskSetAt: true,
        firstActionDueAt: true,
        assessmentDueAt: true,
        casePlanDueAt: true,
        followUpDueAt: true,
        closedAt: true,
        centre: { select: { code: true, name: true } },
        registeredBy: { select: { name: true } },
        lastEditedBy: { select: { name: true } },
        consentShares: { select: { organisation: { select: { id: true, name: true, nameAr: true } } }, orderBy: { createdAt: "asc" } },
        familyMembers: {
          select: { id: true, relationship: true, name: true, alive: true, lastKnownLocation: true, phone: true, inContact: true, willingToCare: true },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
    db.case.count({ where: { AND: [{ id: caseId }, caseEditScope(actor)] } }),
  ]);
  if (!row) throw new NotFoundError();
  await db.caseAccessLog.create({ data: { userId: actor.userId, caseId: row.id, view } });

  const open = row.status !== "CLOSED";
  return {
    ...toCaseListItem(row),
    otherNames: row.otherNames,
    languages: row.languages,
    separationType: row.separationType,
    referralSource: row.referralSource,
    centreId: row.centreId,
    centreName: row.centre.name,
    assignedWorkerId: row.assignedWorkerId,
    registeredByName: row.registeredBy.name,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    lastEditedByName: row.lastEditedBy?.name ?? null,
    countryOfBirth: row.countryOfBirth,
    placeOfBirth: row.placeOfBirth,
    preferredLanguage: row.preferredLanguage,
    religion: row.religion,
    documentsHeld: row.documentsHeld,
    hasPhoto: row.photoFile !== null,
    mobilityProfile: row.mobilityProfile,
    protectionConcerns: row.protectionConcerns,
    disabilityDetails: row.disabilityDetails,
    separationDate: row.separationDate,
    separationPlace: row.separationPlace,
    separationCause: row.separationCause,
    journeySummary: row.journeySummary,
    consent: {
      givenBy: row.consentGivenBy,
      givenByName: row.consentGivenByName,
      caseManagement: row.consentCaseManagement,
      tracing: row.consentTracing,
      reporting: row.consentReporting,
      informationToWithhold: row.informationToWithhold,
      recordedAt: row.consentRecordedAt,
      shareWith: row.consentShares.map((s) => s.organisation),
    },
    familyMembers: row.familyMembers,
    duplicateCheckNote: row.duplicateCheckNote,
    riskReasonCode: row.riskReasonCode,
    riskReason: row.riskReason,
    riskSetAt: row.riskSetAt,
    due: {
      firstActionDueAt: row.firstActionDueAt,
      assessmentDueAt: row.assessmentDueAt,
      casePlanDueAt: row.casePlanDueAt,
      followUpDueAt: row.followUpDueAt,
    },
    closedAt: row.closedAt,
    viewer: {
      canEdit: open && editable > 0 && can(actor, "case:edit"),
      canNote: open && can(actor, "case:note") && (editable > 0 || can(actor, "case:note:referred")),
      canApprove: can(actor, "case:approve") && editable > 0,
      canAssign: open && can(actor, "case:assign") && editable > 0,
      canSeeHistory: can(actor, "case:history"),
    },
  };
}
