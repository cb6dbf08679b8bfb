import { expect, test } from "@playwright/test";
import { login, uniqueName, USERS } from "./support";

// Foster families: an NGO caseworker registers a household, takes it through vetting to approval,
// records a visit whose concern suspends it; another NGO cannot open it by URL.
test("an NGO registers a foster family, approves it, a concern visit suspends it; another NGO gets 404", async ({ browser }) => {
  // Registration, three status changes, a visit and a second sign-in: longer than one page.
  test.slow();
  const householdName = uniqueName("Famille Essai ");
  const page = await browser.newPage();
  await login(page, USERS.ngoWithReferrals);

  await page.getByRole("link", { name: "Familles d'accueil" }).click();
  await expect(page.getByRole("heading", { name: "Familles d'accueil" })).toBeVisible();
  await page.getByRole("link", { name: "Enregistrer une famille" }).click();

  // Nothing filled: errors next to the fields, nothing saved.
  await page.getByRole("button", { name: "Enregistrer la famille" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(page.getByTestId("error-householdName")).toHaveText("Ce champ est obligatoire.");
  await expect(page.getByTestId("error-languages")).toBeVisible();

  await page.getByLabel("Nom du foyer *").fill(householdName);
  await page.getByLabel("Localité *").fill("Nouadhibou");
  await page.getByLabel("Capacité (nombre d'enfants) *").fill("2");
  await page.getByLabel("Personne de contact *").fill("Khadija Mint Ely");
  await page.getByLabel("Téléphone *").fill("+222 46 00 00 01");
  await page.getByLabel("Hassanya").check();
  await page.getByRole("button", { name: "Enregistrer la famille" }).click();

  await expect(page.getByTestId("household-name")).toHaveText(householdName);
  await expect(page.getByTestId("vetting-status")).toHaveText("Candidature");
  await expect(page.getByText("+222 46 00 00 01")).toBeVisible();
  const familyUrl = new URL(page.url()).pathname;
  expect(familyUrl).toMatch(/^\/foster-families\/[0-9a-f-]{36}$/);

  // Vetting: applied → assessed → approved, from the status form opened on demand.
  await page.getByRole("button", { name: "Modifier le statut d'agrément…" }).click();
  await page.getByLabel("Nouveau statut *").selectOption({ label: "Évaluée" });
  await page.getByRole("button", { name: "Changer le statut" }).click();
  await expect(page.getByTestId("vetting-status")).toHaveText("Évaluée");
  await page.getByRole("button", { name: "Modifier le statut d'agrément…" }).click();
  await page.getByLabel("Nouveau statut *").selectOption({ label: "Agréée" });
  await page.getByRole("button", { name: "Changer le statut" }).click();
  await expect(page.getByTestId("vetting-status")).toHaveText("Agréée");

  // A monitoring visit with a concern that suspends the family.
  const visit = page.getByRole("form", { name: "Enregistrer une visite" });
  await expect(visit).toBeVisible();
  await visit.getByLabel("Observations *").fill("Visite inopinée : l'enfant n'était pas à l'école.");
  await visit.getByLabel("Cette préoccupation justifie de suspendre la famille").check();
  await visit.getByRole("button", { name: "Enregistrer la visite" }).click();
  await expect(visit.getByTestId("error-concerns")).toHaveText("Ce champ est obligatoire.");
  await visit.getByLabel("Préoccupations").fill("Enfant employé aux travaux domestiques.");
  await visit.getByRole("button", { name: "Enregistrer la visite" }).click();

  await expect(page.getByTestId("vetting-status")).toHaveText("Suspendue");
  await expect(page.getByTestId("suspension-banner")).toContainText("Enfant employé aux travaux domestiques.");
  await expect(page.getByTestId("foster-visit").first()).toContainText("Cette visite a suspendu la famille.");

  // The list shows it suspended.
  await page.goto(`/foster-families?q=${encodeURIComponent(householdName)}`);
  await expect(page.getByTestId("foster-family")).toHaveCount(1);
  await expect(page.getByTestId("foster-family").getByTestId("vetting-status")).toHaveText("Suspendue");
  await page.close();

  // Another NGO: the URL is a 404 and the family is not in its list.
  const other = await browser.newPage();
  await login(other, USERS.ngoWithoutReferral);
  const response = await other.goto(familyUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  expect((await other.goto(`${familyUrl}/edit`))?.status()).toBe(404);
  await other.goto(`/foster-families?q=${encodeURIComponent(householdName)}`);
  await expect(other.getByTestId("families-empty")).toBeVisible();
  await other.close();
});

test("the national supervisor reads the families without their contact phone and cannot change them", async ({ page }) => {
  await login(page, USERS.national);
  await page.goto("/foster-families?q=Famille%20Ba");
  await page.getByRole("link", { name: "Famille Ba", exact: true }).click();
  await expect(page.getByTestId("household-name")).toHaveText("Famille Ba");
  await expect(page.getByText("Coordonnées visibles uniquement par l'ONG qui suit la famille.")).toBeVisible();
  await expect(page.getByText("+222 36 55 44 33")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Changer le statut" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Modifier le statut d'agrément…" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Enregistrer une visite" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Enregistrer une famille" })).toHaveCount(0);
});

test("a social worker has no foster families pages (404)", async ({ page }) => {
  await login(page, USERS.socialWorkerNdb);
  await expect(page.getByRole("link", { name: "Familles d'accueil" })).toHaveCount(0);
  expect((await page.goto("/foster-families"))?.status()).toBe(404);
  expect((await page.goto("/foster-families/new"))?.status()).toBe(404);
});
