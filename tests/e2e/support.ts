import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-data";

export const USERS = {
  socialWorkerNdb: "assistante.ndb@cpise.demo",
  socialWorkerNkn: "assistante.nkn@cpise.demo",
  supervisorNdb: "superviseur.ndb@cpise.demo",
  national: "national@cpise.demo",
  ngoWithReferrals: "ong.sahel@cpise.demo",
  ngoWithoutReferral: "ong.avenir@cpise.demo",
  monitoring: "suivi@cpise.demo",
  administrator: "admin@cpise.demo",
  /** Locked by the lockout spec: sign in with it nowhere else. */
  lockoutVictim: "panel@cpise.demo",
} as const;

/** Signs in through the login form, as a user would. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

/**
 * Step 1 of /cases/new, the duplicate search, done with the child's names; then "this is a new
 * child" (with a reason when the search lists possible matches), which opens the registration form.
 */
async function passDuplicateSearch(page: Page, firstName: string, lastName: string) {
  const search = page.getByTestId("duplicate-search-form");
  await search.getByLabel("Prénom(s) *").fill(firstName);
  await search.getByLabel("Nom de famille *").fill(lastName);
  await search.getByLabel("Date de naissance connue").check();
  await search.getByLabel("Date de naissance *").fill("2011-05-20");
  await search.getByRole("button", { name: "Rechercher" }).click();
  const reason = page.getByLabel("Pourquoi s'agit-il d'un nouvel enfant ? *");
  await expect(page.getByTestId("no-match").or(reason)).toBeVisible();
  if (await reason.isVisible()) await reason.fill("Autre enfant : parents et village différents.");
  await page.getByRole("button", { name: "C'est un nouvel enfant" }).click();
  await expect(page.getByRole("heading", { name: "2. Enregistrer le nouvel enfant" })).toBeVisible();
}

/**
 * Fills the registration form with a valid child, going through the duplicate search first when
 * the page is still at that step.
 */
export async function fillValidChild(page: Page, firstName: string, lastName = "Diallo") {
  if (await page.getByTestId("duplicate-search-form").isVisible()) await passDuplicateSearch(page, firstName, lastName);
  await page.getByLabel("Prénom(s) *").fill(firstName);
  await page.getByLabel("Nom de famille *").fill(lastName);
  await page.getByLabel("Fille").check();
  await page.getByLabel("Date de naissance *").fill("2011-05-20");
  await page.getByLabel("Nationalité *").selectOption("GN");
  await page.getByLabel("Pulaar").check();
  await page.getByLabel("Non accompagné·e").check();
  await page.getByLabel("Date d'arrivée / d'identification *").fill("2026-11-01");
  await page.getByLabel("Source de référence *").selectOption("BRIGADE_DES_MINEURS");
}

export function uniqueName(prefix: string) {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += letters[Math.floor(Math.random() * letters.length)];
  return `${prefix}${suffix}`;
}

/**
 * Registers a new child through /cases/new (duplicate search, then the form), as the signed-in
 * social worker or supervisor, and returns its case number and page URL. Each spec creates its
 * own cases: specs run in parallel on one database.
 */
export async function registerChildViaUi(page: Page, firstName = uniqueName("Enfant")) {
  await page.goto("/cases/new");
  await fillValidChild(page, firstName);
  if (await page.getByLabel("Centre *").count()) await page.getByLabel("Centre *").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
  await expect(page.getByRole("status")).toContainText("Enfant enregistré");
  const caseNumber = (await page.getByTestId("case-number").textContent())!.trim();
  return { caseNumber, caseUrl: new URL(page.url()).pathname, firstName };
}

/** Fills the BIA's interview fields (needed to submit it): today, in French, without an interpreter. */
export async function fillBiaInterview(page: Page) {
  const interview = page.getByTestId("interview");
  await interview.getByLabel("Date de l'entretien *").fill(new Date().toISOString().slice(0, 10));
  await interview.getByLabel("Langue de l'entretien *").selectOption({ label: "Français" });
  await interview.getByRole("group", { name: "Avec un interprète ? *" }).getByLabel("Non").check();
}
