// What leaves the DAL about a case: named fields, never whole rows.
import type { CaseStatus, ReferralSource, RiskLevel, SeparationType, Sex } from "@/lib/generated/prisma/enums";

export type CaseListItem = {
  id: string;
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
  centreCode: string;
  assignedWorkerName: string | null;
};

export type CaseDetail = CaseListItem & {
  otherNames: string | null;
  languages: string[];
  separationType: SeparationType;
  referralSource: ReferralSource;
  centreName: string;
  registeredByName: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export const caseListSelect = {
  id: true,
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
  centre: { select: { code: true } },
  assignedWorker: { select: { name: true } },
} as const;

type ListRow = {
  centre: { code: string };
  assignedWorker: { name: string } | null;
} & Omit<CaseListItem, "centreCode" | "assignedWorkerName">;

export function toCaseListItem({ centre, assignedWorker, ...row }: ListRow): CaseListItem {
  return { ...row, centreCode: centre.code, assignedWorkerName: assignedWorker?.name ?? null };
}
