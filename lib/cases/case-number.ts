// Readable case numbers: <centre code>-<year>-<sequence, at least 4 digits>, e.g. NDB-2026-0042.
export const CASE_NUMBER_PATTERN = /^[A-Z]{3}-\d{4}-\d{4,}$/;

export function formatCaseNumber(centreCode: string, year: number, sequence: number): string {
  if (!/^[A-Z]{3}$/.test(centreCode)) throw new Error(`Invalid centre code: ${centreCode}`);
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new Error(`Invalid year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Invalid sequence: ${sequence}`);
  return `${centreCode}-${year}-${String(sequence).padStart(4, "0")}`;
}

/**
 * What a search box query means as a case number, however much of it was typed and in any case:
 * - "NDB-2026-8", "ndb 2026 0008", "NDB20260008": one number (the sequence padded as printed),
 *   or numbers that start as typed ("NDB-2026-001" → NDB-2026-0001 and NDB-2026-0010…0019);
 * - "NDB-", "ndb-20", "NDB-2026": numbers starting so;
 * - "0008", "8", "2026-8", "ndb-8": the sequence (in that year, of that centre), whichever year or
 *   centre was left out — digits after a centre code that cannot start a year (20xx) are a sequence.
 * Anything else (letters alone included: "Ali" is a name) is null: a name query.
 */
export type CaseNumberQuery =
  | { kind: "number"; exact: string | null; prefix: string }
  | { kind: "prefix"; prefix: string }
  | { kind: "sequence"; sequence: number; year?: number; centreCode?: string };

const SEPARATORS = "[-\\s./_]";
const FULL = new RegExp(`^([A-Z]{3})${SEPARATORS}*(\\d{4})${SEPARATORS}*(\\d{1,9})$`);
const START = new RegExp(`^([A-Z]{3})${SEPARATORS}+(\\d{0,4})${SEPARATORS}*$`);
const SEQUENCE = new RegExp(`^(?:(\\d{4})${SEPARATORS}+)?(\\d{1,9})$`);

export function parseCaseNumberQuery(query: string): CaseNumberQuery | null {
  const text = query.trim().toUpperCase();
  const full = FULL.exec(text);
  if (full) {
    const [, code, year, digits] = full;
    const sequence = Number(digits);
    const exact = sequence >= 1 && Number(year) >= 2000 && Number(year) <= 2200 ? formatCaseNumber(code, Number(year), sequence) : null;
    return { kind: "number", exact, prefix: `${code}-${year}-${digits}` };
  }
  const start = START.exec(text);
  if (start) {
    const [, code, digits] = start;
    if (digits && !digits.startsWith("2")) return { kind: "sequence", sequence: Number(digits), centreCode: code };
    return { kind: "prefix", prefix: `${code}-${digits}` };
  }
  const sequence = SEQUENCE.exec(text);
  if (sequence) return { kind: "sequence", sequence: Number(sequence[2]), ...(sequence[1] && { year: Number(sequence[1]) }) };
  return null;
}
