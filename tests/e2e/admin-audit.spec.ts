// The audit trail for the administrator (docs/adr/0030-what-the-audit-trail-shows.md): filtered by
// user and date, paged, exported as CSV (itself audited), metadata only: the child's name and the
// notes' text that a social worker wrote never appear, on screen or in the file.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

test("the administrator filters the trail by user and date, pages through it and exports it, without case contents", async ({ page, browser }) => {
  // A registration, ten notes and two sign-ins: more than the default time on a busy machine.
  test.slow();
  const worker = await browser.newPage();
  await login(worker, USERS.socialWorkerNdb);
  const { caseUrl, firstName } = await registerChildViaUi(worker);
  await worker.goto(`${caseUrl}/notes`);
  for (let i = 1; i <= 10; i++) {
    await worker.getByLabel("Type *").selectOption({ label: "Visite de suivi" });
    await worker.getByLabel("Résumé *").fill(`${firstName} a confié un secret n° ${i}.`);
    await worker.getByRole("button", { name: "Ajouter la note" }).click();
    await expect(worker.getByLabel("Résumé *")).toHaveValue("");
  }
  await worker.close();

  await login(page, USERS.administrator);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Journal d'audit" })).toBeVisible();
  const today = isoDate(new Date());
  await page.getByLabel("Utilisateur", { exact: true }).selectOption({ label: "Aminata Sy (assistante.ndb@cpise.demo)" });
  await page.getByLabel("Du", { exact: true }).fill(today);
  await page.getByLabel("Au", { exact: true }).fill(today);
  await page.getByLabel("Lignes par page").selectOption("10");
  await page.getByRole("button", { name: "Filtrer" }).click();
  // The filters are in the URL (a plain GET form): bookmarkable.
  await expect(page).toHaveURL(new RegExp(`[?&]user=[0-9a-f-]{36}&action=&entity=&from=${today}&to=${today}&size=10$`));

  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(10);
  for (const user of await rows.locator("td:nth-child(2)").allTextContents()) expect(user).toContain("Aminata Sy");
  // Specs running alongside may add her newer events: look for one of the notes among them.
  const note = rows.filter({ hasText: "Note ajoutée" }).first();
  await expect(note).toContainText("Travailleur·se social·e");
  await expect(note).toContainText(/caseId [0-9a-f-]{36}/);
  await expect(page.locator("main")).not.toContainText(firstName);
  await expect(page.locator("main")).not.toContainText("secret");

  // Older, then back to the newest: the same first page.
  const firstPage = await rows.allTextContents();
  await page.getByRole("link", { name: "Plus anciens" }).click();
  await expect(page).toHaveURL(/before=\d+/);
  await expect(rows.first()).not.toHaveText(firstPage[0]);
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(page.locator("main")).not.toContainText(firstName);
  await page.getByRole("link", { name: "Plus récents" }).click();
  await expect(page).toHaveURL(/after=\d+/);
  await expect(rows).toHaveText(firstPage);

  // The CSV: the filtered set, metadata only, spreadsheet-safe.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^cpise-audit-\d{12}\.csv$/);
  const csv = (await readFile((await download.path())!)).toString("utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("\uFEFFDate (UTC),Utilisateur,E-mail,Rôle,Action,Code de l'action,Type d'enregistrement,Identifiant,Détails");
  const notes = lines.filter((line) => line.includes(",case.noteAdded,"));
  expect(notes.length).toBeGreaterThanOrEqual(10);
  expect(notes[0]).toMatch(
    /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC,Aminata Sy,assistante\.ndb@cpise\.demo,Travailleur·se social·e,Note ajoutée,case\.noteAdded,Note,[0-9a-f-]{36},caseId: [0-9a-f-]{36}; type: [A-Z_]+; date: \d{4}-\d\d-\d\d$/,
  );
  expect(lines.slice(1).filter(Boolean).every((line) => line.includes(",Aminata Sy,assistante.ndb@cpise.demo,"))).toBe(true);
  expect(csv).not.toContain(firstName);
  expect(csv).not.toContain("secret");

  // The export is itself in the trail.
  await page.goto("/admin/audit?action=audit.exported");
  await expect(rows.first()).toContainText("Journal d'audit exporté");
  await expect(rows.first()).toContainText("Ahmed Salem Ould Mohamed");
  await expect(rows.first()).toContainText(/rows \d+/);
});

test("bad filters get a message beside the field and block the export, never an error page", async ({ page }) => {
  await login(page, USERS.administrator);
  await page.goto("/admin/audit?from=2026-02-30&action=case.deleted");
  await expect(page.getByTestId("error-from")).toHaveText("Saisissez une date valide.");
  await expect(page.getByLabel("Du", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("error-action")).toHaveText("Choisissez une valeur de la liste.");
  await expect(page.getByTestId("audit-export-blocked")).toHaveText("Corrigez les filtres signalés pour exporter.");
  await expect(page.getByTestId("audit-export")).toHaveCount(0);

  await page.getByLabel("Du", { exact: true }).fill("2026-03-02");
  await page.getByLabel("Au", { exact: true }).fill("2026-03-01");
  await page.getByLabel("Action", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByTestId("error-to")).toHaveText("La date de fin est avant la date de début.");
  await expect(page.getByTestId("error-from")).toHaveCount(0);
});

test("the audit trail is the administrator's only", async ({ page }) => {
  await login(page, USERS.supervisorNdb);
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/admin/audit/export")).status()).toBe(404);
});
