import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  AccessRequestStatus,
  AccountTokenPurpose,
  ApprovalStatus,
  BidDecisionKind,
  BidOutcome,
  BidReferralStatus,
  BidSessionStatus,
  CaseDocumentType,
  CaseStatus,
  ChildWellbeing,
  ClosureReason,
  ExportKind,
  FosterVettingStatus,
  NoteType,
  OrganisationType,
  PanelRole,
  PlacementEndReason,
  PlacementType,
  ReferralSource,
  RiskLevel,
  Role,
  RiskReasonCode,
  SchoolAttendance,
  SeparationType,
  Sex,
} from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { Factors } from "@/lib/assessments/assessment.schema";
import type { QuorumResult, QuorumRule } from "@/lib/bid/quorum";
import type { CaseFileSection } from "@/lib/cases/case-file.schema";
import type { TimelineConfig } from "@/lib/cases/timelines";
import type { SecurityConfig } from "@/lib/auth/security-config";

/*
 * What each audit action records, per action: its entity type, and the shape of `before` and
 * `after` (the changed fields, dates as ISO strings, never password hashes). The table stores them
 * as JSON; these types make a call site with a missing, misspelt or extra field fail to compile.
 * Adding a write means adding its action here.
 */

type Id = string;
type IsoDate = string;

/** A placement as admitted: the columns written (those of its type only), dates as ISO days. */
export type PlacementAdmitted = {
  caseId: Id;
  type: PlacementType;
  startDate: IsoDate;
  notes?: string | null;
  decidedById?: Id | null;
  createdById?: Id | null;
  centreId?: Id | null;
  capacityOverrideReason?: string | null;
  fosterFamilyId?: Id | null;
  caregiverName?: string | null;
  caregiverRelationship?: string | null;
  placeName?: string | null;
  address?: string | null;
  contactPhone?: string | null;
};

/** What a monitoring visit found for one placed child. */
type FosterVisitChildAudit = {
  placementId: Id;
  caseId: Id;
  seen: boolean;
  seenAlone: boolean;
  wellbeing: ChildWellbeing | null;
  schoolAttendance: SchoolAttendance;
  childViews: string | null;
};

type FosterFamilyFields = {
  householdName: string;
  location: string;
  address: string | null;
  languages: string[];
  capacity: number;
  contactName: string;
  contactPhone: string;
  notes: string | null;
};

/** A case file section's stored values, as JSON (the section's own fields, or its family members). */
export type CaseSectionSnapshot = { section: CaseFileSection } & Prisma.InputJsonObject;

type AssessmentContent = {
  childViews: string;
  caregiverViews: string;
  options: string;
  recommendation: string;
  bidRequired: boolean | null;
  bidReason: string | null;
};

type CasePlanGoal = {
  goal: string;
  intervention: string;
  responsibleOrganisationId: Id | null;
  responsibleOther: string | null;
  deadline: IsoDate;
};

/** A supervisor's decision on a submitted assessment, case plan (before/after) or closure (after). */
type SubmissionDecided = { status: "APPROVED" | "REJECTED"; rejectionReason: string | null; caseStatus: CaseStatus };
type SubmissionDecision<E extends string> = {
  entityType: E;
  before: { status: "SUBMITTED"; caseStatus: CaseStatus };
  after: SubmissionDecided;
};

type BidSessionPlan = {
  scheduledAt: string;
  venue: string | null;
  remoteLink: string | null;
  chairId: Id;
  members: { panelMemberId: Id; role: PanelRole }[];
};

type CentreFields = { name: string; town: string; region: string; capacity: number; active: boolean };
type OrganisationFields = { code: string; name: string; nameAr: string | null; type: OrganisationType; country: string };

type BidConfigValue = { quorum: QuorumRule; panelAccessDays: number };

/** An account's fields as the administrator sets them (lib/users/user.schema.ts). */
export type UserAccountFields = {
  name: string;
  role: Role;
  organisationId: Id;
  centreIds: Id[];
  active: boolean;
  preferredLocale: Locale | null;
};

type FailedSignIn =
  | { entityType: "User"; entityId: Id; after: { failedLoginCount: number; lockedUntil: string | null } }
  // No such account: the throttle row is keyed by the email that was tried.
  | { entityType: "LoginThrottle"; entityId: null; after: { email: string } };

type AuditPayloads = {
  // Placements: admission (over capacity: with the supervisor's reason), discharge, transfer
  "placement.admitted": { entityType: "Placement"; after: PlacementAdmitted };
  "placement.admittedOverCapacity": { entityType: "Placement"; after: PlacementAdmitted };
  "placement.discharged": {
    entityType: "Placement";
    before: { endDate: null; endReason: null; version: number };
    after: { endDate: IsoDate; endReason: PlacementEndReason; endNotes: string | null; version: number };
  };
  "placement.transferred": {
    entityType: "Placement";
    before: { placementId: Id; centreId: Id; caseCentreId: Id; assignedWorkerId: Id | null };
    after: { placementId: Id; centreId: Id; date: IsoDate; capacityOverrideReason: string | null };
  };
  // A foster family's suspension flags its placements for review; the review closes the flag
  "placement.reviewFlagged": {
    entityType: "Placement";
    before: { reviewFlaggedAt: string | null; reviewReason: string | null };
    after: { reviewFlaggedAt: string; reviewReason: string; fosterFamilyId: Id };
  };
  "placement.reviewCompleted": {
    entityType: "Placement";
    before: { reviewFlaggedAt: string; reviewReason: string | null };
    after: { reviewFlaggedAt: null; note: string };
  };
  // Foster families
  "fosterFamily.registered": {
    entityType: "FosterFamily";
    after: FosterFamilyFields & { organisationId: Id; vettingStatus: FosterVettingStatus };
  };
  "fosterFamily.updated": { entityType: "FosterFamily"; before: FosterFamilyFields; after: FosterFamilyFields };
  "fosterFamily.statusChanged": {
    entityType: "FosterFamily";
    before: { vettingStatus: FosterVettingStatus; approvedAt: string | null; suspensionReason: string | null };
    after: { vettingStatus: FosterVettingStatus; approvedAt: string | null; reason: string | null; flaggedPlacements: number };
  };
  "fosterFamily.visitRecorded": {
    entityType: "FosterFamilyVisit";
    after: {
      fosterFamilyId: Id;
      date: IsoDate;
      visitors: string | null;
      observations: string;
      concerns: string | null;
      suspendedFamily: boolean;
      nextVisitDueAt: string | null;
      /** One entry per child placed in the family on the visit's date. */
      children?: FosterVisitChildAudit[];
    };
  };
  // Cases
  "case.registered": {
    entityType: "Case";
    after: {
      caseNumber: string;
      centreId: Id;
      status: CaseStatus;
      assignedWorkerId: Id | null;
      firstName: string;
      lastName: string;
      otherNames: string | null;
      sex: Sex;
      dateOfBirth: IsoDate;
      dateOfBirthEstimated: boolean;
      arrivalDate: IsoDate;
      nationality: string;
      languages: string[];
      separationType: SeparationType;
      referralSource: ReferralSource;
      duplicateCheckNote?: string;
    };
  };
  // The case file downloaded as a PDF: which case, in which language
  "case.exportedPdf": { entityType: "Case"; after: { caseNumber: string; locale: Locale; bytes: number } };
  // A duplicate search: what was searched (a key, not the names) and which cases it showed
  "case.duplicateSearch": {
    entityType: "Case";
    entityId: null;
    after: {
      queryKey: string;
      birthYear: number | null;
      sex: Sex | null;
      nationality: string | null;
      resultCount: number;
      caseNumbers: string[];
    };
  };
  "case.accessRequested": {
    entityType: "CaseAccessRequest";
    after: { caseId: Id; caseNumber: string; reason: string; status: AccessRequestStatus };
  };
  "case.accessGranted": AccessDecision;
  "case.accessDenied": AccessDecision;
  "case.noteAdded": {
    entityType: "CaseNote";
    after: { caseId: Id; type: NoteType; date: IsoDate; summary: string; nextVisitDate: IsoDate | null };
  };
  "case.reassigned": { entityType: "Case"; before: { assignedWorkerId: Id | null }; after: { assignedWorkerId: Id; reason: string } };
  "case.sectionUpdated": { entityType: "Case"; before: CaseSectionSnapshot; after: CaseSectionSnapshot };
  "case.riskSet": {
    entityType: "Case";
    before: { riskLevel: RiskLevel | null; riskReasonCode: RiskReasonCode | null; riskReason: string | null };
    after: { riskLevel: RiskLevel; riskReasonCode: RiskReasonCode; riskReason: string | null };
  };
  "case.photoChanged": { entityType: "Case"; before: { hadPhoto: boolean }; after: { hasPhoto: boolean } };
  // Scanned documents: what was attached; on removal (row and file deleted) what was removed, with its hash
  "case.documentAttached": { entityType: "CaseDocument"; after: CaseDocumentRecord };
  "case.documentRemoved": { entityType: "CaseDocument"; before: CaseDocumentRecord & { uploadedById: Id; uploadedAt: string } };
  "case.reopened": { entityType: "Case"; before: { status: "CLOSED" }; after: { status: CaseStatus; reason: string } };
  // Accounts and rate limits
  // With the second factor used, if the account has one (a recovery code used up shows here)
  "auth.login.succeeded": { entityType: "User"; after: { secondFactor: "totp" | "recoveryCode" | null } };
  "auth.login.failed": FailedSignIn;
  "auth.account.locked": FailedSignIn;
  "auth.logout": { entityType: "User" };
  // The idle timeout ended the session: nobody answered the warning (docs/domain.md, "Idle timeout")
  "auth.signedOutIdle": { entityType: "User" };
  // The user ended every one of their sessions from their account page
  "auth.signedOutEverywhere": { entityType: "User" };
  // The user changed their own password (which ends all their sessions); a wrong current password is counted like a failed sign-in
  "account.passwordChanged": { entityType: "User" };
  "account.passwordChangeRefused": { entityType: "User"; after: { failedLoginCount: number; lockedUntil: string | null } };
  "account.localeChanged": { entityType: "User"; before: { preferredLocale: Locale | null }; after: { preferredLocale: Locale } };
  // Two-factor sign-in: the user's own changes (never the secret or the codes, only their number)
  "account.twoFactorEnabled": { entityType: "User"; after: { enabledAt: string; recoveryCodes: number } };
  "account.twoFactorDisabled": { entityType: "User"; before: { enabledAt: string } };
  "account.recoveryCodesRegenerated": { entityType: "User"; after: { recoveryCodes: number } };
  // The administrator removed a user's second factor (entityId: that user)
  "user.twoFactorReset": { entityType: "User"; before: { enabledAt: string; recoveryCodes: number } };
  // Accounts managed by the administrator (lib/users): the account's fields, never a password or a token
  "user.created": { entityType: "User"; after: UserAccountFields & { email: string; linkExpiresAt: string } };
  "user.updated": { entityType: "User"; before: Partial<UserAccountFields>; after: Partial<UserAccountFields> };
  "user.linkIssued": { entityType: "User"; after: { purpose: AccountTokenPurpose; expiresAt: string; passwordCleared: boolean } };
  "user.unlocked": { entityType: "User"; before: { failedLoginCount: number; lockedUntil: string | null } };
  // The user set their own password with a one-time link (the actor is the user)
  "user.passwordSet": { entityType: "User"; after: { purpose: AccountTokenPurpose } };
  // A rate limit refused an attempt (the first refusal of each window): the policy and its numbers
  "rateLimit.exceeded": { entityType: "RateLimit"; after: { limit: number; windowSeconds: number; retryAfterMinutes: number } };
  // Configuration
  "config.timelinesUpdated": { entityType: "Setting"; before: TimelineConfig; after: TimelineConfig };
  "config.bidUpdated": { entityType: "Setting"; before: BidConfigValue; after: BidConfigValue };
  // Centres and organisations (administrator); a capacity change also writes a CentreCapacityChange row
  "centre.created": { entityType: "Centre"; after: CentreFields & { code: string } };
  "centre.updated": { entityType: "Centre"; before: CentreFields; after: CentreFields & { capacityReason: string | null } };
  "organisation.created": { entityType: "Organisation"; after: OrganisationFields };
  "organisation.updated": { entityType: "Organisation"; before: OrganisationFields; after: OrganisationFields };
  "config.securityUpdated": { entityType: "Setting"; before: SecurityConfig; after: SecurityConfig };
  // Assessments, case plans and closures, and the supervisor's decisions on them
  "assessment.saved": AssessmentStored;
  "assessment.submitted": AssessmentStored;
  "assessment.approved": SubmissionDecision<"Assessment">;
  "assessment.rejected": SubmissionDecision<"Assessment">;
  "casePlan.saved": CasePlanStored;
  "casePlan.submitted": CasePlanStored;
  "casePlan.approved": SubmissionDecision<"CasePlan">;
  "casePlan.rejected": SubmissionDecision<"CasePlan">;
  "closure.requested": {
    entityType: "CaseClosure";
    after: { caseId: Id; status: ApprovalStatus; reason: ClosureReason; summary: string };
  };
  "closure.approved": { entityType: "CaseClosure"; after: SubmissionDecided };
  "closure.rejected": { entityType: "CaseClosure"; after: SubmissionDecided };
  // BID coordination: referral, roster, sessions and their agenda
  "bid.referred": {
    entityType: "BidReferral";
    after: { caseId: Id; assessmentId: Id; reason: string; familyTracingRecorded: boolean; caseStatus: CaseStatus };
  };
  "bid.tracingRecorded": { entityType: "BidReferral"; before: { recorded: boolean }; after: { recorded: true } };
  "bid.rosterSaved": {
    entityType: "PanelMember";
    // No `before` when the user joins the roster.
    before?: { expertise: string; defaultRole: PanelRole; active: boolean };
    after: { userId?: Id; expertise: string; defaultRole: PanelRole; active: boolean };
  };
  "bid.undertakingSigned": { entityType: "PanelMember"; after: { undertakingSignedAt: string } };
  "bid.sessionScheduled": { entityType: "BidSession"; after: BidSessionPlan };
  "bid.sessionUpdated": { entityType: "BidSession"; before: BidSessionPlan; after: BidSessionPlan };
  "bid.sessionPublished": {
    entityType: "BidSession";
    before: { status: BidSessionStatus };
    after: { status: BidSessionStatus; publishedAt: string; quorum: QuorumResult };
  };
  "bid.sessionCancelled": SessionCalledOff;
  "bid.sessionPostponed": SessionCalledOff;
  "bid.agendaAdded": {
    entityType: "BidSession";
    after: { agendaItemId: Id; referralId: Id; caseId: Id; position: number; presenterId: Id | null };
  };
  "bid.agendaRemoved": {
    entityType: "BidSession";
    before: { agendaItemId: Id; referralId: Id; position: number };
    after: { referralStatus: BidReferralStatus };
  };
  "bid.agendaMoved": {
    entityType: "BidSession";
    before: { agendaItemId: Id; position: number };
    after: { agendaItemId: Id; position: number };
  };
  "bid.agendaPresenterSet": {
    entityType: "BidSession";
    before: { agendaItemId: Id; presenterId: Id | null };
    after: { agendaItemId: Id; presenterId: Id };
  };
  // BID panels: conflicts of interest, attendance, the decision and its signature
  "bid.conflictDeclared": {
    entityType: "BidAgendaItem";
    // No `before` on a member's first declaration for the case.
    before?: { hasConflict: boolean };
    after: { panelMemberId: Id; hasConflict: boolean };
  };
  "bid.attendanceRecorded": {
    entityType: "BidSession";
    before: { status: BidSessionStatus; attendance: Record<Id, boolean | null> };
    after: { status: BidSessionStatus; attendance: Record<Id, boolean> };
  };
  "bid.decisionSaved": {
    entityType: "BidDecision";
    // No `before` when the decision is first recorded.
    before?: { version: number; outcome: BidOutcome | null; votes: number };
    after: { version: number; outcome: BidOutcome | null; votes: number; caseId: Id };
  };
  "bid.decisionSigned": {
    entityType: "BidDecision";
    before: { signedAt: null; caseStatus: CaseStatus };
    after: { signedAt: string; caseStatus: CaseStatus; outcome: BidOutcome | null; kind: BidDecisionKind };
  };
  "bid.decisionSuperseded": {
    entityType: "BidDecision";
    before: { supersededAt: null };
    after: { supersededAt: string; by: Id; kind: BidDecisionKind; reason: string };
  };
  // Exports: who asked for which kind of file, who downloaded it
  "export.requested": { entityType: "ExportJob"; after: { kind: ExportKind } };
  "export.downloaded": { entityType: "ExportJob"; after: { kind: ExportKind; fileName: string } };
  // The audit trail exported as CSV: the filters it was exported with and how many events it held
  "audit.exported": { entityType: "AuditEvent"; entityId: null; after: AuditFilterRecord & { rows: number; capped: boolean } };
};

/** The audit trail's filters, as exported (absent = not filtered on). */
export type AuditFilterRecord = { actorId?: Id; action?: string; entityType?: string; from?: IsoDate; to?: IsoDate };

type CaseDocumentRecord = {
  caseId: Id;
  type: CaseDocumentType;
  documentDate: IsoDate;
  note: string | null;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
};

type AccessDecision = {
  entityType: "CaseAccessRequest";
  before: { status: AccessRequestStatus };
  after: { status: AccessRequestStatus; caseId: Id; requesterId: Id };
};

type AssessmentStored = {
  entityType: "Assessment";
  // The open draft as it was (the factors as stored); none for the first save.
  before?: AssessmentContent & { id: Id; status: ApprovalStatus; factors: Prisma.JsonValue };
  after: AssessmentContent & { status: "DRAFT" | "SUBMITTED"; factors: Factors };
};

type CasePlanStored = {
  entityType: "CasePlan";
  // The plan it replaces (a draft, or an approved or rejected one); none for the first plan.
  before?: { status: ApprovalStatus; goals: CasePlanGoal[] };
  after: { status: "DRAFT" | "SUBMITTED"; goals: CasePlanGoal[] };
};

type SessionCalledOff = {
  entityType: "BidSession";
  before: { status: BidSessionStatus };
  after: { status: BidSessionStatus; reason: string; returnedToQueue: number; newSessionId: Id | null };
};

/** Every payload must be JSON: a Date or a function in one fails here, not at run time. */
type JsonPayloads<M extends Record<string, { entityType: string; before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject }>> = M;

export type AuditAction = keyof AuditPayloads;

/** One audit event: an action with its entity and the before/after that action records. */
export type AuditEvent = {
  [A in AuditAction]: JsonPayloads<AuditPayloads>[A] extends infer P
    ? P extends { entityId: unknown }
      ? { action: A } & P
      : { action: A; entityId: Id } & P
    : never;
}[AuditAction];
