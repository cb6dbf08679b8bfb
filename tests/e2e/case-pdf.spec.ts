// The case file as a PDF (ADR 0013): a social worker downloads it from the case header;
// the file is a PDF named after the case number, in the user's language, with the case number in
// its text; a social worker of another centre gets the 404 page at the PDF address.
import { readFile, writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../support/case-pdf-text";
import { login, registerChildViaUi, USERS } from "./support";

async function downloadPdf(page: Page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("case-pdf").click()]);
  const bytes = await readFile((await download.path())!);
  return { fileName: download.suggestedFilename(), bytes };
}

test("a social worker downloads the case file as a PDF (French, then Arabic); another centre's worker gets 404", async ({ browser, page }, testInfo) => {
  await login(page, USERS.socialWorkerNdb);
  const { caseNumber, caseUrl, firstName } = await registerChildViaUi(page);

  const link = page.getByTestId("case-pdf");
  await expect(link).toHaveText("PDF");
  await expect(link).toHaveAccessibleName("Télécharger le dossier en PDF (confidentiel)");
  await page.screenshot({ path: testInfo.outputPath("case-header-fr-1366.png") });

  const fr = await downloadPdf(page);
  expect(fr.fileName).toBe(`${caseNumber}.pdf`);
  expect(fr.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const frText = (await pdfText(fr.bytes)).join(" ");
  expect(frText).toContain(caseNumber);
  expect(frText).toContain("CONFIDENTIEL");
  expect(frText).toContain(firstName);
  expect(frText).toContain("Généré par");

  // The same link in Arabic gives an Arabic PDF (right to left; labels in Arabic).
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ar", url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.getByTestId("case-pdf")).toHaveAccessibleName("تنزيل ملف الحالة بصيغة PDF (سري)");
  await page.screenshot({ path: testInfo.outputPath("case-header-ar-1366.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("case-header-ar-390.png") });
  const ar = await downloadPdf(page);
  expect(ar.fileName).toBe(`${caseNumber}.pdf`);
  const arText = (await pdfText(ar.bytes)).join(" ");
  expect(arText).toContain(caseNumber);
  expect(arText).toContain(firstName);
  await writeFile(testInfo.outputPath("case-ar.pdf"), ar.bytes);

  // Another centre's social worker: the PDF address answers 404, like the case page.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, USERS.socialWorkerNkn);
  const response = await otherPage.goto(`${caseUrl}/pdf`);
  expect(response?.status()).toBe(404);
  expect(response?.headers()["content-type"]).not.toContain("application/pdf");
  await expect(otherPage.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await other.close();
});
