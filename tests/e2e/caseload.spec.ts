import { expect, test, type Page } from "@playwright/test";
import { login, registerChildViaUi, uniqueName, USERS } from "./support";

/** Opens a multi-choice filter (a disclosure: "status" or "risk") and ticks the given options. */
async function tick(page: Page, filter: "status" | "risk", options: string[]) {
  await page.getByTestId(`${filter}-filter`).locator("summary").click();
  for (const option of options) await page.getByRole("checkbox", { name: option, exact: true }).check();
}

const apply = (page: Page) => page.getByRole("button", { name: "Appliquer" }).click();
const rows = (page: Page) => page.locator("tbody tr");

test.describe("caseload list", () => {
  test("a supervisor filters by status and risk; the URL carries the filters and a reload keeps them", async ({ page }) => {
    await login(page, USERS.supervisorNdb);
    // A supervisor's registration waits for assignment: registered, risk not yet assessed.
    const { caseNumber } = await registerChildViaUi(page);
    await page.goto("/cases");
    await expect(page.getByRole("heading", { name: "Dossiers du centre" })).toBeVisible();

    await expect(page.getByTestId("status-filter").locator("summary")).toHaveText("Tous les statuts");
    await tick(page, "status", ["Enregistré"]);
    await tick(page, "risk", ["Non évalué"]);
    await page.getByLabel("Travailleur·se social·e").selectOption({ label: "Non assigné" });
    await apply(page);

    await expect(page).toHaveURL(/[?&]status=REGISTERED(&|$)/);
    await expect(page).toHaveURL(/[?&]risk=unset(&|$)/);
    await expect(page).toHaveURL(/[?&]worker=unassigned(&|$)/);
    await expect(rows(page).filter({ hasText: caseNumber })).toHaveCount(1);
    const count = await page.getByTestId("case-count").textContent();
    for (const row of await rows(page).all()) {
      await expect(row).toContainText("Enregistré");
      await expect(row).toContainText("Non évalué");
      await expect(row).toContainText("Non assigné");
    }

    await page.reload();
    await expect(page.getByTestId("case-count")).toHaveText(count!);
    await expect(page.getByTestId("status-filter").locator("summary")).toHaveText("Enregistré");
    await expect(page.getByTestId("risk-filter").locator("summary")).toHaveText("Non évalué");
    await expect(page.getByRole("checkbox", { name: "Enregistré", exact: true, includeHidden: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Non évalué", exact: true, includeHidden: true })).toBeChecked();
    await expect(page.getByLabel("Travailleur·se social·e")).toHaveValue("unassigned");
    await expect(rows(page).filter({ hasText: caseNumber })).toHaveCount(1);

    // A risk level that the new case does not have leaves it out.
    await page.getByTestId("risk-filter").locator("summary").click();
    await page.getByRole("checkbox", { name: "Non évalué", exact: true }).uncheck();
    await page.getByRole("checkbox", { name: "Élevé", exact: true }).check();
    await apply(page);
    await expect(page).toHaveURL(/[?&]risk=HIGH(&|$)/);
    await expect(rows(page).filter({ hasText: caseNumber })).toHaveCount(0);

    await page.getByRole("link", { name: "Réinitialiser les filtres" }).first().click();
    await expect(page).toHaveURL(/\/cases$/);
    await expect(page.getByTestId("status-filter").locator("summary")).toHaveText("Tous les statuts");
    await expect(page.getByRole("checkbox", { name: "Enregistré", exact: true, includeHidden: true })).not.toBeChecked();
  });

  test("pagination keeps the filters", async ({ page }) => {
    await login(page, USERS.national);
    await page.goto("/cases");
    await expect(page.getByRole("heading", { name: "Tous les dossiers" })).toBeVisible();
    // Every status but closed: more than one page of the demo data.
    await tick(page, "status", ["Enregistré", "Évaluation", "Plan de cas", "En attente DIS", "Mise en œuvre", "Suivi"]);
    await page.getByLabel("Trier par").selectOption({ label: "N° de dossier" });
    await apply(page);
    await expect(page.getByText("Page 1 sur")).toBeVisible();
    const firstPage = await rows(page).first().locator("td").first().textContent();

    await page.getByRole("link", { name: "Suivant" }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page).toHaveURL(/[?&]status=REGISTERED%2CASSESSMENT%2CCASE_PLAN%2CBID_PENDING%2CIMPLEMENTATION%2CFOLLOW_UP(&|$)/);
    await expect(page).toHaveURL(/[?&]sort=caseNumber(&|$)/);
    await expect(page.getByText("Page 2 sur")).toBeVisible();
    await expect(page.getByTestId("status-filter").locator("summary")).toHaveText(
      "Enregistré, Évaluation, Plan de cas, En attente DIS, Mise en œuvre, Suivi",
    );
    await expect(page.getByLabel("Trier par")).toHaveValue("caseNumber");
    await expect(rows(page).first()).toBeVisible();
    for (const row of await rows(page).all()) await expect(row).not.toContainText("Clôturé");
    // Sorted by number across pages.
    const secondPage = await rows(page).first().locator("td").first().textContent();
    expect(secondPage!.localeCompare(firstPage!)).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Précédent" }).click();
    await expect(page).toHaveURL(/[?&]page=1(&|$)/);
    await expect(page).toHaveURL(/[?&]sort=caseNumber(&|$)/);
  });

  test("search by case number and by name finds the child the worker registered", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const firstName = uniqueName("Mariama");
    const { caseNumber } = await registerChildViaUi(page, firstName);
    await page.goto("/cases");
    await expect(page.getByRole("heading", { name: "Mes dossiers" })).toBeVisible();

    await page.getByLabel("Rechercher").fill(caseNumber.toLowerCase());
    await apply(page);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${caseNumber.toLowerCase()}(&|$)`));
    await expect(page.getByTestId("case-count")).toHaveText("1 dossier");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(caseNumber);

    // By name, spelled another way (a doubled letter, the family name with one l).
    await page.getByLabel("Rechercher").fill(`${firstName.replace("Mariama", "Mariamma")} DIALO`);
    await apply(page);
    await expect(rows(page).filter({ hasText: caseNumber })).toHaveCount(1);

    await page.getByLabel("Rechercher").fill("Zzqxw Vvkjq");
    await apply(page);
    await expect(page.getByTestId("caseload-no-match")).toContainText("Aucun dossier ne correspond à ces filtres.");
    await page.getByTestId("caseload-no-match").getByRole("link", { name: "Réinitialiser les filtres" }).click();
    await expect(page.getByLabel("Rechercher")).toHaveValue("");
    await expect(rows(page).filter({ hasText: caseNumber })).toHaveCount(1);
  });

  test("overdue cases are flagged in words, not colour alone", async ({ page }) => {
    await login(page, USERS.supervisorNdb);
    await page.goto("/cases");
    await page.getByLabel("En retard", { exact: true }).selectOption("1");
    await page.getByLabel("Trier par").selectOption({ label: "Échéance la plus proche" });
    await apply(page);
    await expect(page).toHaveURL(/[?&]overdue=1(&|$)/);
    const first = rows(page).first();
    await expect(first.getByTestId("overdue")).toHaveText(/^⚠ En retard( — \d+ j)?$/);
    for (const row of await rows(page).all()) await expect(row.getByTestId("overdue")).toBeVisible();
  });

  test("a social worker switches between their own caseload and all their cases", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    await page.goto("/cases?sex=FEMALE");
    await expect(page.getByRole("link", { name: "Assignés à moi" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: "Tous mes dossiers" }).click();
    await expect(page.getByRole("heading", { name: "Tous les dossiers" })).toBeVisible();
    await expect(page).toHaveURL(/[?&]view=all(&|$)/);
    await expect(page).toHaveURL(/[?&]sex=FEMALE(&|$)/);
    await expect(page.getByLabel("Sexe")).toHaveValue("FEMALE");
  });

  test("at phone width the caseload is a list of cards with the case numbers", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await login(page, USERS.socialWorkerNdb);
    const { caseNumber, caseUrl } = await registerChildViaUi(page);
    await page.goto("/cases");
    await expect(page.getByRole("table")).toBeHidden();
    const card = page.getByTestId("case-cards").getByRole("listitem").filter({ hasText: caseNumber });
    await expect(card).toBeVisible();
    await expect(card).toContainText("Guinée");
    await card.getByRole("link", { name: caseNumber }).click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}$`));
    await context.close();
  });
});
