// Shared by the upload form (checked before sending) and the server (checked again from the bytes).
// The database holds the same limits (CHECK constraints in the case_documents migration).

/** The size promised to users ("10 MB at most"). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * The most an upload request may carry: the file plus the form's other fields and the multipart
 * framing (a note of 1 000 characters is at most 4 000 bytes). next.config.ts lets the proxy
 * buffer more than this, so that an oversized request is seen whole enough to be refused, never cut.
 */
export const MAX_DOCUMENT_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

/** What the file picker offers; the server decides from the bytes. */
export const DOCUMENT_ACCEPT = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

/** Documents per page of the case's list. */
export const DOCUMENTS_PER_PAGE = 20;

export const DOCUMENT_NOTE_MAX = 1000;
