import { expect, test, type Page } from "@playwright/test";
import { fillValidChild, login, uniqueName, USERS } from "./support";

/** Registers a child named `firstName lastName` (born 2011-05-20, Guinea) through /cases/new. */
async function register(page: Page, firstName: string, lastName: string) {
  await page.goto("/cases/new");
  await fillValidChild(page, firstName, lastName);
  await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
  await expect(page.getByRole("status")).toContainText("Enfant enregistré");
  return { caseNumber: (await page.getByTestId("case-number").textContent())!.trim(), caseUrl: new URL(page.url()).pathname };
}

/** Step 1 of /cases/new: search with names and an approximate age. */
async function search(page: Page, firstName: string, lastName: string, age?: string) {
  await page.goto("/cases/new");
  const form = page.getByTestId("duplicate-search-form");
  await form.getByLabel("Prénom(s) *").fill(firstName);
  await form.getByLabel("Nom de famille *").fill(lastName);
  if (age) {
    await form.getByLabel("Âge estimé", { exact: true }).check();
    await form.getByLabel("Âge estimé (en années) *").fill(age);
  }
  await form.getByRole("button", { name: "Rechercher" }).click();
}

const ageOf2011Child = String(new Date().getUTCFullYear() - 2011);

test.describe("search before registering a child", () => {
  test("a worker finds a child of another centre by a spelling variant, asks for access, the supervisor grants it, the case opens", async ({ browser }) => {
    const lastName = uniqueName("Kane");
    const ndbWorker = await browser.newPage();
    await login(ndbWorker, USERS.socialWorkerNdb);
    const { caseNumber, caseUrl } = await register(ndbWorker, "Mohamed", lastName);

    const nknWorker = await browser.newPage();
    await login(nknWorker, USERS.socialWorkerNkn);
    expect((await nknWorker.goto(caseUrl))?.status()).toBe(404);
    // Deciding on requests is for supervisors: the page does not exist for a worker.
    expect((await nknWorker.goto("/access-requests"))?.status()).toBe(404);
    await search(nknWorker, "Mouhamed", lastName.replace("Kane", "Kané").toUpperCase(), ageOf2011Child);
    const match = nknWorker.getByTestId("duplicate-match").filter({ hasText: caseNumber });
    await expect(match).toBeVisible();
    await expect(match.getByTestId("match-name")).toHaveText("M. K.");
    await expect(match).toContainText("CPISE Nouadhibou");
    await expect(match).toContainText("Fille");
    await expect(match).toContainText("2011");
    await expect(match).toContainText("Guinée");
    await expect(match).toContainText("Hors de votre périmètre");
    // Only what is needed to recognise the child: no name, no link to the case.
    await expect(match).not.toContainText("Mohamed");
    await expect(match).not.toContainText(lastName);
    await expect(match.getByRole("link")).toHaveCount(0);

    await match.getByRole("button", { name: "Demander l'accès" }).click();
    await match.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(match.getByTestId("error-reason-" + caseNumber)).toHaveText("Ce champ est obligatoire.");
    await match.getByLabel("Motif de la demande *").fill("Même enfant accueilli hier à Nouakchott, il dit venir de Nouadhibou.");
    await match.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(match.getByRole("status")).toContainText("Accès demandé.");

    // The request is remembered on the next search.
    await search(nknWorker, "Mohammed", lastName);
    await expect(nknWorker.getByTestId("duplicate-match").filter({ hasText: caseNumber })).toContainText("Accès demandé.");

    const supervisor = await browser.newPage();
    await login(supervisor, USERS.supervisorNdb);
    await supervisor.goto("/access-requests");
    await expect(supervisor.getByRole("heading", { name: "Demandes d'accès" })).toBeVisible();
    const request = supervisor.getByTestId("access-request").filter({ hasText: caseNumber });
    await expect(request).toContainText(`Mohamed ${lastName}`);
    await expect(request).toContainText("Mariem Mint Ahmed (CPISE Nouakchott Nord)");
    await expect(request).toContainText("Même enfant accueilli hier à Nouakchott");
    await request.getByRole("button", { name: "Accorder l'accès" }).click();
    await expect(request.getByRole("status")).toHaveText("Accès accordé à Mariem Mint Ahmed.");
    await supervisor.reload();
    await expect(supervisor.getByTestId("access-request").filter({ hasText: caseNumber })).toHaveCount(0);

    await search(nknWorker, "Muhammad", lastName);
    const granted = nknWorker.getByTestId("duplicate-match").filter({ hasText: caseNumber });
    await expect(granted.getByTestId("match-name")).toHaveText(`Mohamed ${lastName}`);
    await expect(granted).toContainText("Dans vos dossiers");
    await granted.getByRole("link", { name: "Ouvrir le dossier" }).click();
    await expect(nknWorker.getByTestId("case-number")).toHaveText(caseNumber);
    await expect(nknWorker.getByRole("heading", { level: 1 })).toContainText(`Mohamed ${lastName}`);
  });

  test("a worker who knows the child is new says why, and registers with what was searched already filled in", async ({ page }) => {
    const lastName = uniqueName("Sow");
    await login(page, USERS.socialWorkerNdb);
    const first = await register(page, "Fatoumata", lastName);

    await search(page, "Fatimata", lastName, ageOf2011Child);
    const match = page.getByTestId("duplicate-match").filter({ hasText: first.caseNumber });
    // Her own case: full name and a link.
    await expect(match.getByTestId("match-name")).toHaveText(`Fatoumata ${lastName}`);
    await expect(match.getByRole("link", { name: "Ouvrir le dossier" })).toHaveAttribute("href", first.caseUrl);

    await page.getByRole("button", { name: "C'est un nouvel enfant" }).click();
    await expect(page.getByTestId("error-duplicateCheckNote")).toHaveText("Ce champ est obligatoire.");
    await page.getByLabel("Pourquoi s'agit-il d'un nouvel enfant ? *").fill("Sœur cadette de Fatoumata, même famille.");
    await page.getByRole("button", { name: "C'est un nouvel enfant" }).click();

    await expect(page.getByRole("heading", { name: "2. Enregistrer le nouvel enfant" })).toBeVisible();
    await expect(page.getByTestId("search-summary")).toContainText("écartée");
    await expect(page.getByLabel("Prénom(s) *")).toHaveValue("Fatimata");
    await expect(page.getByLabel("Nom de famille *")).toHaveValue(lastName);
    await expect(page.getByLabel("Âge estimé", { exact: true })).toBeChecked();
    await expect(page.getByLabel("Âge estimé (en années) *")).toHaveValue(ageOf2011Child);

    await page.getByLabel("Fille").check();
    await page.getByLabel("Nationalité *").selectOption("GN");
    await page.getByLabel("Pulaar").check();
    await page.getByLabel("Non accompagné·e").check();
    await page.getByLabel("Source de référence *").selectOption("POLICE");
    await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
    await expect(page.getByRole("status")).toContainText("Enfant enregistré");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Fatimata ${lastName}`);
    expect((await page.getByTestId("case-number").textContent())!.trim()).not.toBe(first.caseNumber);
  });

  test("no likely match: the worker goes straight on to register, and can come back to the search", async ({ page }) => {
    const firstName = uniqueName("Zeinabou");
    const lastName = uniqueName("Tall");
    await login(page, USERS.socialWorkerNkn);
    await page.goto("/cases/new");
    const form = page.getByTestId("duplicate-search-form");
    await form.getByRole("button", { name: "Rechercher" }).click();
    await expect(form.getByTestId("error-search-firstName")).toHaveText("Ce champ est obligatoire.");

    await form.getByLabel("Prénom(s) *").fill(firstName);
    await form.getByLabel("Nom de famille *").fill(lastName);
    await form.getByLabel("Fille").check();
    await form.getByLabel("Nationalité").selectOption("SN");
    await form.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByTestId("no-match")).toHaveText(/Aucun enfant correspondant/);
    await expect(page.getByLabel("Pourquoi s'agit-il d'un nouvel enfant ? *")).toHaveCount(0);

    // Changing a field hides the results of the earlier search, and "new child" with them.
    await form.getByLabel("Nom de famille *").fill(`${lastName}e`);
    await expect(page.getByTestId("search-stale")).toHaveText("Les critères ont changé : relancez la recherche pour voir les correspondances.");
    await expect(page.getByTestId("no-match")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "C'est un nouvel enfant" })).toHaveCount(0);
    await form.getByLabel("Nom de famille *").fill(lastName);
    await form.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByTestId("no-match")).toHaveText(/Aucun enfant correspondant/);
    await expect(page.getByTestId("search-stale")).toHaveCount(0);

    await page.getByRole("button", { name: "C'est un nouvel enfant" }).click();
    await expect(page.getByLabel("Nationalité *")).toHaveValue("SN");
    await expect(page.getByLabel("Fille")).toBeChecked();
    await page.getByRole("button", { name: "Modifier la recherche" }).click();
    await expect(page.getByTestId("duplicate-search-form").getByLabel("Prénom(s) *")).toHaveValue(firstName);
  });

  test("the search step reads in Arabic, right to left", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await login(page, USERS.socialWorkerNkn);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: new URL(page.url()).origin }]);
    await page.goto("/cases/new");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { name: "١. ابحث أولاً" })).toBeVisible();
    await page.getByTestId("duplicate-search-form").getByRole("button", { name: "بحث" }).click();
    await expect(page.getByTestId("error-search-lastName")).toBeVisible();
    await context.close();
  });
});
