// Scanned documents on the case (docs/adr/0026-case-documents.md): a social worker attaches a
// PDF, sees it in the list, opens and downloads it; another centre's worker gets 404 at its
// address; a text file renamed .pdf is refused beside the field; the tab in Arabic is right to left.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";
import { watchSecurity } from "./security-watch";

/** A small but well-formed one-page PDF. */
function onePagePdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

async function fillDocument(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const form = page.getByTestId("document-upload-form");
  await form.getByLabel("Type de document").selectOption("BIRTH_CERTIFICATE");
  await form.getByLabel("Date du document").fill("2024-06-01");
  await form.getByLabel("Note").fill("Copie certifiée conforme");
  await form.getByLabel("Choisir un fichier").setInputFiles(file);
  await expect(form.getByTestId("chosen-file")).toHaveText(file.name);
  return form;
}

test("a social worker attaches a PDF, sees it, opens and downloads it; another centre's worker gets 404", async ({ page, browser, baseURL }, testInfo) => {
  // Two sign-ins, a registration, an upload, a view, a download and a removal: more than the default time on a busy machine.
  test.slow();
  const watch = await watchSecurity(page, baseURL!);
  await login(page, USERS.socialWorkerNdb);
  const { caseUrl, caseNumber } = await registerChildViaUi(page);
  await page.getByRole("navigation", { name: "Sections du dossier" }).getByRole("link", { name: "Documents" }).click();
  await expect(page).toHaveURL(`${caseUrl}/documents`);
  await expect(page.getByTestId("documents-empty")).toHaveText("Aucun document n'est joint à ce dossier.");

  // The file picker speaks French: no browser "Choose File / No file chosen".
  const form = page.getByTestId("document-upload-form");
  await expect(form.getByTestId("chosen-file")).toHaveText("Aucun fichier choisi");
  await expect(form.getByText("Choisir un fichier", { exact: true })).toBeVisible();

  const pdf = onePagePdf();
  await fillDocument(page, { name: "acte.pdf", mimeType: "application/pdf", buffer: pdf });
  await form.getByRole("button", { name: "Joindre le document" }).click();
  await expect(form.getByRole("status")).toHaveText("Document joint au dossier.");
  await expect(form.getByTestId("chosen-file")).toHaveText("Aucun fichier choisi");

  const item = page.getByTestId("document-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Acte de naissance");
  await expect(item).toContainText("1 juin 2024");
  await expect(item).toContainText("Copie certifiée conforme");
  await expect(item).toContainText("Ajouté par Aminata Sy");
  await expect(item).toContainText("PDF · 1 Ko");
  await expect(page.getByTestId("document-count")).toHaveText("1 document");
  await page.screenshot({ path: testInfo.outputPath("documents-fr-1366.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("documents-fr-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // Open: shown in the browser, as a PDF, never sniffed.
  const open = item.getByRole("link", { name: "Ouvrir « Acte de naissance » dans un nouvel onglet" });
  const documentUrl = (await open.getAttribute("href"))!;
  const shown = page.context().waitForEvent("response", (response) => new URL(response.url()).pathname === documentUrl);
  const [popup] = await Promise.all([page.waitForEvent("popup"), open.click()]);
  const response = await shown;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; filename="[A-Z]{3}-\d{4}-\d+_birth-certificate_2024-06-01\.pdf"$/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  await popup.close();

  // Download: the same bytes, named after the case number, type and date (never the child's name).
  const [download] = await Promise.all([page.waitForEvent("download"), item.getByRole("link", { name: "Télécharger « Acte de naissance »" }).click()]);
  expect(download.suggestedFilename()).toBe(`${caseNumber}_birth-certificate_2024-06-01.pdf`);
  expect(await readFile((await download.path())!)).toEqual(pdf);
  const direct = await page.request.get(`${documentUrl}?download=1`);
  expect(direct.headers()["content-type"]).toBe("application/pdf");
  expect(direct.headers()["content-disposition"]).toMatch(/^attachment; /);

  // Another centre's social worker: the document's address is a 404 page, like the case.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, USERS.socialWorkerNkn);
  const refused = await otherPage.goto(documentUrl);
  expect(refused?.status()).toBe(404);
  expect(refused?.headers()["content-type"]).not.toContain("application/pdf");
  await expect(otherPage.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  expect((await otherPage.goto(`${caseUrl}/documents`))?.status()).toBe(404);
  expect((await otherPage.request.post(`${caseUrl}/documents/upload`, { multipart: { type: "OTHER", documentDate: "2025-01-01", file: { name: "a.pdf", mimeType: "application/pdf", buffer: pdf } } })).status()).toBe(404);
  await other.close();

  // Removal asks first; then the document is gone and its address is a 404.
  await item.getByRole("button", { name: "Retirer « Acte de naissance »" }).click();
  const confirmation = page.getByTestId("remove-confirmation");
  await expect(confirmation).toContainText("Retirer ce document du dossier ?");
  await confirmation.getByRole("button", { name: "Annuler" }).click();
  await expect(item).toHaveCount(1);
  await item.getByRole("button", { name: "Retirer « Acte de naissance »" }).click();
  await page.getByTestId("remove-confirmation").getByRole("button", { name: "Oui, retirer" }).click();
  await expect(page.getByTestId("documents-empty")).toBeVisible();
  expect((await page.request.get(documentUrl)).status()).toBe(404);

  await watch.expectClean();
});

test("a text file renamed .pdf is refused beside the field in French, and nothing is attached", async ({ page }) => {
  await login(page, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(page);
  await page.goto(`${caseUrl}/documents`);
  const form = await fillDocument(page, { name: "acte-naissance.pdf", mimeType: "application/pdf", buffer: Buffer.from("Ceci n'est pas un PDF.\n") });
  await form.getByRole("button", { name: "Joindre le document" }).click();
  await expect(form.getByTestId("error-file")).toHaveText("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG.");
  await expect(form.getByLabel("Choisir un fichier")).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByTestId("documents-empty")).toBeVisible();

  // Nothing chosen: said beside the field, nothing sent.
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/documents/upload")) posts.push(request.url());
  });
  await page.getByTestId("document-upload-form").getByRole("button", { name: "Joindre le document" }).click();
  await expect(page.getByTestId("error-file")).toHaveText("Choisissez le fichier scanné à joindre.");
  await expect(page.getByTestId("error-type")).toBeVisible();
  expect(posts).toEqual([]);
});

test("the documents tab in Arabic is right to left, with its file picker in Arabic", async ({ page }, testInfo) => {
  await login(page, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(page);
  await page.goto(`${caseUrl}/documents`);
  await fillDocument(page, { name: "acte.pdf", mimeType: "application/pdf", buffer: onePagePdf() });
  await page.getByTestId("document-upload-form").getByRole("button", { name: "Joindre le document" }).click();
  await expect(page.getByTestId("document-item")).toHaveCount(1);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ar", url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("navigation", { name: "أقسام الملف" }).getByRole("link", { name: "الوثائق" })).toHaveAttribute("aria-current", "page");
  const form = page.getByTestId("document-upload-form");
  await expect(form.getByText("اختيار ملف", { exact: true })).toBeVisible();
  await expect(form.getByTestId("chosen-file")).toHaveText("لم يُختر أي ملف");
  const item = page.getByTestId("document-item");
  await expect(item).toContainText("شهادة ميلاد");
  await expect(page.getByTestId("document-count")).toHaveText("وثيقة واحدة");
  // Right to left: the item's actions sit on the left, its title on the right.
  const title = await item.getByText("شهادة ميلاد").boundingBox();
  const openLink = await item.getByRole("link", { name: "فتح «شهادة ميلاد» في علامة تبويب جديدة" }).boundingBox();
  expect(title!.x).toBeGreaterThan(openLink!.x);
  await page.screenshot({ path: testInfo.outputPath("documents-ar-1366.png"), fullPage: true });

  await form.getByRole("button", { name: "إرفاق الوثيقة" }).click();
  await expect(form.getByTestId("error-file")).toHaveText("اختر الملف الممسوح ضوئيًا لإرفاقه.");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("documents-ar-390.png"), fullPage: true });
});
