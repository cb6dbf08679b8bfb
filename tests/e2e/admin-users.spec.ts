import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

const MASEF = "Ministère de l'Action sociale, de l'Enfance et de la Famille";
const PASSWORD = "Lanterne violette sur la dune 7";
const NEW_PASSWORD = "Tambour orange sous la pluie 9";

const uniqueEmail = (prefix: string) => `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@cpise.demo`;

/** Fills the new-account form as the administrator and returns the activation link shown once. */
async function createSocialWorker(page: Page, name: string, email: string, centre = "CPISE Nouadhibou"): Promise<string> {
  await page.goto("/admin/users/new");
  await page.getByLabel("Nom complet").fill(name);
  await page.getByLabel("Adresse e-mail (identifiant de connexion)").fill(email);
  await page.getByLabel("Rôle").selectOption({ label: "Travailleur·se social·e" });
  await page.getByLabel("Organisation").selectOption({ label: MASEF });
  await page.getByLabel(centre, { exact: true }).check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("heading", { name: "Compte créé" })).toBeVisible();
  const link = page.getByTestId("account-link");
  await expect(link).toHaveValue(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

/** Opens a one-time link in a fresh browser and sets the password with it. */
async function setPasswordWithLink(browser: Browser, link: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel("Nouveau mot de passe").fill(password);
  await expect(page.getByTestId("strength")).toBeVisible();
  await page.getByLabel("Le même mot de passe, une seconde fois").fill(password);
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe est enregistré")).toBeVisible();
  await context.close();
}

async function openAccount(page: Page, email: string) {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByTestId("user-row").getByRole("link").click();
  await expect(page.getByTestId("security-section")).toBeVisible();
}

async function failedSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  return page.getByTestId("form-error").textContent();
}

test("the administrator lands on the accounts, searches and filters them", async ({ page }) => {
  await login(page, USERS.administrator);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Comptes utilisateurs" })).toBeVisible();
  await expect(page.getByTestId("user-table")).toContainText("Aminata Sy");

  await page.getByLabel("Rôle").selectOption({ label: "Superviseur·e de centre" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/role=CENTRE_SUPERVISOR/);
  const table = page.getByTestId("user-table");
  await expect(table).toContainText("Sidi Ould Cheikh");
  await expect(table).toContainText("Khadijetou Mint Salem");
  await expect(table).not.toContainText("Aminata Sy");

  await page.getByLabel("Centre").selectOption({ label: "CPISE Nouadhibou" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(table).toContainText("Sidi Ould Cheikh");
  await expect(table).not.toContainText("Khadijetou Mint Salem");

  await page.goto("/admin/users?q=national");
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  await expect(page.getByTestId("user-row")).toContainText("Mohamed Lemine Ould Brahim");
  // The administrator has just signed in: the row shows when, not "Never".
  await page.goto("/admin/users?q=admin%40cpise.demo");
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  await expect(page.getByTestId("user-row")).toContainText("Administrateur·rice");
  await expect(page.getByTestId("user-row")).not.toContainText("Jamais");

  await page.goto("/admin/users?q=zzzz-nobody");
  await expect(page.getByTestId("users-empty")).toBeVisible();
});

test("a new account: bad input beside the fields, then a one-time link with which the user sets a password and signs in", async ({ browser, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await login(page, USERS.administrator);
  await page.goto("/admin/users/new");
  await page.getByLabel("Nom complet").fill("Fatimetou Mint Ely");
  await page.getByLabel("Adresse e-mail (identifiant de connexion)").fill(USERS.socialWorkerNdb.toUpperCase());
  await page.getByLabel("Rôle").selectOption({ label: "Gestionnaire de cas ONG" });
  await page.getByLabel("Organisation").selectOption({ label: MASEF });
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByTestId("error-email")).toHaveText("Un compte utilise déjà cette adresse e-mail.");
  await expect(page.getByTestId("error-organisationId")).toContainText("Ce rôle ne peut pas appartenir à ce type d'organisation");
  await page.getByLabel("Rôle").selectOption({ label: "Travailleur·se social·e" });
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByTestId("error-centreIds")).toHaveText("Choisissez au moins un centre : ce rôle travaille dans des centres.");

  const email = uniqueEmail("fatimetou");
  const link = await createSocialWorker(page, "Fatimetou Mint Ely", email);
  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copy-link")).toHaveText("Copié");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login/);
  // Before activation the account has no password at all.
  expect(await failedSignIn(page, email, PASSWORD)).toContain("Adresse e-mail ou mot de passe incorrect.");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choisissez votre mot de passe" })).toBeVisible();
  await expect(page.getByText(`Compte : Fatimetou Mint Ely (${email})`)).toBeVisible();
  await page.getByLabel("Nouveau mot de passe").fill("Fatimetou-Ely-2026");
  await page.getByLabel("Le même mot de passe, une seconde fois").fill("Fatimetou-Ely-2026");
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(page.getByTestId("error-password")).toHaveText("Le mot de passe ne doit contenir ni votre nom ni votre adresse e-mail.");
  await page.getByLabel("Nouveau mot de passe").fill(PASSWORD);
  await page.getByLabel("Le même mot de passe, une seconde fois").fill(PASSWORD);
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe est enregistré")).toBeVisible();
  await page.getByRole("link", { name: "Aller à la connexion" }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, email, PASSWORD);
  await expect(page.getByTestId("signed-in-user")).toContainText("Fatimetou Mint Ely");

  // The link works once.
  const again = await browser.newPage();
  await again.goto(link);
  await expect(again.getByTestId("link-invalid")).toContainText("Ce lien a déjà été utilisé");
  await again.goto("/set-password/not-a-real-token");
  await expect(again.getByTestId("link-invalid")).toContainText("Ce lien n'est pas valable.");
});

test("a change of centres or a deactivation applies at the user's next click; the history shows it", async ({ browser, page }) => {
  await login(page, USERS.administrator);
  const email = uniqueEmail("moussa");
  const link = await createSocialWorker(page, "Moussa Ould Ahmed", email);
  await setPasswordWithLink(browser, link, PASSWORD);

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await login(userPage, email, PASSWORD);

  await openAccount(page, email);
  const form = page.getByTestId("user-form");
  await form.getByLabel("CPISE Nouadhibou", { exact: true }).uncheck();
  await form.getByLabel("CPISE Nouakchott Nord", { exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByTestId("form-saved")).toBeVisible();

  await userPage.getByRole("link", { name: "Dossiers" }).first().click();
  await expect(userPage).toHaveURL(/\/login/);
  await login(userPage, email, PASSWORD);

  await page.reload();
  await form.getByLabel("Compte actif").uncheck();
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByTestId("form-saved")).toBeVisible();
  await expect(page.getByTestId("status-inactive")).toBeVisible();

  await userPage.getByRole("link", { name: "Dossiers" }).first().click();
  await expect(userPage).toHaveURL(/\/login/);
  expect(await failedSignIn(userPage, email, PASSWORD)).toContain("Adresse e-mail ou mot de passe incorrect.");
  await userContext.close();

  await page.reload();
  const history = page.getByTestId("user-history");
  // Newest first: the refused sign-in after the deactivation, then the deactivation.
  await expect(history.getByTestId("history-entry").first()).toContainText("Échec de connexion");
  await expect(history.getByTestId("history-entry").nth(1)).toContainText("Compte modifié — Modifié : actif");
  await expect(history).toContainText("Modifié : centres");
  await expect(history).toContainText("Mot de passe choisi par l'utilisateur");
  await expect(history).toContainText("Compte créé");
});

test("a reset link stops the old password at once; an account locked by failed sign-ins is unlocked", async ({ browser, page }) => {
  await login(page, USERS.administrator);
  const email = uniqueEmail("aissata");
  const link = await createSocialWorker(page, "Aissata Kane", email);
  await setPasswordWithLink(browser, link, PASSWORD);

  await openAccount(page, email);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Délivrer un lien de réinitialisation" }).click();
  await expect(page.getByTestId("link-panel")).toContainText("Lien de réinitialisation du mot de passe");
  const resetLink = await page.getByTestId("account-link").inputValue();
  expect(resetLink).not.toBe(link);

  const other = await browser.newPage();
  // A client address of its own (as a proxy would report it): these failures must not use up the
  // per-address sign-in limit the other specs share.
  await other.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.88" });
  expect(await failedSignIn(other, email, PASSWORD)).toContain("Adresse e-mail ou mot de passe incorrect.");
  await setPasswordWithLink(browser, resetLink, NEW_PASSWORD);

  // Six wrong passwords lock the account.
  for (let attempt = 0; attempt < 5; attempt++) await failedSignIn(other, email, "Wrong-password-123");
  expect(await failedSignIn(other, email, "Wrong-password-123")).toContain("la connexion à ce compte est bloquée");
  expect(await failedSignIn(other, email, NEW_PASSWORD)).toContain("la connexion à ce compte est bloquée");

  await page.reload();
  await expect(page.getByTestId("lock-state")).toContainText("Bloqué jusqu'à");
  await page.getByRole("button", { name: "Débloquer" }).click();
  await expect(page.getByText("Compte débloqué.")).toBeVisible();
  await expect(page.getByTestId("lock-state")).toHaveText("Non bloqué");

  await login(other, email, NEW_PASSWORD);
  await page.reload();
  const history = page.getByTestId("user-history");
  await expect(history).toContainText("Débloqué");
  await expect(history).toContainText("Bloqué après des échecs de connexion");
  await expect(history).toContainText("Lien délivré");
  await expect(history).toContainText("Connexion");
});

test("a social worker moved to another centre loses her cases there; the supervisor sees them to reassign and reassigns them", async ({ browser, page }) => {
  await login(page, USERS.administrator);
  const email = uniqueEmail("binta");
  const name = `Binta Sall ${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 5)}`;
  const link = await createSocialWorker(page, name, email);
  await setPasswordWithLink(browser, link, PASSWORD);
  const worker = await browser.newPage();
  await login(worker, email, PASSWORD);
  const { caseUrl, caseNumber } = await registerChildViaUi(worker);

  await openAccount(page, email);
  const form = page.getByTestId("user-form");
  await form.getByLabel("CPISE Nouadhibou", { exact: true }).uncheck();
  await form.getByLabel("CPISE Nouakchott Nord", { exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByTestId("form-saved")).toBeVisible();

  // Her next click signs her out; signed in again, the Nouadhibou case is no longer hers to open.
  await login(worker, email, PASSWORD);
  const response = await worker.goto(caseUrl);
  expect(response?.status()).toBe(404);

  const supervisor = await browser.newPage();
  await login(supervisor, USERS.supervisorNdb);
  const toReassign = supervisor.getByTestId("dashboard-to-reassign");
  const row = toReassign.getByRole("listitem").filter({ hasText: name });
  await expect(row).toContainText("CPISE Nouadhibou");
  await row.getByRole("link", { name: "1 dossier ouvert à réattribuer" }).click();
  await expect(supervisor.getByRole("link", { name: caseNumber })).toBeVisible();
  await supervisor.getByRole("checkbox", { name: `Sélectionner ${caseNumber}` }).check();
  await supervisor.getByRole("button", { name: "Réassigner la sélection" }).click();
  const bulk = supervisor.getByTestId("bulk-reassign-form");
  const select = bulk.getByLabel("Nouveau·elle travailleur·se social·e *");
  await select.selectOption({ label: await select.locator("option").filter({ hasText: "Oumar Ba" }).first().innerText() });
  await bulk.getByLabel("Motif de la réassignation *").fill("Mutée au CPISE Nouakchott Nord");
  await bulk.getByRole("button", { name: "Réassigner" }).click();
  await expect(supervisor.getByTestId("bulk-reassign-done")).toHaveText("1 dossier réassigné à Oumar Ba.");
  await supervisor.goto("/dashboard");
  await expect(supervisor.getByTestId("dashboard-card-open")).toBeVisible();
  await expect(supervisor.getByText(name)).toHaveCount(0);
});

test("the account pages are not found for every other role", async ({ browser }) => {
  const adminPage = await browser.newPage();
  await login(adminPage, USERS.administrator);
  await adminPage.goto("/admin/users?q=assistante.ndb");
  const accountUrl = new URL((await adminPage.getByTestId("user-row").getByRole("link").getAttribute("href"))!, adminPage.url()).pathname;
  for (const email of [USERS.supervisorNdb, USERS.national, USERS.monitoring]) {
    const page = await browser.newPage();
    await login(page, email);
    for (const path of ["/admin/users", "/admin/users/new", accountUrl, "/admin/users/not-an-id"]) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(404);
    }
    await page.close();
  }
});
