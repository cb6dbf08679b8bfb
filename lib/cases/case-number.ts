// Readable case numbers: <centre code>-<year>-<sequence, at least 4 digits>, e.g. NDB-2026-0042.
export const CASE_NUMBER_PATTERN = /^[A-Z]{3}-\d{4}-\d{4,}$/;

export function formatCaseNumber(centreCode: string, year: number, sequence: number): string {
  if (!/^[A-Z]{3}$/.test(centreCode)) throw new Error(`Invalid centre code: ${centreCode}`);
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new Error(`Invalid year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Invalid sequence: ${sequence}`);
  return `${centreCode}-${year}-${String(sequence).padStart(4, "0")}`;
}
