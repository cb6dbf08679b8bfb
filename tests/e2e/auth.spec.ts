import { expect, test } from "@playwright/test";
import { login, USERS } from "./support";

test.describe("signing in and out", () => {
  test("no session lands on the login page", async ({ page }) => {
    await page.goto("/cases");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  });

  test("a forged or expired session cookie lands on the login page", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "expired.or.forged", url: baseURL! }]);
    await page.goto("/cases");
    await expect(page).toHaveURL(/\/login/);
  });

  test("log in, see the home page, log out", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    // A social worker's home lists her due work.
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("home-due")).toBeVisible();
    await expect(page.getByTestId("signed-in-user")).toContainText("Aminata Sy");
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/cases");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a wrong password gets a message that does not say whether the account exists", async ({ page }) => {
    for (const email of [USERS.national, "personne@cpise.demo"]) {
      await page.goto("/login");
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByLabel("Mot de passe").fill("wrong-password");
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByTestId("form-error")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    }
  });

  // Locks the panel member's demo account for the rest of the run: no other spec signs in with it.
  test("6 wrong passwords in a row lock the account for 15 minutes", async ({ page }) => {
    const attempt = async (password: string) => {
      await page.goto("/login");
      await page.getByLabel("Adresse e-mail").fill(USERS.lockoutVictim);
      await page.getByLabel("Mot de passe").fill(password);
      await page.getByRole("button", { name: "Se connecter" }).click();
      return page.getByTestId("form-error");
    };
    for (let n = 1; n <= 5; n++) {
      await expect(await attempt(`wrong-${n}`)).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    }
    await expect(await attempt("wrong-6")).toContainText("bloquée pendant 15 minutes");
    // Now even the right password is refused.
    await expect(await attempt("Demo-CPISE-2026")).toContainText("bloquée pendant 15 minutes");
    await expect(page).toHaveURL(/\/login/);
  });

  test("navigation shows only what the role may use", async ({ page }) => {
    await login(page, USERS.monitoring);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link", { name: "Indicateurs" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Dossiers" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Enregistrer un enfant" })).toHaveCount(0);
    expect((await page.goto("/cases"))?.status()).toBe(404);
    expect((await page.goto("/cases/new"))?.status()).toBe(404);
  });
});
