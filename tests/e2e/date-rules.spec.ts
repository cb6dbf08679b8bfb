import { expect, test } from "@playwright/test";
import { fillValidChild, login, registerChildViaUi, uniqueName, USERS } from "./support";

test.describe("implausible dates are refused beside their field, in French", () => {
  test("a note dated 1900, before the child's birth, or with a next visit in 2100", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    // registerChildViaUi registers a child born on 20 May 2011.
    const { caseUrl } = await registerChildViaUi(page);
    await page.goto(`${caseUrl}/notes`);
    const entriesBefore = await page.getByTestId("timeline-entry").count();

    await page.getByLabel("Type *").selectOption({ label: "Visite de suivi" });
    await page.getByLabel("Résumé *").fill("Entretien avec l'enfant.");
    await page.getByLabel("Date *").fill("1900-01-01");
    await page.getByLabel("Date de la prochaine visite (facultatif)").fill("2100-01-01");
    await page.getByRole("button", { name: "Ajouter la note" }).click();
    await expect(page.getByTestId("error-date")).toHaveText("Cette date est trop ancienne : vérifiez l'année.");
    await expect(page.getByTestId("error-nextVisitDate")).toHaveText("La date ne peut pas être à plus d'un an d'aujourd'hui.");

    // The day before the birth: only the server knows the birth date, its answer shows beside the field.
    await page.getByLabel("Date *").fill("2011-05-19");
    await page.getByLabel("Date de la prochaine visite (facultatif)").fill("");
    await page.getByRole("button", { name: "Ajouter la note" }).click();
    await expect(page.getByTestId("error-date")).toHaveText("La date ne peut pas précéder la naissance de l'enfant.");
    await expect(page.getByLabel("Date *")).toHaveAttribute("aria-invalid", "true");
    await page.screenshot({ path: "/tmp/date-rules-note.png", fullPage: true });

    await page.reload();
    await expect(page.getByTestId("timeline-entry")).toHaveCount(entriesBefore);
    await expect(page.locator('[data-event-type="case.noteAdded"]')).toHaveCount(0);
  });

  test("a registration with an estimated age and an arrival in 1900", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    await page.goto("/cases/new");
    const firstName = uniqueName("Estime");
    await fillValidChild(page, firstName);
    await page.getByLabel("Âge estimé", { exact: true }).check();
    await page.getByLabel("Âge estimé (en années) *").fill("10");
    await page.getByLabel("Date d'arrivée / d'identification *").fill("1900-01-01");
    await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
    await expect(page.getByTestId("error-arrivalDate")).toHaveText("Cette date est trop ancienne : vérifiez l'année.");

    // After 2000 but before a 10-year-old could have been born.
    await page.getByLabel("Date d'arrivée / d'identification *").fill("2010-01-01");
    await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
    await expect(page.getByTestId("error-arrivalDate")).toHaveText(
      "Avec l'âge estimé, l'enfant n'était pas encore né à cette date d'arrivée : vérifiez la date ou l'âge.",
    );
    await page.screenshot({ path: "/tmp/date-rules-register.png", fullPage: true });
    await expect(page).toHaveURL(/\/cases\/new$/);
  });
});
