import { expect, test, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

/** Replaces the arguments of the page's next server-action call, as a forged request would. */
async function forgeNextActionArguments(page: Page, body: string) {
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) return route.continue({ postData: body });
    return route.continue();
  });
}

test.describe("a server action called with malformed arguments", () => {
  test("the note form says the form could not be read; the page stays, nothing is written", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(page);
    await page.goto(`${caseUrl}/notes`);
    await forgeNextActionArguments(page, "[null,null]");

    await page.getByLabel("Type *").selectOption({ label: "Visite de suivi" });
    await page.getByLabel("Résumé *").fill("Visite au centre.");
    await page.getByRole("button", { name: "Ajouter la note" }).click();

    await expect(page.getByTestId("form-error")).toHaveText("Le formulaire n'a pas pu être lu. Rechargez la page et réessayez.");
    await expect(page.getByLabel("Résumé *")).toHaveValue("Visite au centre.");
    await page.screenshot({ path: test.info().outputPath("note-invalid-input.png"), fullPage: true });

    await page.unrouteAll();
    await page.reload();
    await expect(page.getByTestId("timeline-entry").first()).toBeVisible();
    await expect(page.locator('[data-event-type="case.noteAdded"]')).toHaveCount(0);
  });

  test("the risk form shows the same message for an argument of the wrong shape", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    await registerChildViaUi(page);
    await forgeNextActionArguments(page, '["x"]');

    const form = page.getByTestId("risk-form");
    await form.locator("#riskLevel").selectOption("HIGH");
    await form.locator("#riskReason").fill("Fugue la semaine dernière.");
    await form.getByRole("button").click();

    await expect(form.getByTestId("form-error")).toHaveText("Le formulaire n'a pas pu être lu. Rechargez la page et réessayez.");
  });
});
