import { expect, test } from "@playwright/test";
import { fillValidChild, login, uniqueName, USERS } from "./support";

test.describe("registering a child and who can see the case", () => {
  test("a social worker registers a child; the case is in My caseload, the supervisor sees it, others get a 404", async ({ browser }) => {
    const firstName = uniqueName("Fatimata");
    const worker = await browser.newPage();
    await login(worker, USERS.socialWorkerNdb);
    await worker.getByRole("link", { name: "Enregistrer un enfant" }).first().click();
    await expect(worker.getByRole("heading", { name: "Enregistrer un enfant" })).toBeVisible();
    // The duplicate search comes first; the form then opens with what was searched.
    await expect(worker.getByRole("heading", { name: "1. Rechercher d'abord" })).toBeVisible();
    await expect(worker.getByLabel("Source de référence *")).toHaveCount(0);
    await fillValidChild(worker, firstName);
    await worker.getByRole("button", { name: "Enregistrer l'enfant" }).click();

    await expect(worker.getByRole("status")).toContainText("Enfant enregistré");
    const caseNumber = (await worker.getByTestId("case-number").textContent())!.trim();
    expect(caseNumber).toMatch(new RegExp(`^NDB-${new Date().getUTCFullYear()}-\\d{4,}$`));
    await expect(worker.getByRole("heading", { level: 1 })).toContainText(`${firstName} Diallo`);
    await expect(worker.getByText("Enregistré", { exact: true })).toBeVisible();
    const caseUrl = new URL(worker.url()).pathname;

    await worker.getByRole("link", { name: "Dossiers" }).first().click();
    await expect(worker.getByRole("heading", { name: "Mes dossiers" })).toBeVisible();
    // A worker's caseload opens with the urgent cases first; the newest first shows the new case.
    await worker.getByLabel("Trier par").selectOption("newest");
    await worker.getByRole("button", { name: "Appliquer" }).click();
    await expect(worker).toHaveURL(/sort=newest/);
    const row = worker.getByRole("row").filter({ hasText: caseNumber });
    await expect(row).toContainText(firstName);
    await expect(row).toContainText("Guinée");

    const supervisor = await browser.newPage();
    await login(supervisor, USERS.supervisorNdb);
    await supervisor.goto("/cases");
    await expect(supervisor.getByRole("heading", { name: "Dossiers du centre" })).toBeVisible();
    await supervisor.getByRole("link", { name: caseNumber }).click();
    await expect(supervisor.getByTestId("case-number")).toHaveText(caseNumber);

    for (const outsider of [USERS.socialWorkerNkn, USERS.ngoWithoutReferral]) {
      const page = await browser.newPage();
      await login(page, outsider);
      await page.goto("/cases");
      await expect(page.getByText(caseNumber)).toHaveCount(0);
      const response = await page.goto(caseUrl);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
      await expect(page.getByText(firstName)).toHaveCount(0);
      // Exactly what a case that does not exist looks like.
      const missing = await page.goto("/cases/00000000-0000-4000-8000-000000000000");
      expect(missing?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
      await page.close();
    }
  });

  test("invalid input shows translated messages beside the fields and registers nothing", async ({ page }) => {
    // Specs run in parallel as the same users: "nothing registered" is checked by name, not by count.
    const lastName = uniqueName("Invalide");
    await login(page, USERS.socialWorkerNdb);
    await page.goto("/cases/new");
    await fillValidChild(page, "Placeholder", lastName);
    await page.getByLabel("Prénom(s) *").fill("");
    await page.getByLabel("Date de naissance *").fill("2099-01-01");
    await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
    await expect(page.getByTestId("error-firstName")).toHaveText("Ce champ est obligatoire.");
    await expect(page.getByTestId("error-dateOfBirth")).toHaveText("La date ne peut pas être dans le futur.");
    await expect(page.getByTestId("form-error")).toContainText("Le formulaire contient des erreurs");

    await page.getByLabel("Âge estimé", { exact: true }).check();
    await page.getByLabel("Âge estimé (en années) *").fill("19");
    await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
    await expect(page.getByTestId("error-estimatedAge")).toHaveText("L'enfant doit avoir 17 ans au plus.");
    // What was typed is still there.
    await expect(page.getByLabel("Nom de famille *")).toHaveValue(lastName);
    await expect(page).toHaveURL(/\/cases\/new$/);

    // Newest first: a case registered just now would head the caseload.
    await page.goto("/cases");
    await expect(page.getByTestId("case-count")).toBeVisible();
    await expect(page.getByText(lastName)).toHaveCount(0);
  });

  test("the server refuses an unknown nationality even when the browser is bypassed", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    await page.goto("/cases/new");
    await fillValidChild(page, uniqueName("Ousmane"));
    // Forge an option the list does not offer, as a tampered request would.
    await page.getByLabel("Nationalité *").evaluate((select: HTMLSelectElement) => {
      const option = document.createElement("option");
      option.value = "ZZ";
      option.textContent = "Nowhere";
      select.appendChild(option);
      select.value = "ZZ";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
    await expect(page.getByTestId("error-nationality")).toHaveText("Nationalité inconnue : choisissez un pays de la liste.");
  });
});
