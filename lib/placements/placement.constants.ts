// The placement types, apart from the zod schemas so that the admission form can list them without
// loading zod up front (docs/adr/0021-page-performance.md, "Fourth pass").
export const PLACEMENT_TYPES = [
  "CPISE_RESIDENTIAL",
  "FOSTER_FAMILY",
  "KINSHIP_CARE",
  "SUPERVISED_INDEPENDENT_LIVING",
  "OTHER_SHELTER",
] as const;
