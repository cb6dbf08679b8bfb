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
} as const;

/** Signs in through the login form, as a user would. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

/** Fills the registration form with a valid child; returns the name used. */
export async function fillValidChild(page: Page, firstName: string, lastName = "Diallo") {
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
 * Registers a new child through the form, as the signed-in social worker or supervisor, and
 * returns its case number and page URL. Each spec creates its own cases: specs run in parallel
 * on one database.
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
