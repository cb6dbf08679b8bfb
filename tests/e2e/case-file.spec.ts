import { expect, test, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

// A 1×1 PNG.
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082", "hex");

const section = (page: Page, name: string) => page.getByTestId(`section-${name}`);

test.describe("the case file", () => {
  test("a worker completes the registration section by section, with family, consent and a photo", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(page);
    // Right after registration the overview lists every part of the file still empty, each a link.
    const toComplete = page.getByTestId("to-complete");
    await expect(toComplete.getByRole("heading", { name: "Dossier à compléter" })).toBeVisible();
    await expect(toComplete.getByRole("listitem")).toHaveText([
      "Identité (pays et lieu de naissance, langue préférée, documents)",
      "Photo",
      "Protection (profil de mobilité, préoccupations)",
      "Historique de la séparation",
      "Famille",
      "Consentement / assentiment",
      "Niveau de risque",
    ]);
    await toComplete.getByRole("link", { name: "Famille" }).click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}/registration#section-family$`));

    const protection = section(page, "protection");
    await protection.getByLabel("Profil de mobilité").selectOption("DOMESTIC_WORK");
    await protection.getByLabel("Exploitation").check();
    await protection.getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(protection.getByRole("status")).toContainText("Enregistré à");

    const family = section(page, "family");
    await family.getByRole("button", { name: "Ajouter un membre de la famille" }).click();
    await family.getByLabel("Lien de parenté").fill("Mère");
    await family.getByLabel("Nom", { exact: true }).fill("Mariama Bah");
    await family.getByLabel("Téléphone").fill("not a phone");
    await family.getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(family.getByTestId("error-members-0-phone")).toHaveText("Numéro de téléphone non valide (chiffres, espaces, + au début).");
    await family.getByLabel("Téléphone").fill("+224 620 11 22 33");
    await family.getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(family.getByRole("status")).toContainText("Enregistré à");

    const consent = section(page, "consent");
    await consent.getByLabel("Consent à la gestion de cas").check();
    await consent.getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(consent.getByText("Indiquez qui a donné le consentement.")).toBeVisible();
    await consent.getByLabel("Consentement donné par").selectOption("CHILD");
    await consent.getByLabel("ONG Sahel Enfance").check();
    await consent.getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(consent.getByRole("status")).toContainText("Enregistré à");

    const photo = page.getByTestId("section-photo");
    await photo.getByLabel("Choisir une photo").setInputFiles({ name: "enfant.png", mimeType: "image/png", buffer: PNG });
    await photo.getByRole("button", { name: "Téléverser" }).click();
    await expect(photo.getByRole("img", { name: "Photo de l'enfant" })).toBeVisible();

    // Everything is there after a reload, and on the overview.
    await page.reload();
    await expect(section(page, "family").getByLabel("Nom", { exact: true })).toHaveValue("Mariama Bah");
    await page.goto(caseUrl);
    await expect(page.getByText("Travail domestique")).toBeVisible();
    await expect(page.getByText("1 membre enregistré")).toBeVisible();
    await expect(page.getByText("ONG Sahel Enfance")).toBeVisible();
    await expect(page.getByRole("img", { name: "Photo de l'enfant" })).toBeVisible();
    await expect(page.getByTestId("to-complete").getByRole("listitem")).toHaveText([
      "Identité (pays et lieu de naissance, langue préférée, documents)",
      "Historique de la séparation",
      "Niveau de risque",
    ]);
    const photoUrl = await page.getByRole("img", { name: "Photo de l'enfant" }).getAttribute("src");

    // The photo is served only to people who may see the case.
    const outsider = await page.context().browser()!.newPage();
    await login(outsider, USERS.socialWorkerNkn);
    expect((await outsider.goto(photoUrl!))?.status()).toBe(404);
    await outsider.close();
  });

  test("leaving a section with unsaved changes asks first; once saved, it does not", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(page);
    await page.goto(`${caseUrl}/registration`);
    await section(page, "separation").getByLabel("Lieu de la séparation").fill("Gao");

    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Notes et suivi" }).click();
    await expect.poll(() => asked).toEqual(["Des modifications ne sont pas enregistrées. Quitter cette page sans les enregistrer ?"]);
    // Staying keeps what was typed.
    await expect(page).toHaveURL(new RegExp(`${caseUrl}/registration$`));
    await expect(section(page, "separation").getByLabel("Lieu de la séparation")).toHaveValue("Gao");

    await section(page, "separation").getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(section(page, "separation").getByRole("status")).toContainText("Enregistré à");
    page.on("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Notes et suivi" }).click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}/notes$`));
    expect(asked).toHaveLength(1);
  });

  test("what was typed survives a reload before saving", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(page);
    await page.goto(`${caseUrl}/registration`);
    await section(page, "separation").getByLabel("Lieu de la séparation").fill("Gare routière de Rosso");
    await page.waitForTimeout(300);
    await page.reload();
    await expect(section(page, "separation").getByText("Des modifications non enregistrées ont été restaurées.")).toBeVisible();
    await expect(section(page, "separation").getByLabel("Lieu de la séparation")).toHaveValue("Gare routière de Rosso");
  });

  test("two people editing the same case: the second save is refused, nothing is overwritten", async ({ browser }) => {
    const worker = await browser.newPage();
    await login(worker, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(worker);
    const supervisor = await browser.newPage();
    await login(supervisor, USERS.supervisorNdb);

    await worker.goto(`${caseUrl}/registration`);
    await supervisor.goto(`${caseUrl}/registration`);

    await section(worker, "separation").getByLabel("Lieu de la séparation").fill("Nouadhibou, port");
    await section(worker, "separation").getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(section(worker, "separation").getByRole("status")).toContainText("Enregistré à");

    await section(supervisor, "separation").getByLabel("Lieu de la séparation").fill("Rosso");
    await section(supervisor, "separation").getByRole("button", { name: "Enregistrer cette section" }).click();
    await expect(section(supervisor, "separation").getByTestId("conflict-message")).toContainText("Ce dossier a été modifié par Aminata Sy à");
    await expect(section(supervisor, "separation").getByLabel("Lieu de la séparation")).toHaveValue("Rosso");

    await supervisor.goto(`${caseUrl}/registration`);
    await section(supervisor, "separation").getByRole("button", { name: "Les abandonner" }).click();
    await expect(section(supervisor, "separation").getByLabel("Lieu de la séparation")).toHaveValue("Nouadhibou, port");
  });

  test("setting the risk level needs a reason and sets the due dates", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(page);
    await page.goto(caseUrl);
    const form = page.getByTestId("risk-form");
    await form.getByLabel("Niveau de risque").selectOption("HIGH");
    await form.getByRole("button", { name: "Enregistrer le niveau de risque" }).click();
    await expect(page.getByTestId("error-riskReason")).toHaveText("Ce champ est obligatoire.");
    await form.getByLabel("Motif (obligatoire)").fill("Exploitation par un employeur, menaces.");
    await form.getByRole("button", { name: "Enregistrer le niveau de risque" }).click();
    await expect(page.getByTestId("risk-reason")).toHaveText("Exploitation par un employeur, menaces.");
    await expect(page.getByTestId("due-dates")).toContainText("Première action");
    await expect(page.getByTestId("due-dates")).toContainText("dans 1 jour");
  });

  test("the national supervisor reads the registration without any way to change it", async ({ page }) => {
    await login(page, USERS.national);
    await page.goto("/cases");
    await page.locator("tbody a").first().click();
    await page.getByRole("link", { name: "Enregistrement" }).click();
    await expect(page.getByText("Lecture seule : vous ne pouvez pas modifier ce dossier.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Enregistrer cette section" })).toHaveCount(0);
  });
});

test("the administrator edits the case timelines; invalid values are refused", async ({ page }) => {
  await login(page, USERS.administrator);
  await page.getByRole("link", { name: "Paramètres", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Délais de gestion des cas" })).toBeVisible();
  const cell = page.getByLabel("Suivi (jours entre deux visites) — Élevé");
  await expect(cell).toHaveValue("7");
  await cell.fill("0");
  await page.getByRole("button", { name: "Enregistrer les délais" }).click();
  await expect(page.getByTestId("error-followUpDays-HIGH")).toHaveText("La valeur doit être au moins 1.");
  // Saved unchanged, so the other specs keep the default timelines.
  await cell.fill("7");
  await page.getByRole("button", { name: "Enregistrer les délais" }).click();
  await expect(page.getByRole("status")).toContainText("Délais enregistrés");
});
