import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { copyDemoAccount } from "./database";
import { login, registerChildViaUi, USERS } from "./support";

// Each test works on an account of its own (a copy of a demo account): changing a password or
// ending every session must not touch an account other specs sign in with.

const NEW_PASSWORD = "Chameau bleu traverse la dune 42";

async function openAccount(page: Page) {
  await page.getByTestId("signed-in-user").click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Mon compte", level: 1 })).toBeVisible();
}

/**
 * Opens a page and waits until its idle clock runs (it records the page shown as activity): time
 * moved on before that would be undone by the page's own start.
 */
async function gotoWithIdleClock(page: Page, path: string) {
  // Forgotten through any tab already on the app (the storage is the origin's, shared by the tabs).
  const onApp = page.context().pages().find((open) => open.url().startsWith("http"));
  await onApp?.evaluate(() => localStorage.removeItem("cpise:lastActivity"));
  await page.goto(path);
  await page.waitForFunction(() => localStorage.getItem("cpise:lastActivity") !== null);
}

async function signInAgain(browser: Browser, email: string, password: string) {
  const page = await browser.newPage();
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  return page;
}

test("a user changes their password: bad input answered beside the field, then the new password replaces the old one", async ({ page, browser }) => {
  const { email, name } = await copyDemoAccount(USERS.socialWorkerNdb);
  await login(page, email);
  await openAccount(page);
  await expect(page.getByTestId("account-profile")).toContainText(email);

  const form = page.getByTestId("change-password-form");
  const current = form.getByLabel("Mot de passe actuel");
  const fresh = form.getByLabel("Nouveau mot de passe", { exact: true });
  const again = form.getByLabel("Nouveau mot de passe (encore une fois)");
  const submit = form.getByRole("button", { name: "Changer le mot de passe" });

  // Too short (checked in the browser), then the demo password and the user's own name (checked by the server).
  await current.fill(DEMO_PASSWORD);
  await fresh.fill("court");
  await again.fill("court");
  await submit.click();
  await expect(form.getByTestId("error-newPassword")).toHaveText("Le mot de passe doit compter au moins 12 caractères.");
  await fresh.fill(DEMO_PASSWORD);
  await again.fill(DEMO_PASSWORD);
  await submit.click();
  await expect(form.getByTestId("error-newPassword")).toHaveText("C'est le mot de passe public des comptes de démonstration : choisissez-en un autre.");
  const personal = `${name.split(" ")[1]} habite a Nouadhibou`;
  await fresh.fill(personal);
  await again.fill(personal);
  await submit.click();
  await expect(form.getByTestId("error-newPassword")).toHaveText("Le mot de passe ne doit contenir ni votre nom ni votre adresse e-mail.");

  // A good new password, shown as such by the meter, but a wrong current one.
  await fresh.fill(NEW_PASSWORD);
  await expect(form.getByTestId("password-strength")).toContainText(/Robustesse : (bonne|très bonne)/);
  await again.fill(`${NEW_PASSWORD}!`);
  await current.fill("Pas-le-bon-mot-de-passe");
  await submit.click();
  await expect(form.getByTestId("error-confirmPassword")).toHaveText("Les deux saisies du nouveau mot de passe ne sont pas identiques.");
  await again.fill(NEW_PASSWORD);
  await submit.click();
  await expect(form.getByTestId("error-currentPassword")).toHaveText("Mot de passe actuel incorrect.");

  await current.fill(DEMO_PASSWORD);
  await submit.click();
  await expect(page).toHaveURL(/\/login\?signedOut=passwordChanged$/);
  await expect(page.getByTestId("signed-out-notice")).toHaveText(
    "Votre mot de passe a été changé et toutes vos sessions ont pris fin. Reconnectez-vous avec le nouveau mot de passe.",
  );

  const withOld = await signInAgain(browser, email, DEMO_PASSWORD);
  await expect(withOld.getByTestId("form-error")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  const withNew = await signInAgain(browser, email, NEW_PASSWORD);
  await expect(withNew.getByTestId("signed-in-user")).toContainText(name);
});

test("a user chooses Arabic: the interface switches to Arabic, right to left, at once", async ({ page }) => {
  const { email } = await copyDemoAccount(USERS.supervisorNdb);
  await login(page, email);
  await openAccount(page);
  const form = page.getByTestId("language-form");
  await form.getByLabel("العربية").check();
  await form.getByRole("button", { name: "Enregistrer la langue" }).click();
  await expect(page.getByRole("heading", { name: "حسابي", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("language-form").getByLabel("العربية")).toBeChecked();
  // And on the next page too.
  await page.goto("/cases");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("a user sees their last sign-ins, a wrong password included", async ({ page, browser }) => {
  const { email } = await copyDemoAccount(USERS.socialWorkerNkn);
  const failed = await signInAgain(browser, email, "Mauvais-mot-de-passe");
  await expect(failed.getByTestId("form-error")).toBeVisible();
  await login(page, email);
  await openAccount(page);
  await expect(page.getByTestId("account-profile")).not.toContainText("Jamais");
  const rows = page.getByTestId("account-sign-ins").getByTestId("sign-in-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Connexion réussie");
  await expect(rows.nth(1)).toContainText("Mot de passe incorrect");
  await expect(rows.nth(1)).toContainText("1 échec de suite");
  await expect(page.getByTestId("two-factor-status")).toHaveText("Désactivée");
  await expect(page.getByTestId("account-two-factor").getByRole("link", { name: "Activer" })).toHaveAttribute("href", "/account/two-factor");
});

test("'sign out everywhere' ends the session in another browser too", async ({ page, browser }) => {
  const { email } = await copyDemoAccount(USERS.ngoWithReferrals);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, email);
  await login(page, email);
  await openAccount(page);
  await page.getByRole("button", { name: "Se déconnecter partout" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=everywhere$/);
  await expect(page.getByTestId("signed-out-notice")).toHaveText("Vous avez été déconnecté·e sur tous vos appareils. Reconnectez-vous pour continuer.");

  await otherPage.goto("/cases");
  await expect(otherPage).toHaveURL(/\/login/);
  await expect(otherPage.getByRole("heading", { name: "Connexion" })).toBeVisible();
});

test("after 15 idle minutes a dialog warns; 'stay signed in' keeps the session, and activity in another tab counts", async ({ page, context }) => {
  const { email, name } = await copyDemoAccount(USERS.socialWorkerNdb);
  await page.clock.install();
  await login(page, email);
  await gotoWithIdleClock(page, "/cases");

  const warning = page.getByRole("alertdialog", { name: "Êtes-vous toujours là ?" });
  await page.clock.fastForward("14:00");
  await expect(warning).toBeHidden();
  await page.clock.fastForward("01:05");
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId("idle-countdown")).toContainText(/1:5\d/);
  const stay = warning.getByRole("button", { name: "Rester connecté·e" });
  await expect(stay).toBeFocused();
  await stay.click();
  await expect(warning).toBeHidden();
  await expect(page.getByTestId("signed-in-user")).toContainText(name);

  // Busy in a second tab of the same browser: the first one does not warn.
  const second = await context.newPage();
  await gotoWithIdleClock(second, "/cases");
  await page.clock.fastForward("10:00");
  await second.mouse.move(10, 10);
  await second.mouse.move(200, 200);
  await page.clock.fastForward("06:00");
  await expect(warning).toBeHidden();
  await page.clock.fastForward("10:00");
  await expect(warning).toBeVisible();
  await expect(second.getByRole("alertdialog")).toBeVisible();
});

test("after the warning goes unanswered the session ends on the server; a half-typed form is still there after signing in again", async ({ page, browser }) => {
  const { email } = await copyDemoAccount(USERS.socialWorkerNdb);
  await page.clock.install();
  await login(page, email);
  const { caseUrl } = await registerChildViaUi(page);
  await gotoWithIdleClock(page, `${caseUrl}/registration`);
  const family = page.getByTestId("section-family");
  await family.getByRole("button", { name: "Ajouter un membre de la famille" }).click();
  await family.getByLabel("Lien de parenté").fill("Oncle");
  await family.getByLabel("Nom", { exact: true }).fill("Moussa Diallo");
  const cookies = await page.context().cookies();

  await page.clock.fastForward("15:01");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.fastForward("02:00");
  await expect(page).toHaveURL(/\/login\?signedOut=idle$/);
  await expect(page.getByTestId("signed-out-notice")).toContainText("Vous avez été déconnecté·e après une période sans activité.");

  // Ended on the server: the cookie as it was is refused.
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const copyPage = await copy.newPage();
  await copyPage.goto(caseUrl);
  await expect(copyPage).toHaveURL(/\/login/);

  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await page.goto(`${caseUrl}/registration`);
  await expect(family.getByText("Des modifications non enregistrées ont été restaurées.")).toBeVisible();
  await expect(family.getByLabel("Nom", { exact: true })).toHaveValue("Moussa Diallo");
  await expect(family.getByLabel("Lien de parenté")).toHaveValue("Oncle");
});
