import { expect, test, type Browser, type Locator } from "@playwright/test";
import { login, registerChildViaUi, uniqueName, USERS } from "./support";

const SECOND_WORKER_NDB = "assistant2.ndb@cpise.demo"; // Oumar Ba

/** Workers are listed with their open caseload ("Oumar Ba — 3 dossiers ouverts"): picks by name. */
async function chooseWorker(select: Locator, name: string) {
  const label = await select.locator("option").filter({ hasText: name }).first().innerText();
  await select.selectOption({ label });
}

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test.describe("reassigning a case", () => {
  test("the supervisor reassigns a case; the new worker has it in My caseload and writes on it; the previous one only reads it", async ({
    browser,
  }) => {
    const aminata = await signedIn(browser, USERS.socialWorkerNdb);
    const { caseUrl, caseNumber, firstName } = await registerChildViaUi(aminata);

    const supervisor = await signedIn(browser, USERS.supervisorNdb);
    await supervisor.goto(`${caseUrl}/assignment`);
    await expect(supervisor.getByRole("heading", { name: "Assignation du dossier" })).toBeVisible();
    await expect(supervisor.getByTestId("assigned-worker")).toHaveText("Aminata Sy");
    await chooseWorker(supervisor.getByLabel("Nouveau·elle travailleur·se social·e *"), "Oumar Ba");
    await supervisor.getByLabel("Motif de la réassignation *").fill("Répartition de la charge de travail");
    await supervisor.getByRole("button", { name: "Réassigner" }).click();
    await expect(supervisor.getByRole("status")).toHaveText("Dossier réassigné à Oumar Ba.");
    await expect(supervisor.getByTestId("assigned-worker")).toHaveText("Oumar Ba");
    await supervisor.goto(`${caseUrl}/notes`);
    await expect(supervisor.locator('[data-event-type="case.reassigned"]')).toContainText("Dossier réassigné de Aminata Sy à Oumar Ba");
    await expect(supervisor.locator('[data-event-type="case.reassigned"]')).toContainText("Répartition de la charge de travail");

    const oumar = await signedIn(browser, SECOND_WORKER_NDB);
    await oumar.goto("/cases");
    await expect(oumar.getByRole("heading", { name: "Mes dossiers" })).toBeVisible();
    const row = oumar.getByRole("row").filter({ hasText: caseNumber });
    await expect(row).toContainText(firstName);
    await row.getByRole("link", { name: caseNumber }).click();
    await oumar.getByRole("link", { name: "Notes et suivi" }).click();
    await oumar.getByLabel("Type *").selectOption({ label: "Appel téléphonique" });
    await oumar.getByLabel("Résumé *").fill("Premier contact après la réassignation.");
    await oumar.getByRole("button", { name: "Ajouter la note" }).click();
    await expect(oumar.getByTestId("timeline-entry").first().getByTestId("note-summary")).toHaveText(
      "Premier contact après la réassignation.",
    );

    // Aminata registered the child: she still reads the case, but can no longer change it.
    await aminata.goto(`${caseUrl}/notes`);
    await expect(aminata.getByTestId("case-number")).toHaveText(caseNumber);
    await expect(aminata.getByTestId("note-summary").first()).toHaveText("Premier contact après la réassignation.");
    await expect(aminata.getByRole("button", { name: "Ajouter la note" })).toHaveCount(0);
    await aminata.goto(`${caseUrl}/assignment`);
    await expect(aminata.getByTestId("assigned-worker")).toHaveText("Oumar Ba");
    await expect(aminata.getByText("Seul·e le·la superviseur·e du centre peut réassigner ce dossier.")).toBeVisible();
    await expect(aminata.getByRole("button", { name: "Réassigner" })).toHaveCount(0);
  });

  test("a reassignment made from a page that is out of date is refused with who changed the case", async ({ browser }) => {
    const aminata = await signedIn(browser, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(aminata);
    await aminata.close();

    const first = await signedIn(browser, USERS.supervisorNdb);
    await first.goto(`${caseUrl}/assignment`);
    const second = await first.context().newPage();
    await second.goto(`${caseUrl}/assignment`);
    await chooseWorker(second.getByLabel("Nouveau·elle travailleur·se social·e *"), "Oumar Ba");
    await second.getByLabel("Motif de la réassignation *").fill("Congé");
    await second.getByRole("button", { name: "Réassigner" }).click();
    await expect(second.getByRole("status")).toHaveText("Dossier réassigné à Oumar Ba.");

    // The first tab still shows the version it read.
    await chooseWorker(first.getByLabel("Nouveau·elle travailleur·se social·e *"), "Oumar Ba");
    await first.getByLabel("Motif de la réassignation *").fill("Congé");
    await first.getByRole("button", { name: "Réassigner" }).click();
    await expect(first.getByTestId("conflict-message")).toContainText("Sidi Ould Cheikh");
    await first.reload();
    await expect(first.getByTestId("assigned-worker")).toHaveText("Oumar Ba");
    await first.goto(`${caseUrl}/notes`);
    await expect(first.locator('[data-event-type="case.reassigned"]')).toHaveCount(1);
  });

  test("the header offers Reassign to the supervisor, with each worker's open caseload, and not to the social worker; the reason is required", async ({
    browser,
  }) => {
    const aminata = await signedIn(browser, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(aminata);
    await expect(aminata.getByTestId("case-number")).toBeVisible();
    await expect(aminata.getByRole("link", { name: "Réassigner le dossier" })).toHaveCount(0);

    const supervisor = await signedIn(browser, USERS.supervisorNdb);
    await supervisor.goto(caseUrl);
    await supervisor.getByRole("link", { name: "Réassigner le dossier" }).click();
    await expect(supervisor.getByRole("heading", { name: "Assignation du dossier" })).toBeVisible();
    const options = supervisor.getByLabel("Nouveau·elle travailleur·se social·e *").locator("option");
    await expect(options.filter({ hasText: "Oumar Ba" })).toHaveText(/^\u2068Oumar Ba\u2069 — (aucun dossier ouvert|\d+ dossiers? ouverts?)$/);
    await chooseWorker(supervisor.getByLabel("Nouveau·elle travailleur·se social·e *"), "Oumar Ba");
    await supervisor.getByRole("button", { name: "Réassigner" }).click();
    await expect(supervisor.getByTestId("error-reason")).toHaveText("Ce champ est obligatoire.");
    await expect(supervisor.getByTestId("assigned-worker")).toHaveText("Aminata Sy");
  });

  test("the supervisor selects two cases in the caseload and reassigns them together with a reason", async ({ browser }) => {
    const aminata = await signedIn(browser, USERS.socialWorkerNdb);
    const tag = uniqueName("Lot");
    const one = await registerChildViaUi(aminata, `Awa ${tag}`);
    const two = await registerChildViaUi(aminata, `Moussa ${tag}`);

    const supervisor = await signedIn(browser, USERS.supervisorNdb);
    await supervisor.goto(`/cases?q=${tag}`);
    const rows = supervisor.getByRole("row").filter({ hasText: tag });
    await expect(rows).toHaveCount(2);
    await supervisor.getByRole("checkbox", { name: `Sélectionner ${one.caseNumber}` }).check();
    await supervisor.getByRole("checkbox", { name: `Sélectionner ${two.caseNumber}` }).check();
    await expect(supervisor.getByTestId("bulk-selection")).toContainText("2 dossiers sélectionnés");
    await supervisor.getByRole("button", { name: "Réassigner la sélection" }).click();

    const form = supervisor.getByTestId("bulk-reassign-form");
    const oumar = form.getByLabel("Nouveau·elle travailleur·se social·e *").locator("option").filter({ hasText: "Oumar Ba" });
    await expect(oumar).toHaveText(/^\u2068Oumar Ba\u2069 — (aucun dossier ouvert|\d+ dossiers? ouverts?)$/);
    await chooseWorker(form.getByLabel("Nouveau·elle travailleur·se social·e *"), "Oumar Ba");
    await form.getByLabel("Motif de la réassignation *").fill("Aminata Sy en formation deux semaines");
    await form.getByRole("button", { name: "Réassigner" }).click();

    await expect(supervisor.getByTestId("bulk-reassign-done")).toHaveText("2 dossiers réassignés à Oumar Ba.");
    for (const { caseNumber } of [one, two]) {
      await expect(rows.filter({ hasText: caseNumber })).toContainText("Oumar Ba");
    }
    await supervisor.goto(`${one.caseUrl}/notes`);
    await expect(supervisor.locator('[data-event-type="case.reassigned"]')).toContainText("Aminata Sy en formation deux semaines");
  });
});
