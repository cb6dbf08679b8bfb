/**
 * What a case access-log row says was opened (CaseAccessLog.view): a tab of the case page (these),
 * or "photo", "document" (with its documentId; a CHECK in the database ties the two),
 * "bidDossier" and "bidDecision", written by the functions that serve those.
 */
export const CASE_PAGE_VIEWS = [
  "overview",
  "registration",
  "assessment",
  "plan",
  "placements",
  "bid",
  "notes",
  "documents",
  "closure",
  "assignment",
  "history",
  "pdf",
] as const;
export type CasePageView = (typeof CASE_PAGE_VIEWS)[number];
