// Languages spoken by children at the centres (docs/domain.md, "Who and where"). Codes are ISO 639; labels live in
// messages/*.json under "languages" because Intl has no good names for several of them.
export const LANGUAGE_CODES = ["ar", "mey", "fr", "ff", "snk", "wo", "bm", "en", "mnk", "kri", "srr", "pt", "other"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
