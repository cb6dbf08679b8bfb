/**
 * What a case access-log row says was opened (CaseAccessLog.view): a tab of the case page, the
 * child's photo, the PDF, a BID dossier or decision, or one document (then with its documentId;
 * a CHECK in the database ties the two).
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

export const CASE_VIEWS = [...CASE_PAGE_VIEWS, "photo", "document", "bidDossier", "bidDecision"] as const;
export type CaseView = (typeof CASE_VIEWS)[number];
