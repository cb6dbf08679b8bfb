// The administrator's centres and organisations. Uses CPISE Nouakchott Sud (NKS), where no other
// spec admits, registers or transfers a child: its capacity changes by one and it is deactivated
// only for the time of one test (reactivated at its end).
import { expect, test, type Browser } from "@playwright/test";
import { login, USERS } from "./support";

const SUPERVISOR_NKC = "superviseure.nkc@cpise.demo";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

async function openCentre(browser: Browser, code: string) {
  const admin = await signedIn(browser, USERS.administrator);
  await admin.goto("/admin/centres");
  await admin.getByTestId(`centre-row-${code}`).getByRole("link", { name: /^Modifier/ }).click();
  await expect(admin.getByTestId("centre-code")).toHaveText(code);
  return admin;
}

test("a capacity change needs a reason, and the supervisor sees it in the occupancy board's history", async ({ browser }) => {
  const admin = await openCentre(browser, "NKS");
  await expect(admin.getByLabel("Wilaya")).toHaveValue("Nouakchott-Sud");
  await admin.getByLabel("Capacité (lits)").fill("36");
  await admin.getByRole("button", { name: "Enregistrer" }).click();
  await expect(admin.getByTestId("error-capacityReason")).toHaveText("Indiquez le motif du changement de capacité.");
  await admin.getByLabel("Motif du changement de capacité").fill("Une chambre rouverte après travaux.");
  await admin.getByRole("button", { name: "Enregistrer" }).click();
  await expect(admin.getByTestId("form-saved")).toHaveText("Centre enregistré.");
  await admin.goto("/admin/centres");
  await expect(admin.getByTestId("centre-row-NKS").getByTestId("centre-capacity")).toHaveText("36");

  const supervisor = await signedIn(browser, SUPERVISOR_NKC);
  await supervisor.goto("/placements");
  const change = supervisor.getByTestId("capacity-history").getByTestId("capacity-change").filter({ hasText: "Une chambre rouverte après travaux." });
  await expect(change).toContainText("NKS");
  await expect(change).toContainText("35 → 36");
  await expect(change).toContainText("Ahmed Salem Ould Mohamed");
});

test("a capacity below the children present is allowed with a warning", async ({ browser }) => {
  const admin = await openCentre(browser, "NKN");
  // NKN holds nine or more children (the seed's nine, plus the capacity spec's admissions).
  await admin.getByLabel("Capacité (lits)").fill("2");
  await expect(admin.getByTestId("over-capacity-warning")).toContainText("au-delà de sa capacité");
  await admin.getByLabel("Capacité (lits)").fill("10");
  await expect(admin.getByTestId("over-capacity-warning")).toHaveCount(0);
});

test("an organisation with a code in use is refused beside the field; with a free code it is listed", async ({ browser }) => {
  const admin = await signedIn(browser, USERS.administrator);
  await admin.goto("/admin/organisations");
  await admin.getByRole("link", { name: "Ajouter une organisation" }).click();
  await admin.getByLabel("Code").fill("ngo-sahel");
  await admin.getByLabel("Type").selectOption({ label: "ONG" });
  await admin.getByLabel("Nom", { exact: true }).fill("ONG Espoir des Enfants");
  await admin.getByLabel("Nom en arabe").fill("منظمة أمل الأطفال");
  await admin.getByLabel("Pays").selectOption({ label: "Sénégal" });
  await admin.getByRole("button", { name: "Créer l'organisation" }).click();
  await expect(admin.getByTestId("error-code")).toHaveText("Ce code est déjà celui d'une autre organisation.");
  await expect(admin).toHaveURL(/\/admin\/organisations\/new$/);

  await admin.getByLabel("Code").fill("NGO-ESPOIR");
  await admin.getByRole("button", { name: "Créer l'organisation" }).click();
  await expect(admin).toHaveURL(/\/admin\/organisations$/);
  const row = admin.getByTestId("organisation-row-NGO-ESPOIR");
  await expect(row).toContainText("ONG Espoir des Enfants");
  await expect(row).toContainText("منظمة أمل الأطفال");
  await expect(row).toContainText("Sénégal");
});

test("a deactivated centre is not offered for a registration; active again, it is", async ({ browser }) => {
  const admin = await openCentre(browser, "NKS");
  await admin.getByLabel("Centre actif").uncheck();
  await admin.getByRole("button", { name: "Enregistrer" }).click();
  await expect(admin.getByTestId("form-saved")).toBeVisible();
  await admin.goto("/admin/centres");
  await expect(admin.getByTestId("centre-row-NKS").getByTestId("centre-status")).toHaveText("Désactivé");

  try {
    const supervisor = await signedIn(browser, SUPERVISOR_NKC);
    await supervisor.goto("/cases/new");
    const search = supervisor.getByTestId("duplicate-search-form");
    await search.getByLabel("Prénom(s) *").fill("Awa");
    await search.getByLabel("Nom de famille *").fill("Centredesactive");
    await search.getByLabel("Date de naissance connue").check();
    await search.getByLabel("Date de naissance *").fill("2012-02-02");
    await search.getByRole("button", { name: "Rechercher" }).click();
    const reason = supervisor.getByLabel("Pourquoi s'agit-il d'un nouvel enfant ? *");
    await expect(supervisor.getByTestId("no-match").or(reason)).toBeVisible();
    if (await reason.isVisible()) await reason.fill("Autre enfant.");
    await supervisor.getByRole("button", { name: "C'est un nouvel enfant" }).click();
    const centres = supervisor.getByLabel("Centre *").locator("option");
    await expect(centres.filter({ hasText: "CPISE Nouakchott Nord" })).toHaveCount(1);
    await expect(centres.filter({ hasText: "CPISE Nouakchott Ouest" })).toHaveCount(1);
    await expect(centres.filter({ hasText: "CPISE Nouakchott Sud" })).toHaveCount(0);
  } finally {
    const again = await openCentre(browser, "NKS");
    await again.getByLabel("Centre actif").check();
    await again.getByRole("button", { name: "Enregistrer" }).click();
    await expect(again.getByTestId("form-saved")).toBeVisible();
  }
});
