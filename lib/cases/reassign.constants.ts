// Apart from the zod schemas so that the caseload can use it without loading zod up front
// (docs/adr/0021-page-performance.md, "Fourth pass").

/** At most this many cases in one bulk reassignment (one caseload selection). */
export const MAX_BULK_REASSIGN = 100;
