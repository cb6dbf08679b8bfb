// What leaves the DAL about closures: named fields, never whole rows.
import type { ApprovalStatus, ClosureReason } from "@/lib/generated/prisma/enums";

export type ClosureDto = {
  id: string;
  status: ApprovalStatus;
  reason: ClosureReason;
  summary: string;
  requestedByName: string;
  requestedAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
};

export type ReopeningDto = { at: Date; byName: string | null; reason: string };

export type CaseClosures = {
  /** The pending request, or else the latest decided one. */
  current: ClosureDto | null;
  /** Every other request, newest first. */
  history: ClosureDto[];
  /** Every reopening of the case, newest first. */
  reopenings: ReopeningDto[];
};
