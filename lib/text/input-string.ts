// The string every schema starts from. Invisible direction and zero-width characters are removed
// from what users type before any other check, so text cannot display in an order other than
// the one it is stored in ("gnp.exe" shown as "exe.png"). docs/free-text.md says which characters
// and why. A unit test refuses `z.string(` anywhere else in lib/, so a new schema gets this too.
import { z } from "zod";

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the directional marks
 * (U+200E, U+200F, U+061C), the zero-width space, non-joiner and joiner (U+200B–U+200D), the word
 * joiner (U+2060) and the byte-order mark / zero-width no-break space (U+FEFF).
 */
const INVISIBLE_CHARACTERS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE_CHARACTERS, "");
}

type StringParams = Parameters<typeof z.string>[0];

/** z.string() with the invisible characters removed: for free text, codes, ids, dates. */
export const inputString = (params?: StringParams) => z.string(params).overwrite(stripInvisible);

/**
 * z.string() left as typed: only for people's names, whose letters-only pattern refuses these
 * characters with a message ("nameCharacters") rather than changing a name silently.
 */
export const nameString = (params?: StringParams) => z.string(params);

/**
 * z.string() left exactly as typed: for passwords, which are compared with what was set, character
 * for character; removing anything would make a password containing it impossible to type.
 */
export const passwordString = (params?: StringParams) => z.string(params);
