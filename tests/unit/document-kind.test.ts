import { describe, expect, it } from "vitest";
import { caseDocumentSchema } from "@/lib/documents/case-document.schema";
import { detectDocumentKind } from "@/lib/documents/document-kind";

const bytes = (...values: number[]) => Uint8Array.from([...values, 0, 0, 0, 0]);
const text = (value: string) => new TextEncoder().encode(value);

describe("detectDocumentKind: the type from the first bytes", () => {
  it("recognises PDF, JPEG and PNG", () => {
    expect(detectDocumentKind(text("%PDF-1.4\n%âãÏÓ"))?.mimeType).toBe("application/pdf");
    expect(detectDocumentKind(bytes(0xff, 0xd8, 0xff, 0xe1))?.mimeType).toBe("image/jpeg");
    expect(detectDocumentKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))?.mimeType).toBe("image/png");
  });

  it("refuses text, HTML, WebP, a ZIP (office files) and a signature with nothing after it", () => {
    for (const refused of [
      text("Ceci n'est pas un PDF"),
      text("<html><script>alert(1)</script>%PDF-"),
      text(" %PDF-1.4"),
      text("RIFF\0\0\0\0WEBPVP8 "),
      bytes(0x50, 0x4b, 0x03, 0x04),
      text("%PDF-"),
      new Uint8Array(),
    ]) {
      expect(detectDocumentKind(refused)).toBeNull();
    }
  });
});

describe("caseDocumentSchema", () => {
  it("takes a type, a past date and an optional note (blank → null)", () => {
    expect(caseDocumentSchema.parse({ type: "MEDICAL_REPORT", documentDate: "2026-01-05", note: "  " })).toEqual({
      type: "MEDICAL_REPORT",
      documentDate: new Date(Date.UTC(2026, 0, 5)),
      note: null,
    });
  });

  it("refuses an unknown type, a date before 2000 or in the future, an impossible date", () => {
    const issues = (values: Record<string, unknown>) => caseDocumentSchema.safeParse(values).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues({ type: "PASSPORT", documentDate: "1999-12-31" })).toEqual(["type:required", "documentDate:dateTooEarly"]);
    expect(issues({ type: "OTHER", documentDate: "2999-01-01" })).toEqual(["documentDate:dateInFuture"]);
    expect(issues({ type: "OTHER", documentDate: "2026-02-30" })).toEqual(["documentDate:invalidDate"]);
  });
});
