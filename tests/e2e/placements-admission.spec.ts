import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

async function openPlacements(page: Page, caseUrl: string) {
  await page.goto(`${caseUrl}/placements`);
  await expect(page.getByRole("heading", { name: "Placement actuel" })).toBeVisible();
}

test.describe("placements of a child", () => {
  test("a social worker admits a child to her centre; bad input is refused; the history and the timeline show it", async ({ browser }) => {
    const worker = await signedIn(browser, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(worker);
    await openPlacements(worker, caseUrl);
    await expect(worker.getByTestId("no-current-placement")).toHaveText("L'enfant n'a pas de placement actif.");
    await expect(worker.getByText("Aucun placement enregistré pour cet enfant.")).toBeVisible();

    // Nothing chosen, then a start before the child's arrival (2026-11-01): field errors, nothing written.
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("error-type")).toHaveText("Choisissez le type de placement.");
    await worker.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
    await expect(worker.getByTestId("centre-occupancy")).toContainText("Occupation :");
    await worker.getByLabel("Date de début *").fill("2026-10-20");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("error-startDate")).toHaveText("Le placement ne peut pas commencer avant l'arrivée de l'enfant.");
    await expect(worker.getByText("Aucun placement enregistré pour cet enfant.")).toBeVisible();

    await worker.getByLabel("Date de début *").fill("2026-11-02");
    await worker.getByLabel("Notes (facultatif)").fill("Arrivé avec la Brigade des mineurs.");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("placement-outcome")).toHaveText("Placement enregistré.");
    await expect(worker.getByTestId("current-placement")).toContainText("Accueil résidentiel CPISE · CPISE Nouadhibou");
    const row = worker.getByTestId("placement-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("depuis le 2 nov. 2026");
    await expect(row).toContainText("Aminata Sy");
    await expect(row).toContainText("En cours");
    // A social worker does not transfer.
    await expect(worker.getByText("Transférer vers un autre centre")).toHaveCount(0);

    await worker.goto(`${caseUrl}/notes`);
    await expect(worker.locator('[data-event-type="placement.started"]')).toContainText("Placement commencé : Accueil résidentiel CPISE");
  });

  test("kinship care and other types show their own fields; a new placement cannot overlap the last one", async ({ browser }) => {
    const worker = await signedIn(browser, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(worker);
    await openPlacements(worker, caseUrl);

    await worker.getByLabel("Type de placement *").selectOption({ label: "Prise en charge par la famille élargie" });
    await expect(worker.getByLabel("Nom du lieu *")).toHaveCount(0);
    await worker.getByLabel("Date de début *").fill("2026-11-03");
    await worker.getByLabel("Téléphone de contact *").fill("abc");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("error-caregiverName")).toHaveText("Ce champ est obligatoire.");
    await expect(worker.getByTestId("error-contactPhone")).toHaveText("Numéro de téléphone non valide (chiffres, espaces, + au début).");
    await worker.getByLabel("Nom de la personne qui accueille *").fill("Mariama Ba");
    await worker.getByLabel("Lien avec l'enfant *").fill("Tante maternelle");
    await worker.getByLabel("Adresse *").fill("Cansado, Nouadhibou");
    await worker.getByLabel("Téléphone de contact *").fill("+222 46 00 11 22");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("current-placement")).toContainText("Prise en charge par la famille élargie · Mariama Ba");
    await expect(worker.getByTestId("placement-row")).toContainText("Tante maternelle");

    await worker.getByRole("button", { name: "Terminer ce placement…" }).click();
    await worker.getByLabel("Date de fin *").fill("2026-11-10");
    await worker.getByLabel("Motif de fin *").selectOption({ label: "Autre placement" });
    await worker.getByRole("button", { name: "Terminer le placement" }).click();
    await worker.getByRole("button", { name: "Confirmer la fin du placement" }).click();
    await expect(worker.getByTestId("placement-outcome")).toHaveText("Placement terminé.");
    await expect(worker.getByTestId("no-current-placement")).toBeVisible();
    // Only a reunification proposes the next step.
    await expect(worker.getByTestId("next-step")).toHaveCount(0);
    await expect(worker.getByTestId("placement-row")).toContainText("Autre placement");
    await expect(worker.getByTestId("placement-row")).toContainText("7 jours");

    await worker.getByLabel("Type de placement *").selectOption({ label: "Autre structure d'accueil" });
    await expect(worker.getByLabel("Nom de la personne qui accueille *")).toHaveCount(0);
    await worker.getByLabel("Nom du lieu *").fill("Abri Caritas");
    await worker.getByLabel("Adresse *").fill("Numerowatt, Nouadhibou");
    await worker.getByLabel("Date de début *").fill("2026-11-08");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("error-startDate")).toHaveText("Ce placement chevauche un placement antérieur de l'enfant.");
    await expect(worker.getByTestId("placement-row")).toHaveCount(1);
    await worker.getByLabel("Date de début *").fill("2026-11-10");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("current-placement")).toContainText("Autre structure d'accueil · Abri Caritas");
    await expect(worker.getByTestId("placement-row")).toHaveCount(2);

    await worker.goto(`${caseUrl}/notes`);
    await expect(worker.locator('[data-event-type="placement.ended"]')).toContainText("Placement terminé : Autre placement");
    await expect(worker.locator('[data-event-type="placement.started"]')).toHaveCount(2);
  });
});
