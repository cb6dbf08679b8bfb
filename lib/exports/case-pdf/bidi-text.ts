// Right-to-left text for PDFKit. PDFKit shapes with fontkit (Arabic joining forms and ligatures)
// but has no bidi algorithm: it draws each string left to right. Here each line is split into
// runs in VISUAL order (Unicode bidi algorithm, bidi-js) and per font (the Noto subsets), and each
// run is handed to PDFKit in the order fontkit expects: fontkit detects the Arabic script itself
// and then reverses the shaped glyphs, so a run containing Arabic-script characters is passed in
// logical order and any other run in visual order.
import bidiFactory from "bidi-js";

export type FontClass = "latin" | "latinExt" | "arabic";
export type Direction = "ltr" | "rtl";

const bidi = bidiFactory();
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Characters used with Arabic (incl. the harakat, "Inherited", and the Arabic comma, "Common"). */
const ARABIC_FONT = /[\p{Script_Extensions=Arabic}\u200c\u200d]/u;

/** Which of the three Noto files draws the character (Noto Sans latin / latin-ext, Noto Sans Arabic). */
export function fontClassOf(char: string): FontClass {
  if (ARABIC_FONT.test(char)) return "arabic";
  const cp = char.codePointAt(0) ?? 0;
  if (cp === 0x131 || cp === 0x152 || cp === 0x153) return "latin";
  if ((cp >= 0x100 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x2c60 && cp <= 0x2c7f) || (cp >= 0xa720 && cp <= 0xa7ff)) return "latinExt";
  return "latin";
}

/** Bidi formatting characters: they steer the algorithm and are never drawn. */
const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export type Run = { font: FontClass; text: string };

/**
 * The direction of a piece of data by its first strong character (like dir="auto" on the case
 * pages: a French sentence stays left to right in an Arabic document), or null if it has none.
 */
export function firstStrongDirection(text: string): Direction | null {
  for (const char of Array.from(text)) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === "L") return "ltr";
    if (type === "R" || type === "AL") return "rtl";
  }
  return null;
}

/** Runs in logical order (for measuring: widths do not depend on the order of runs). */
export function logicalRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const char of Array.from(text)) {
    if (BIDI_CONTROL.test(char)) continue;
    const font = fontClassOf(char);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

/**
 * The runs of one line (no line breaks inside) left to right as they must be drawn, each with the
 * string to give PDFKit. `base` is the paragraph direction (the UI language's).
 */
export function visualRuns(line: string, base: Direction): Run[] {
  // Work on UTF-16 indices, as bidi-js does; keep surrogate pairs together.
  const levels = bidi.getEmbeddingLevels(line, base);
  const order = Array.from({ length: line.length }, (_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(line, levels)) {
    const slice = order.slice(start, end + 1).reverse();
    order.splice(start, slice.length, ...slice);
  }

  type Piece = { font: FontClass; rtl: boolean; chars: string[] };
  const pieces: Piece[] = [];
  for (const i of order) {
    const code = line.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: taken with its high surrogate
    let char = line[i];
    if (code >= 0xd800 && code <= 0xdbff) char = line.slice(i, i + 2);
    if (BIDI_CONTROL.test(char)) continue;
    const rtl = (levels.levels[i] & 1) === 1;
    const font = fontClassOf(char);
    const last = pieces.at(-1);
    if (last && last.font === font && last.rtl === rtl) last.chars.push(char);
    else pieces.push({ font, rtl, chars: [char] });
  }
  return pieces.map(({ font, rtl, chars }) => {
    const visual = chars.join("");
    if (ARABIC_SCRIPT.test(visual)) {
      // fontkit reverses runs it detects as Arabic: give it the reverse of what must be seen
      // (for right-to-left text that is the logical order it needs for shaping).
      return { font, text: chars.slice().reverse().join("") };
    }
    if (!rtl) return { font, text: visual };
    // Neutral characters inside right-to-left text: brackets and the like are mirrored.
    return { font, text: chars.map((c) => bidi.getMirroredCharacter(c) ?? c).join("") };
  });
}
