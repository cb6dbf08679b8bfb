// What leaves the DAL about a foster family.
//
// Need-to-know for contact details: the household's contact phone and precise address are shown
// only to the NGO that manages the family. Supervisors and the national supervisor see the
// household name, town, languages, capacity, vetting status and visits — enough to oversee
// occupancy and choose a family; contacting the household goes through the managing NGO, whose
// name is shown.
import type { OrganisationNames } from "@/lib/organisations/organisation-name";
import type { ChildWellbeing, FosterVettingStatus, SchoolAttendance } from "@/lib/generated/prisma/enums";

export type FosterFamilyListItem = {
  id: string;
  householdName: string;
  location: string;
  languages: string[];
  capacity: number;
  activePlacements: number;
  freePlaces: number;
  vettingStatus: FosterVettingStatus;
  nextVisitDueAt: Date | null;
  organisation: OrganisationNames;
};

/** A placed child as the viewer may name them: only when the case is in their case scope. */
export type PlacedChild = { caseId: string; caseNumber: string; name: string } | null;

/** What a visit found for one placed child. */
export type FosterVisitChildItem = {
  id: string;
  child: PlacedChild;
  seen: boolean;
  seenAlone: boolean;
  wellbeing: ChildWellbeing | null;
  schoolAttendance: SchoolAttendance;
  childViews: string | null;
};

export type FosterVisitItem = {
  id: string;
  date: Date;
  visitedByName: string;
  visitors: string | null;
  observations: string;
  concerns: string | null;
  suspendedFamily: boolean;
  nextVisitDueAt: Date | null;
  /** The managing NGO sees every child's entry; other viewers those of the cases in their scope. */
  children: FosterVisitChildItem[];
};

/** A child a new visit may cover: placed now, or until recently (for a visit recorded late). */
export type VisitCandidate = { placementId: string; startDate: Date; endDate: Date | null; child: PlacedChild };

export type FamilyPlacementItem = {
  id: string;
  startDate: Date;
  reviewFlaggedAt: Date | null;
  reviewReason: string | null;
  /** Only when the case is in the viewer's case scope. */
  child: PlacedChild;
};

export type FosterFamilyDetail = FosterFamilyListItem & {
  organisationId: string;
  /** Contact details: only for the managing NGO (null otherwise). */
  contact: { contactName: string; contactPhone: string; address: string | null } | null;
  notes: string | null;
  approvedAt: Date | null;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  version: number;
  canManage: boolean;
  visits: FosterVisitItem[];
  placements: FamilyPlacementItem[];
  /** For the managing NGO's visit form (empty for other viewers). */
  visitCandidates: VisitCandidate[];
};

/** A family that can receive a child now: approved, with a free place. */
export type PlaceableFamily = {
  id: string;
  householdName: string;
  location: string;
  languages: string[];
  capacity: number;
  activePlacements: number;
  freePlaces: number;
  organisation: OrganisationNames;
};
