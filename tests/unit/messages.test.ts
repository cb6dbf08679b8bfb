// The i18n guard: every locale has the same keys, no empty message, and a label for every
// enum value and every error key the registration schema can produce.
import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { CaseStatus, ReferralSource, RiskLevel, RiskReasonCode, SeparationType, Sex } from "@/lib/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { LANGUAGE_CODES } from "@/lib/reference/languages";

const MESSAGES_DIR = path.resolve(__dirname, "../../messages");
const fileOf = (locale: Locale) => path.join(MESSAGES_DIR, `${locale}.json`);

type Loaded = { ok: true; messages: Record<string, unknown> } | { ok: false; problem: string };

function load(locale: Locale): Loaded {
  const file = fileOf(locale);
  if (!fs.existsSync(file)) return { ok: false, problem: `messages file is missing: ${file}` };
  try {
    const messages: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    if (typeof messages !== "object" || messages === null || Array.isArray(messages)) {
      return { ok: false, problem: `${file} is not a JSON object` };
    }
    return { ok: true, messages: messages as Record<string, unknown> };
  } catch (error) {
    return { ok: false, problem: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

const loaded = Object.fromEntries(LOCALES.map((locale) => [locale, load(locale)])) as Record<Locale, Loaded>;

/** The messages of a locale, or a failure that names the missing/broken file. */
function messagesOf(locale: Locale): Record<string, unknown> {
  const entry = loaded[locale];
  if (!entry.ok) expect.fail(entry.problem);
  return entry.messages;
}

/** Leaf entries as dotted paths ("caseload.columns.name" → value). */
function leaves(node: unknown, prefix = ""): Array<[string, unknown]> {
  if (typeof node === "object" && node !== null && !Array.isArray(node)) {
    const entries = Object.entries(node as Record<string, unknown>);
    if (entries.length === 0) return [[prefix, node]]; // an empty namespace is a (bad) leaf
    return entries.flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, node]];
}

const keysOf = (locale: Locale) => leaves(messagesOf(locale)).map(([key]) => key);

function valueAt(messages: Record<string, unknown>, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>(
    (node, part) =>
      typeof node === "object" && node !== null && Object.hasOwn(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined,
    messages,
  );
}

describe("messages files", () => {
  it.each(LOCALES)("messages/%s.json exists and is a JSON object", (locale) => {
    const entry = loaded[locale];
    expect(entry.ok ? null : entry.problem).toBeNull();
  });

  it("the reference locale (fr) has messages", () => {
    expect(keysOf("fr").length).toBeGreaterThan(50);
  });
});

describe("key parity between locales", () => {
  const others = LOCALES.filter((locale) => locale !== "fr");

  it.each(others)("every fr key exists in %s", (locale) => {
    const theirs = new Set(keysOf(locale));
    const missing = keysOf("fr").filter((key) => !theirs.has(key));
    expect(missing, `keys missing in ${locale}.json`).toEqual([]);
  });

  it.each(others)("%s has no key that fr lacks", (locale) => {
    const ours = new Set(keysOf("fr"));
    const extra = keysOf(locale).filter((key) => !ours.has(key));
    expect(extra, `keys in ${locale}.json that fr.json lacks`).toEqual([]);
  });
});

describe("message values", () => {
  it.each(LOCALES)("every message in %s is a non-empty string", (locale) => {
    const bad = leaves(messagesOf(locale))
      .filter(([, value]) => typeof value !== "string" || value.trim() === "")
      .map(([key, value]) => `${key} = ${JSON.stringify(value)}`);
    expect(bad, `empty or non-string messages in ${locale}.json`).toEqual([]);
  });
});

// Every label the UI looks up by enum value or code.
const REQUIRED_LABELS: Array<[namespace: string, values: readonly string[]]> = [
  ["roles", ROLES],
  ["status", Object.values(CaseStatus)],
  ["risk", Object.values(RiskLevel)],
  // OTHER is shown as the worker's own words.
  ["risk.reasonCodes", Object.values(RiskReasonCode).filter((code) => code !== "OTHER")],
  ["sex", Object.values(Sex)],
  ["separationType", Object.values(SeparationType)],
  ["referralSource", Object.values(ReferralSource)],
  ["languages", LANGUAGE_CODES],
  ["language", LOCALES],
];

// Every message the registration schema (lib/cases/case.schema.ts) can put on a field.
const SCHEMA_ERROR_KEYS = [
  "required",
  "tooLong",
  "nameCharacters",
  "invalidDate",
  "dateInFuture",
  "ageOver17",
  "ageNumber",
  "unknownNationality",
  "languagesRequired",
  "birthAfterArrival",
];

describe("labels for every enum value", () => {
  it("the label lists are not empty (the enums were imported)", () => {
    for (const [namespace, values] of REQUIRED_LABELS) {
      expect(values.length, namespace).toBeGreaterThan(0);
    }
  });

  for (const [namespace, values] of REQUIRED_LABELS) {
    it.each(LOCALES)(`${namespace}.* has a label for every value in %s`, (locale) => {
      const messages = messagesOf(locale);
      const missing = values
        .map((value) => `${namespace}.${value}`)
        .filter((key) => {
          const label = valueAt(messages, key);
          return typeof label !== "string" || label.trim() === "";
        });
      expect(missing, `labels missing in ${locale}.json`).toEqual([]);
    });
  }
});

describe("error messages of the registration schema", () => {
  it.each(LOCALES)("errors.* has every schema error key in %s", (locale) => {
    const messages = messagesOf(locale);
    const missing = SCHEMA_ERROR_KEYS.map((key) => `errors.${key}`).filter((key) => {
      const text = valueAt(messages, key);
      return typeof text !== "string" || text.trim() === "";
    });
    expect(missing, `error messages missing in ${locale}.json`).toEqual([]);
  });
});
