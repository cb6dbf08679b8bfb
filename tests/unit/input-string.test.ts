import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fieldErrorsByField } from "@/lib/field-errors";
import { describe, expect, it } from "vitest";
import { registerChildSchema } from "@/lib/cases/case.schema";
import { optionalText, requiredName, requiredText } from "@/lib/validation/fields";
import { caseNoteSchema } from "@/lib/notes/case-note.schema";
import { inputString, stripInvisible } from "@/lib/text/input-string";

const INVISIBLE: [string, string][] = [
  ["LRE", "\u202A"],
  ["RLE", "\u202B"],
  ["PDF", "\u202C"],
  ["LRO", "\u202D"],
  ["RLO", "\u202E"],
  ["LRI", "\u2066"],
  ["RLI", "\u2067"],
  ["FSI", "\u2068"],
  ["PDI", "\u2069"],
  ["zero-width space", "\u200B"],
  ["zero-width non-joiner", "\u200C"],
  ["zero-width joiner", "\u200D"],
  ["LRM", "\u200E"],
  ["RLM", "\u200F"],
  ["Arabic letter mark", "\u061C"],
  ["word joiner", "\u2060"],
  ["BOM", "\uFEFF"],
];

describe("stripInvisible", () => {
  it.each(INVISIBLE)("removes %s", (_name, char) => {
    expect(stripInvisible(`gnp${char}.exe${char}${char}`)).toBe("gnp.exe");
  });

  it.each([
    ["French with accents", "Élève né à Nouadhibou, très calme."],
    ["Arabic", "الطفل بخير ويذهب إلى المدرسة"],
    ["mixed Arabic and Latin", "زيارة يوم 12/03 مع Mme Sy"],
    ["an emoji", "Très content 🙂"],
    ["a non-breaking space", "10\u00A0km"],
    ["newlines", "ligne 1\nligne 2"],
  ])("keeps %s as typed", (_name, value) => {
    expect(stripInvisible(value)).toBe(value);
  });
});

describe("schemas built on inputString", () => {
  it("remove the characters before trimming and length checks", () => {
    expect(inputString().trim().min(1).safeParse("\u200B \u202E").success).toBe(false);
    expect(optionalText(10).parse("\uFEFF a\u202Eb ")).toBe("ab");
    expect(requiredText(5).parse("\u2067abc\u2069")).toBe("abc");
  });

  it("store a note's summary without the override", () => {
    const note = caseNoteSchema.parse({ type: "NOTE", date: "2026-01-05", summary: "Photo: gnp\u202E.exe", nextVisitDate: "" });
    expect(note.summary).toBe("Photo: gnp.exe");
  });

  it("leave names refused, not cleaned", () => {
    expect(requiredName.safeParse("Ami\u202Enata").error?.issues[0].message).toBe("nameCharacters");
    const result = registerChildSchema.safeParse({ firstName: "Awa\u200B", lastName: "Diallo", otherNames: "dite\u202E Awa" });
    expect(fieldErrorsByField(result.error!).firstName).toBe("nameCharacters");
    expect(fieldErrorsByField(result.error!).otherNames).toBeUndefined();
  });
});

describe("every string in lib/ goes through lib/text/input-string.ts", () => {
  const root = path.resolve(__dirname, "../../lib");
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("generated"))
    .map((file) => path.join("lib", file));

  it("finds the schema files", () => {
    expect(files.filter((file) => file.endsWith(".schema.ts")).length).toBeGreaterThan(10);
  });

  it("has no z.string() or z.coerce.string() outside the helper", () => {
    const offenders = files
      .filter((file) => file !== path.join("lib", "text", "input-string.ts"))
      .filter((file) => /\bz\s*\.\s*(coerce\s*\.\s*)?string\s*\(/.test(readFileSync(path.resolve(root, "..", file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
