import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { IndicatorReport } from "@/lib/reports/indicator-types";
import { randomRound, roundReport } from "@/lib/reports/rounding";

const SECRET = "unit-test-secret";

describe("randomRound", () => {
  it.each([
    [0, 0],
    [5, 5],
    [10, 10],
    [1235, 1235],
  ])("leaves a multiple of 5 as it is: %i → %i", (count, rounded) => {
    for (const cell of ["a", "b", "2026-01..2026-10|registered|sex|FEMALE"]) expect(randomRound(count, cell, SECRET)).toBe(rounded);
  });

  it.each([1, 2, 3, 4, 6, 7, 8, 9, 11, 14, 16, 99, 1234])("rounds %i to one of its two neighbouring multiples of 5, the same way every time", (count) => {
    const down = count - (count % 5);
    for (let i = 0; i < 200; i += 1) {
      const cell = `cell-${i}`;
      const rounded = randomRound(count, cell, SECRET);
      expect(rounded % 5).toBe(0);
      expect([down, down + 5]).toContain(rounded);
      expect(Math.abs(rounded - count)).toBeLessThanOrEqual(4);
      expect(randomRound(count, cell, SECRET)).toBe(rounded);
    }
  });

  it("draws again for another cell, another true count or another secret", () => {
    const outcomes = (draw: (i: number) => number) => new Set(Array.from({ length: 100 }, (_, i) => draw(i)));
    expect(outcomes((i) => randomRound(7, `cell-${i}`, SECRET))).toEqual(new Set([5, 10]));
    expect(outcomes((i) => randomRound(7, "one cell", `secret-${i}`))).toEqual(new Set([5, 10]));
    // The true count is part of the key: 6 and 7 of the same cell do not always round alike.
    const differ = Array.from({ length: 100 }, (_, i) => randomRound(6, `cell-${i}`, SECRET) !== randomRound(7, `cell-${i}`, SECRET));
    expect(differ).toContain(true);
  });

  it.each([
    [1, 0.2],
    [2, 0.4],
    [3, 0.6],
    [4, 0.8],
    [13, 0.6],
  ])("is unbiased: %i rounds up with probability remainder / 5 over many keys", (count, expectedUp) => {
    const keys = 20_000;
    let up = 0;
    let sum = 0;
    for (let i = 0; i < keys; i += 1) {
      const rounded = randomRound(count, `key-${i}`, SECRET);
      if (rounded > count) up += 1;
      sum += rounded;
    }
    // Binomial standard deviation at 20 000 draws is under 0.004: 0.015 is over 3.5 of them.
    expect(Math.abs(up / keys - expectedUp)).toBeLessThan(0.015);
    expect(Math.abs(sum / keys - count)).toBeLessThan(0.1);
  });
});

describe("roundReport", () => {
  const report: IndicatorReport = {
    period: { from: "2026-01", to: "2026-10" },
    generatedAt: new Date("2026-11-22T10:00:00Z"),
    registered: {
      total: 27,
      by: {
        centre: [{ key: "NDB", count: 9 }, { key: "KIF", count: "<5" }, { key: "NKN", count: "hidden" }],
        sex: [{ key: "FEMALE", count: 14 }, { key: "MALE", count: 13 }],
        ageBand: [{ key: "12-14", count: 27 }],
        nationality: [{ key: "GN", count: 27 }],
        mobilityProfile: [{ key: "UNKNOWN", count: 27 }],
      },
    },
    accommodated: { total: 0, by: { centre: [], sex: [], ageBand: [], nationality: [], mobilityProfile: [] } },
    bidDecisionsByOutcome: { total: 6, rows: [{ key: "LOCAL_INTEGRATION", count: 6 }] },
    closuresByReason: { total: "<5", rows: [{ key: "REUNIFIED", count: "<5" }] },
    excludedNoConsent: { registered: 3, accommodated: 0, bidDecisions: 11, closures: 5 },
    centreNames: { NDB: "CPISE NDB" },
  };

  it("rounds every number on its own key, keeps the marks, zero and the rest of the report", () => {
    const rounded = roundReport(report, "2026-01..2026-10", SECRET);
    const round = (cell: string, count: number) => randomRound(count, `2026-01..2026-10|${cell}`, SECRET);
    expect(rounded.registered.total).toBe(round("registered|total", 27));
    expect(rounded.registered.by.centre).toEqual([
      { key: "NDB", count: round("registered|centre|NDB", 9) },
      { key: "KIF", count: "<5" },
      { key: "NKN", count: "hidden" },
    ]);
    expect(rounded.registered.by.sex[1]).toEqual({ key: "MALE", count: round("registered|sex|MALE", 13) });
    expect(rounded.accommodated).toEqual(report.accommodated);
    expect(rounded.bidDecisionsByOutcome.total).toBe(round("bidDecisions|total", 6));
    expect(rounded.closuresByReason).toEqual(report.closuresByReason);
    expect(rounded.excludedNoConsent.registered).toBe(round("excluded|registered", 3));
    expect(rounded.excludedNoConsent.accommodated).toBe(0);
    expect(rounded.excludedNoConsent.closures).toBe(5);
    expect(rounded.period).toEqual(report.period);
    expect(rounded.centreNames).toEqual(report.centreNames);
    // Every number published is a multiple of 5.
    const numbers = JSON.stringify(rounded).match(/"(?:count|total|registered|accommodated|bidDecisions|closures)":(\d+)/g) ?? [];
    expect(numbers.length).toBeGreaterThan(10);
    for (const match of numbers) expect(Number(match.split(":")[1]) % 5).toBe(0);
  });

  it("draws the same cell differently in another period", () => {
    const periods = Array.from({ length: 60 }, (_, i) => roundReport(report, `period-${i}`, SECRET).registered.by.sex[0]!.count);
    expect(new Set(periods)).toEqual(new Set([10, 15]));
  });
});

describe("the true counts stay inside the data layer", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });
  }

  it("only getIndicatorReport imports the unrounded report (tests aside)", () => {
    const root = path.resolve(__dirname, "../..");
    const importers = ["app", "lib", "components", "scripts"]
      .flatMap((dir) => files(path.join(root, dir)))
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .filter((file) => readFileSync(file, "utf8").includes("unrounded-indicator-report"))
      .map((file) => path.relative(root, file));
    expect(importers).toEqual(["lib/reports/get-indicator-report.ts"]);
  });
});
