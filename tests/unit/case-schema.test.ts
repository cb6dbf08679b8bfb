import { fieldErrorsByField } from "@/lib/field-errors";
import { afterEach, beforeEach, describe, it, expect, vi } from "vitest";
import { z } from "zod";
import { registerChildSchema, type RegisterChildInput } from "@/lib/cases/case.schema";
import { ageOn, parseIsoDate, toIsoDate, todayUtc } from "@/lib/dates/calendar";

// "Today" for every test: 22 November 2026 (UTC, as in Mauritania).
const NOW = new Date("2026-11-22T10:00:00Z");
const TODAY = new Date("2026-11-22T00:00:00.000Z");

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

/** What the form submits for a child whose date of birth is known. */
function exactInput(overrides: Partial<Record<keyof RegisterChildInput, unknown>> = {}): RegisterChildInput {
  return {
    firstName: "  Aminata ",
    lastName: "Diallo",
    otherNames: "   ",
    sex: "FEMALE",
    dobKnown: "exact",
    dateOfBirth: "2012-03-04",
    estimatedAge: "",
    nationality: "sn",
    languages: ["ff", "fr", "ff"],
    separationType: "UNACCOMPANIED",
    arrivalDate: "2026-11-01",
    referralSource: "POLICE",
    centreId: "",
    ...overrides,
  } as RegisterChildInput;
}

function estimatedInput(overrides: Partial<Record<keyof RegisterChildInput, unknown>> = {}): RegisterChildInput {
  return exactInput({ dobKnown: "estimated", dateOfBirth: "", estimatedAge: "12", ...overrides });
}

function parse(input: unknown) {
  return registerChildSchema.safeParse(input);
}

/** Every message reported on one top-level field, in order. */
function messagesOn(input: unknown, field: string): string[] {
  const result = parse(input);
  if (result.success) return [];
  return result.error.issues.filter((issue) => String(issue.path[0]) === field).map((issue) => issue.message);
}

function expectValid(input: unknown) {
  const result = parse(input);
  expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  return result.data!;
}

describe("the fake clock", () => {
  it("is 22 November 2026", () => {
    expect(toIsoDate(todayUtc())).toBe("2026-11-22");
  });
});

describe("registerChildSchema — valid input", () => {
  it("accepts an exact date of birth and normalises the output", () => {
    const data = expectValid(exactInput());
    expect(data).toEqual({
      firstName: "Aminata",
      lastName: "Diallo",
      otherNames: null,
      sex: "FEMALE",
      dateOfBirth: new Date("2012-03-04T00:00:00.000Z"),
      dateOfBirthEstimated: false,
      nationality: "SN",
      languages: ["ff", "fr"],
      separationType: "UNACCOMPANIED",
      arrivalDate: new Date("2026-11-01T00:00:00.000Z"),
      referralSource: "POLICE",
      centreId: null,
    });
  });

  it("accepts an estimated age and derives a date of birth that reads back as that age", () => {
    const data = expectValid(estimatedInput({ estimatedAge: "12" }));
    expect(data.dateOfBirthEstimated).toBe(true);
    expect(data.dateOfBirth).toBeInstanceOf(Date);
    expect(ageOn(data.dateOfBirth, TODAY)).toBe(12);
    expect(data.nationality).toBe("SN");
    expect(data.languages).toEqual(["ff", "fr"]);
    expect(data.otherNames).toBeNull();
  });

  it.each(Array.from({ length: 18 }, (_, age) => age))("estimated age %i reads back as that age", (age) => {
    const data = expectValid(estimatedInput({ estimatedAge: String(age), arrivalDate: "2026-11-22" }));
    expect(ageOn(data.dateOfBirth, TODAY)).toBe(age);
  });

  it("an estimated birth date never falls after the arrival date", () => {
    // Age 0 gives a birth date around 2026-05-22, after this arrival: it is clamped to the arrival date.
    const data = expectValid(estimatedInput({ estimatedAge: "0", arrivalDate: "2026-01-10" }));
    expect(toIsoDate(data.dateOfBirth)).toBe("2026-01-10");
    expect(ageOn(data.dateOfBirth, TODAY)).toBe(0);
  });

  it("ignores the (empty) date of birth in estimated mode and the (empty) age in exact mode", () => {
    expect(expectValid(estimatedInput({ dateOfBirth: undefined })).dateOfBirthEstimated).toBe(true);
    expect(expectValid(exactInput({ estimatedAge: undefined })).dateOfBirthEstimated).toBe(false);
  });

  it("keeps other names when given, trimmed", () => {
    expect(expectValid(exactInput({ otherNames: "  Ami " })).otherNames).toBe("Ami");
  });

  it("keeps a chosen centre", () => {
    expect(expectValid(exactInput({ centreId: "centre-1" })).centreId).toBe("centre-1");
  });

  it("upper-cases and trims the nationality", () => {
    expect(expectValid(exactInput({ nationality: " ml " })).nationality).toBe("ML");
  });

  it.each([
    ["محمد", "ولد أحمد"],
    ["مُحَمَّد", "بنت سيدي"],
    ["Mamadou Lamine", "N'Diaye"],
    ["Jean-Baptiste", "Ba"],
    ["Élodie", "O’Neil"],
    ["Mohamed", "Ould Ahmed."],
  ])("accepts the names %s / %s", (firstName, lastName) => {
    const data = expectValid(exactInput({ firstName, lastName }));
    expect(data.firstName).toBe(firstName);
    expect(data.lastName).toBe(lastName);
  });

  it("accepts a child born today who arrived today", () => {
    const data = expectValid(exactInput({ dateOfBirth: "2026-11-22", arrivalDate: "2026-11-22" }));
    expect(ageOn(data.dateOfBirth, TODAY)).toBe(0);
  });

  it("accepts a date of birth equal to the arrival date", () => {
    expectValid(exactInput({ dateOfBirth: "2020-05-05", arrivalDate: "2020-05-05" }));
  });
});

describe("registerChildSchema — names", () => {
  it.each(["Ali2", "4mina", "Ali_Ba", "Ali@", "-Ali", "'Ali", "محمد٣"])("rejects %j with nameCharacters", (firstName) => {
    expect(messagesOn(exactInput({ firstName }), "firstName")).toEqual(["nameCharacters"]);
  });

  it("rejects digits in the last name too", () => {
    expect(messagesOn(exactInput({ lastName: "Diallo 2" }), "lastName")).toEqual(["nameCharacters"]);
  });

  it.each(["", "   "])("a missing first name (%j) is reported once, as required", (firstName) => {
    expect(messagesOn(exactInput({ firstName }), "firstName")).toEqual(["required"]);
  });

  it("a missing last name is reported once, as required", () => {
    expect(messagesOn(exactInput({ lastName: "" }), "lastName")).toEqual(["required"]);
  });

  it("a name over 100 characters is too long", () => {
    expect(messagesOn(exactInput({ firstName: "A".repeat(101) }), "firstName")).toEqual(["tooLong"]);
    expectValid(exactInput({ firstName: "A".repeat(100) }));
  });

  it("other names over 200 characters are too long", () => {
    expect(messagesOn(exactInput({ otherNames: "A".repeat(201) }), "otherNames")).toEqual(["tooLong"]);
  });
});

describe("registerChildSchema — date of birth and age", () => {
  it("a date of birth in the future is refused", () => {
    expect(messagesOn(exactInput({ dateOfBirth: "2026-11-23", arrivalDate: "2026-11-22" }), "dateOfBirth")[0]).toBe(
      "dateInFuture",
    );
  });

  it("a date of birth in the future is reported as dateInFuture first", () => {
    const result = parse(exactInput({ dateOfBirth: "2027-01-01" }));
    expect(result.success).toBe(false);
    expect(fieldErrorsByField(result.error!).dateOfBirth).toBe("dateInFuture");
  });

  it("a child who is 18 today is refused (ageOver17)", () => {
    expect(messagesOn(exactInput({ dateOfBirth: "2008-11-22" }), "dateOfBirth")).toEqual(["ageOver17"]);
  });

  it("a child who turns 18 tomorrow (17 today) is accepted", () => {
    const data = expectValid(exactInput({ dateOfBirth: "2008-11-23" }));
    expect(ageOn(data.dateOfBirth, TODAY)).toBe(17);
  });

  it("an invalid calendar date is refused", () => {
    expect(messagesOn(exactInput({ dateOfBirth: "2012-02-30" }), "dateOfBirth")).toEqual(["invalidDate"]);
    expect(messagesOn(exactInput({ dateOfBirth: "04/03/2012" }), "dateOfBirth")).toEqual(["invalidDate"]);
  });

  it("exact mode without a date of birth: required on dateOfBirth", () => {
    expect(messagesOn(exactInput({ dateOfBirth: "" }), "dateOfBirth")).toEqual(["required"]);
    expect(messagesOn(exactInput({ dateOfBirth: undefined }), "dateOfBirth")).toEqual(["required"]);
  });

  it("estimated mode without an age: required on estimatedAge", () => {
    expect(messagesOn(estimatedInput({ estimatedAge: "" }), "estimatedAge")).toEqual(["required"]);
  });

  it("estimated age 18 is refused (ageOver17), 17 accepted", () => {
    expect(messagesOn(estimatedInput({ estimatedAge: "18" }), "estimatedAge")).toEqual(["ageOver17"]);
    expect(messagesOn(estimatedInput({ estimatedAge: "99" }), "estimatedAge")).toEqual(["ageOver17"]);
    expectValid(estimatedInput({ estimatedAge: "17" }));
  });

  it.each(["abc", "-1", "1.5", "123", "1 2", "douze"])("estimated age %j is not a number of years (ageNumber)", (estimatedAge) => {
    expect(messagesOn(estimatedInput({ estimatedAge }), "estimatedAge")).toEqual(["ageNumber"]);
  });

  it("a date of birth after the arrival date is refused (birthAfterArrival)", () => {
    expect(messagesOn(exactInput({ dateOfBirth: "2020-05-06", arrivalDate: "2020-05-05" }), "dateOfBirth")).toEqual([
      "birthAfterArrival",
    ]);
  });
});

describe("registerChildSchema — nationality, languages, arrival, choices", () => {
  it("an unknown nationality is refused", () => {
    expect(messagesOn(exactInput({ nationality: "ZZ" }), "nationality")).toEqual(["unknownNationality"]);
    expect(messagesOn(exactInput({ nationality: "SEN" }), "nationality")).toEqual(["unknownNationality"]);
  });

  it("an empty nationality is required (and only that)", () => {
    expect(messagesOn(exactInput({ nationality: "" }), "nationality")).toEqual(["required"]);
    expect(messagesOn(exactInput({ nationality: undefined }), "nationality")).toEqual(["required"]);
  });

  it("no language is refused", () => {
    expect(messagesOn(exactInput({ languages: [] }), "languages")).toEqual(["languagesRequired"]);
    expect(messagesOn(exactInput({ languages: undefined }), "languages")).toEqual(["languagesRequired"]);
  });

  it("an arrival date in the future is refused", () => {
    expect(messagesOn(exactInput({ arrivalDate: "2026-11-23" }), "arrivalDate")).toEqual(["dateInFuture"]);
  });

  it("an arrival date is required", () => {
    expect(messagesOn(exactInput({ arrivalDate: "" }), "arrivalDate")).toEqual(["required"]);
  });

  it("an invalid arrival date is refused", () => {
    expect(messagesOn(exactInput({ arrivalDate: "2026-02-29" }), "arrivalDate")).toEqual(["invalidDate"]);
  });

  it.each(["sex", "separationType", "referralSource", "dobKnown"] as const)("%s must be one of the choices (required)", (field) => {
    expect(messagesOn(exactInput({ [field]: "" }), field)).toEqual(["required"]);
    expect(messagesOn(exactInput({ [field]: "SOMETHING_ELSE" }), field)).toEqual(["required"]);
    expect(messagesOn(exactInput({ [field]: undefined }), field)).toEqual(["required"]);
  });
});

describe("registerChildSchema — several problems at once", () => {
  it("reports every problem in one parse", () => {
    const result = parse(exactInput({ firstName: "", dateOfBirth: "2027-03-01", nationality: "ZZ" }));
    expect(result.success).toBe(false);
    const errors = fieldErrorsByField(result.error!);
    expect(errors).toMatchObject({
      firstName: "required",
      dateOfBirth: "dateInFuture",
      nationality: "unknownNationality",
    });
  });

  it("cross-field checks still run when another field is invalid", () => {
    const result = parse(
      exactInput({ lastName: "", dateOfBirth: "2020-05-06", arrivalDate: "2020-05-05", languages: [] }),
    );
    expect(result.success).toBe(false);
    expect(fieldErrorsByField(result.error!)).toEqual({
      lastName: "required",
      dateOfBirth: "birthAfterArrival",
      languages: "languagesRequired",
    });
  });

  it("a missing mode-specific field is reported alongside field errors", () => {
    const result = parse(estimatedInput({ estimatedAge: "", nationality: "ZZ" }));
    expect(result.success).toBe(false);
    expect(fieldErrorsByField(result.error!)).toEqual({ estimatedAge: "required", nationality: "unknownNationality" });
  });
});

describe("fieldErrorsByField", () => {
  it("keeps the first message per field", () => {
    const error = new z.ZodError([
      { code: "custom", path: ["dateOfBirth"], message: "dateInFuture", input: "" },
      { code: "custom", path: ["dateOfBirth"], message: "birthAfterArrival", input: "" },
      { code: "custom", path: ["firstName"], message: "required", input: "" },
      { code: "custom", path: ["languages", 0], message: "languagesRequired", input: "" },
      { code: "custom", path: ["languages"], message: "required", input: "" },
    ]);
    expect(fieldErrorsByField(error)).toEqual({
      dateOfBirth: "dateInFuture",
      firstName: "required",
      languages: "languagesRequired",
    });
  });

  it("puts an issue with no path under 'form'", () => {
    const error = new z.ZodError([{ code: "custom", path: [], message: "required", input: "" }]);
    expect(fieldErrorsByField(error)).toEqual({ form: "required" });
  });

  it("on a real parse: future DOB that is also after arrival shows dateInFuture", () => {
    const result = parse(exactInput({ dateOfBirth: "2026-12-01" }));
    expect(result.success).toBe(false);
    expect(messagesOn(exactInput({ dateOfBirth: "2026-12-01" }), "dateOfBirth")).toEqual(["dateInFuture"]);
    expect(fieldErrorsByField(result.error!).dateOfBirth).toBe("dateInFuture");
  });
});

describe("registerChildSchema — dates are computed from the (fake) clock", () => {
  it("tomorrow becomes valid once the clock moves", () => {
    expect(messagesOn(exactInput({ arrivalDate: "2026-11-23" }), "arrivalDate")).toEqual(["dateInFuture"]);
    vi.setSystemTime(new Date("2026-11-23T00:00:00Z"));
    expect(parseIsoDate("2026-11-23")).not.toBeNull();
    expectValid(exactInput({ arrivalDate: "2026-11-23" }));
  });
});

describe("registerChildSchema — only the chosen age mode is checked", () => {
  it("ignores a leftover date of birth when the age is estimated", () => {
    const data = expectValid(estimatedInput({ dateOfBirth: "2005-01-01" }));
    expect(data.dateOfBirthEstimated).toBe(true);
    expect(ageOn(data.dateOfBirth, TODAY)).toBe(12);
  });

  it("ignores a leftover estimated age when the date of birth is known", () => {
    const data = expectValid(exactInput({ estimatedAge: "abc" }));
    expect(toIsoDate(data.dateOfBirth)).toBe("2012-03-04");
  });
});

describe("registerChildSchema — every error is a message key, whatever is sent", () => {
  it.each([
    ["firstName", undefined, "required"],
    ["lastName", 42, "required"],
    ["otherNames", 42, "invalid"],
    ["centreId", 7, "invalid"],
    ["languages", ["xx"], "invalid"],
  ])("%s = %j → %s", (field, value, key) => {
    expect(messagesOn(exactInput({ [field]: value }), field)).toEqual([key]);
  });
});
