// Apart from the zod schemas so that the family form can use it without loading zod up front
// (docs/adr/0021-page-performance.md, "Fourth pass").

/** The most children a foster family may take, and so the most one visit can record. */
export const MAX_FAMILY_CAPACITY = 12;
