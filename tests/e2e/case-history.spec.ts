// Who opened this child's file: a social worker opens a tab and a document; the centre's supervisor
// sees both on the case's "Access and changes" tab, with the change history; the worker has no such
// tab, and another centre's supervisor gets 404 at its address.
import { expect, test } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

/** The smallest file the server takes for a PDF: its bytes start with "%PDF-". */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");

test("a worker's tab and document views show on the supervisor's history of the case; the worker has no history", async ({ page, browser }) => {
  test.slow();
  await login(page, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(page);
  const tabs = page.getByRole("navigation", { name: "Sections du dossier" });
  await expect(tabs.getByRole("link", { name: "Vue d'ensemble" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Accès et modifications" })).toHaveCount(0);
  expect((await page.goto(`${caseUrl}/history`))?.status()).toBe(404);

  // The documents tab, then a document attached and opened.
  await page.goto(caseUrl);
  await tabs.getByRole("link", { name: "Documents" }).click();
  await expect(page).toHaveURL(`${caseUrl}/documents`);
  const form = page.getByTestId("document-upload-form");
  await form.getByLabel("Type de document").selectOption("BIRTH_CERTIFICATE");
  await form.getByLabel("Date du document").fill("2024-06-01");
  await form.getByLabel("Choisir un fichier").setInputFiles({ name: "acte.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "Joindre le document" }).click();
  await expect(form.getByRole("status")).toHaveText("Document joint au dossier.");
  const documentUrl = (await page.getByRole("link", { name: "Ouvrir « Acte de naissance » dans un nouvel onglet" }).getAttribute("href"))!;
  expect((await page.request.get(documentUrl)).status()).toBe(200);

  const supervisor = await browser.newPage();
  await login(supervisor, USERS.supervisorNdb);
  await supervisor.goto(caseUrl);
  await supervisor.getByRole("navigation", { name: "Sections du dossier" }).getByRole("link", { name: "Accès et modifications" }).click();
  await expect(supervisor).toHaveURL(`${caseUrl}/history`);
  const access = supervisor.getByTestId("case-access-log");
  await expect(access.getByRole("heading", { name: "Consultations du dossier" })).toBeVisible();
  const rows = access.getByTestId("access-row");
  // Newest first: the document opened, then the documents tab (after the upload's reload).
  const document = rows.filter({ hasText: "Document : Acte de naissance" });
  await expect(document).toHaveCount(1);
  await expect(document).toContainText("Aminata Sy");
  await expect(document).toContainText("Travailleur·se social·e");
  await expect(document).toContainText("Ministère de l'Action sociale, de l'Enfance et de la Famille");
  await expect(rows.filter({ hasText: "Aminata Sy" }).filter({ hasText: /Documents$/ }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Vue d'ensemble" }).first()).toBeVisible();

  const changes = supervisor.getByTestId("case-changes");
  await expect(changes.getByTestId("change-entry").filter({ hasText: "Document joint" })).toContainText("BIRTH_CERTIFICATE");
  await expect(changes.getByTestId("change-entry").filter({ hasText: "Enfant enregistré" })).toContainText("Aminata Sy, Travailleur·se social·e");

  // Opening the history is itself logged: the next visit shows it.
  await supervisor.reload();
  await expect(rows.first()).toContainText("Sidi Ould Cheikh");
  await expect(rows.first()).toContainText("Accès et modifications");

  // Another centre's supervisor: 404, as for a case that does not exist.
  const other = await browser.newPage();
  await login(other, "superviseure.nkc@cpise.demo");
  expect((await other.goto(`${caseUrl}/history`))?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});
