// What leaves the DAL about a case: named fields, never whole rows.
import type { OrganisationNames } from "@/lib/organisations/organisation-name";
import type {
  CaseStatus,
  ConsentGiver,
  MobilityProfile,
  ProtectionConcern,
  ReferralSource,
  RiskLevel,
  RiskReasonCode,
  SeparationType,
  Sex,
} from "@/lib/generated/prisma/enums";

export type CaseListItem = {
  id: string;
  version: number;
  caseNumber: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  dateOfBirth: Date;
  dateOfBirthEstimated: boolean;
  nationality: string;
  status: CaseStatus;
  riskLevel: RiskLevel | null;
  arrivalDate: Date;
  nextDueAt: Date | null;
  centreCode: string;
  assignedWorkerName: string | null;
};

export type FamilyMemberDto = {
  id: string;
  relationship: string;
  name: string;
  alive: boolean | null;
  lastKnownLocation: string | null;
  phone: string | null;
  inContact: boolean;
  willingToCare: boolean | null;
};

export type CaseDetail = CaseListItem & {
  otherNames: string | null;
  languages: string[];
  separationType: SeparationType;
  referralSource: ReferralSource;
  centreId: string;
  centreName: string;
  assignedWorkerId: string | null;
  registeredByName: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  lastEditedByName: string | null;

  countryOfBirth: string | null;
  placeOfBirth: string | null;
  preferredLanguage: string | null;
  religion: string | null;
  documentsHeld: string | null;
  hasPhoto: boolean;
  mobilityProfile: MobilityProfile | null;
  protectionConcerns: ProtectionConcern[];
  disabilityDetails: string | null;
  separationDate: Date | null;
  separationPlace: string | null;
  separationCause: string | null;
  journeySummary: string | null;
  consent: {
    givenBy: ConsentGiver | null;
    givenByName: string | null;
    caseManagement: boolean;
    tracing: boolean;
    reporting: boolean;
    informationToWithhold: string | null;
    recordedAt: Date | null;
    shareWith: ({ id: string } & OrganisationNames)[];
  };
  familyMembers: FamilyMemberDto[];
  duplicateCheckNote: string | null;

  riskReasonCode: RiskReasonCode | null;
  /** The worker's words (riskReasonCode OTHER); show through riskReasonText (lib/cases/risk-reason.ts). */
  riskReason: string | null;
  riskSetAt: Date | null;
  due: {
    firstActionDueAt: Date | null;
    assessmentDueAt: Date | null;
    casePlanDueAt: Date | null;
    followUpDueAt: Date | null;
  };
  closedAt: Date | null;

  /** What the viewer may do on this case (the DAL checks again on every write). */
  viewer: { canEdit: boolean; canNote: boolean; canApprove: boolean; canAssign: boolean; canSeeHistory: boolean };
};

export const caseListSelect = {
  id: true,
  version: true,
  caseNumber: true,
  firstName: true,
  lastName: true,
  sex: true,
  dateOfBirth: true,
  dateOfBirthEstimated: true,
  nationality: true,
  status: true,
  riskLevel: true,
  arrivalDate: true,
  nextDueAt: true,
  centre: { select: { code: true } },
  assignedWorker: { select: { name: true } },
} as const;

type ListRow = {
  centre: { code: string };
  assignedWorker: { name: string } | null;
} & Omit<CaseListItem, "centreCode" | "assignedWorkerName">;

export function toCaseListItem({ centre, assignedWorker, ...row }: ListRow): CaseListItem {
  return {
    id: row.id,
    version: row.version,
    caseNumber: row.caseNumber,
    firstName: row.firstName,
    lastName: row.lastName,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    dateOfBirthEstimated: row.dateOfBirthEstimated,
    nationality: row.nationality,
    status: row.status,
    riskLevel: row.riskLevel,
    arrivalDate: row.arrivalDate,
    nextDueAt: row.nextDueAt,
    centreCode: centre.code,
    assignedWorkerName: assignedWorker?.name ?? null,
  };
}
