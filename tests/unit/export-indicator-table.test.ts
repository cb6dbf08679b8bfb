import { describe, expect, it } from "vitest";
import { exportTranslator } from "@/lib/exports/export-translator";
import { csvField, indicatorCsv, indicatorTable } from "@/lib/exports/indicator-table";
import type { IndicatorReport, PopulationIndicators } from "@/lib/reports/indicator-types";

const population = (total: number | "<5"): PopulationIndicators => ({
  total,
  by: {
    centre: [{ key: "NDB", count: 12 }, { key: "NKN", count: "<5" }, { key: "KIF", count: "hidden" }],
    sex: [{ key: "FEMALE", count: 7 }, { key: "MALE", count: 8 }],
    ageBand: [{ key: "12-14", count: 15 }],
    nationality: [{ key: "GN", count: 15 }],
    mobilityProfile: [{ key: "UNKNOWN", count: 15 }],
  },
});

const report: IndicatorReport = {
  period: { from: "2026-01", to: "2026-10" },
  generatedAt: new Date("2026-11-22T14:05:00Z"),
  registered: population(15),
  accommodated: population("<5"),
  bidDecisionsByOutcome: { total: 6, rows: [{ key: "LOCAL_INTEGRATION", count: 6 }] },
  closuresByReason: { total: "<5", rows: [{ key: "REUNIFIED", count: "<5" }] },
  excludedNoConsent: { registered: 3, accommodated: 2, bidDecisions: 1, closures: 0 },
  centreNames: { NDB: "CPISE Nouadhibou, port", NKN: "CPISE Nouakchott Nord" },
};

describe("indicator export table", () => {
  const table = indicatorTable(report, exportTranslator("fr"), "fr");

  it("has the period, the generation time, the consent exclusions and the suppression and rounding notes above the table", () => {
    expect(table.headerBlock).toContainEqual(["Période", "du 2026-01 au 2026-10"]);
    expect(table.headerBlock).toContainEqual(["Généré le (UTC)", report.generatedAt]);
    expect(table.headerBlock).toContainEqual(["Exclus faute de consentement — enregistrés", 3]);
    expect(table.headerBlock).toContainEqual(["Exclus faute de consentement — clôtures", 0]);
    expect(table.headerBlock.map(([label]) => label)).toContainEqual(expect.stringContaining("arrondi à un multiple de 5"));
    expect(table.header).toEqual(["Indicateur", "Ventilation", "Catégorie", "Nombre"]);
  });

  it("flattens every breakdown, keeps \"<5\" as \"<5\" and translates categories", () => {
    expect(table.rows[0]).toEqual({ section: "Enfants enregistrés", breakdown: "Total", category: "Tous", count: 15 });
    expect(table.rows).toContainEqual({ section: "Enfants enregistrés", breakdown: "Centre", category: "NKN — CPISE Nouakchott Nord", count: "<5" });
    expect(table.rows).toContainEqual({ section: "Enfants accueillis", breakdown: "Total", category: "Tous", count: "<5" });
    // A cell hidden to protect a "<5" is a word, never a false "<5".
    expect(table.rows).toContainEqual({ section: "Enfants enregistrés", breakdown: "Centre", category: "KIF", count: "masqué" });
    expect(table.rows).toContainEqual({ section: "Enfants enregistrés", breakdown: "Nationalité", category: "Guinée", count: 15 });
    expect(table.rows).toContainEqual({ section: "Enfants enregistrés", breakdown: "Profil de mobilité", category: "Non renseigné", count: 15 });
    expect(table.rows).toContainEqual({ section: "Décisions DIS", breakdown: "Décision", category: "Intégration locale en Mauritanie", count: 6 });
    expect(table.rows).toContainEqual({ section: "Clôtures de dossiers", breakdown: "Motif", category: "Réunifié·e avec sa famille", count: "<5" });
    // 2 populations × (1 total + 3 + 2 + 1 + 1 + 1) + (1 + 1) + (1 + 1)
    expect(table.rows).toHaveLength(2 * 9 + 4);
  });

  it("quotes CSV fields as RFC 4180 says, and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("<5")).toBe("<5");
    expect(csvField(12)).toBe("12");
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  });

  it("writes UTF-8 CSV with a BOM and CRLF lines", () => {
    const bytes = indicatorCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines).toContain("Indicateur,Ventilation,Catégorie,Nombre");
    expect(lines).toContain('Enfants enregistrés,Centre,"NDB — CPISE Nouadhibou, port",12');
    expect(lines).toContain("Enfants accueillis,Total,Tous,<5");
    expect(lines).toContain("Généré le (UTC),2026-11-22 14:05 UTC");
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("is translated in Arabic too", () => {
    const ar = indicatorTable(report, exportTranslator("ar"), "ar");
    expect(ar.header).toEqual(["المؤشر", "التصنيف", "الفئة", "العدد"]);
  });
});
