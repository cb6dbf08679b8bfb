import { expect, test } from "@playwright/test";
import { login } from "./support";

// Oumar Ba searches nowhere else in the suite: using up his searches for a minute disturbs no other spec.
const SEARCHING_WORKER = "assistant2.ndb@cpise.demo";

test("a worker who searches for possible duplicates too fast is told to wait, beside the form", async ({ page }) => {
  await login(page, SEARCHING_WORKER);
  await page.goto("/cases/new");
  const form = page.getByTestId("duplicate-search-form");
  await form.getByLabel("Prénom(s) *").fill("Mamadou");
  await form.getByLabel("Nom de famille *").fill("Diallo");

  const searchOnce = async () => {
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/cases/new");
    await form.getByRole("button", { name: "Rechercher" }).click();
    await answered;
    await expect(form.getByRole("button", { name: "Rechercher" })).toBeEnabled();
  };
  // 20 searches a minute are allowed.
  for (let i = 0; i < 20; i++) await searchOnce();
  await expect(form.getByTestId("form-error")).toHaveCount(0);

  await searchOnce();
  await expect(form.getByTestId("form-error")).toHaveText("Trop de demandes en peu de temps. Réessayez dans 1 minute.");
});

test("the login page says how long to wait after too many attempts for one account", async ({ page }) => {
  // A client address of its own (as a proxy would report it), so that the other specs' sign-ins
  // from 127.0.0.1 share nothing with these attempts; the email matches no account.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.77" });
  const attempt = async () => {
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill("trop.de.tentatives@cpise.demo");
    await page.getByLabel("Mot de passe").fill("wrong-password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    return page.getByTestId("form-error");
  };
  for (let n = 1; n <= 5; n++) await expect(await attempt()).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  for (let n = 6; n <= 10; n++) await expect(await attempt()).toContainText("bloquée pendant 15 minutes");
  await expect(await attempt()).toHaveText(
    "Trop de tentatives de connexion depuis ce compte ou cet appareil. Réessayez dans 15 minutes.",
  );
});
