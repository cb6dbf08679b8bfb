// The assessment's factor domains, apart from the zod schemas so that the form and the views can
// list them without loading zod (docs/adr/0021-page-performance.md, "Fourth pass").
export const FACTOR_DOMAINS = ["safety", "health", "education", "care", "documentation", "family"] as const;
export type FactorDomain = (typeof FACTOR_DOMAINS)[number];
