// What the centre form needs at runtime, without zod (the schema loads after the page; ADR 0021).

export const MAX_CENTRE_CAPACITY = 500;

/** Mauritania's wilayas, as the administration writes them: suggested for a centre's region. */
export const WILAYAS = [
  "Adrar",
  "Assaba",
  "Brakna",
  "Dakhlet Nouadhibou",
  "Gorgol",
  "Guidimakha",
  "Hodh Ech Chargui",
  "Hodh El Gharbi",
  "Inchiri",
  "Nouakchott-Nord",
  "Nouakchott-Ouest",
  "Nouakchott-Sud",
  "Tagant",
  "Tiris Zemmour",
  "Trarza",
] as const;
