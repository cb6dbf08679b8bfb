import { expect, test, type Browser } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

const SECOND_WORKER_NDB = "assistant2.ndb@cpise.demo"; // Oumar Ba

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
    await supervisor.getByLabel("Nouveau·elle travailleur·se social·e *").selectOption({ label: "Oumar Ba" });
    await supervisor.getByRole("button", { name: "Réassigner" }).click();
    await expect(supervisor.getByRole("status")).toHaveText("Dossier réassigné à Oumar Ba.");
    await expect(supervisor.getByTestId("assigned-worker")).toHaveText("Oumar Ba");
    await supervisor.goto(`${caseUrl}/notes`);
    await expect(supervisor.locator('[data-event-type="case.reassigned"]')).toContainText("Dossier réassigné de Aminata Sy à Oumar Ba");

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
    await second.getByLabel("Nouveau·elle travailleur·se social·e *").selectOption({ label: "Oumar Ba" });
    await second.getByRole("button", { name: "Réassigner" }).click();
    await expect(second.getByRole("status")).toHaveText("Dossier réassigné à Oumar Ba.");

    // The first tab still shows the version it read.
    await first.getByLabel("Nouveau·elle travailleur·se social·e *").selectOption({ label: "Oumar Ba" });
    await first.getByRole("button", { name: "Réassigner" }).click();
    await expect(first.getByTestId("conflict-message")).toContainText("Sidi Ould Cheikh");
    await first.reload();
    await expect(first.getByTestId("assigned-worker")).toHaveText("Oumar Ba");
    await first.goto(`${caseUrl}/notes`);
    await expect(first.locator('[data-event-type="case.reassigned"]')).toHaveCount(1);
  });
});
