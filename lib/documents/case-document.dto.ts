import type { CaseDocumentType } from "@/lib/generated/prisma/enums";

/** A document as the case's list shows it (no storage key, no hash). */
export type CaseDocumentItem = {
  id: string;
  type: CaseDocumentType;
  documentDate: Date;
  note: string | null;
  mimeType: string;
  sizeBytes: number;
  uploadedByName: string;
  createdAt: Date;
};
