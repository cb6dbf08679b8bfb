// The normalised name key stored in Case.searchName, used by name search and duplicate search.
// (Placeholder normaliser: lower case, accents removed. The duplicate-search work replaces it
// with transliteration and spelling-variant folding, keeping this signature.)
export function nameSearchKey(names: { firstName: string; lastName: string; otherNames?: string | null }): string {
  return [names.firstName, names.lastName, names.otherNames ?? ""]
    .join(" ")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
