import { expect, test, type Browser } from "@playwright/test";
import { login, registerChildViaUi, uniqueName, USERS } from "./support";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

// Placement in a foster family: only an approved family with a free place can receive a child.
test("a social worker places a child in an approved foster family; once full it is no longer offered; a suspension asks for a review", async ({ browser }) => {
  // Two sign-ins, two registrations and the vetting steps: longer than one journey.
  test.slow();
  // The NGO registers and approves its own family (capacity 1), so no other spec shares it.
  const householdName = uniqueName("Famille Placement ");
  const ngo = await signedIn(browser, USERS.ngoWithReferrals);
  await ngo.goto("/foster-families/new");
  await ngo.getByLabel("Nom du foyer *").fill(householdName);
  await ngo.getByLabel("Localité *").fill("Nouadhibou");
  await ngo.getByLabel("Capacité (nombre d'enfants) *").fill("1");
  await ngo.getByLabel("Personne de contact *").fill("Khadija Mint Ely");
  await ngo.getByLabel("Téléphone *").fill("+222 46 00 00 02");
  await ngo.getByLabel("Hassanya").check();
  await ngo.getByRole("button", { name: "Enregistrer la famille" }).click();
  await expect(ngo.getByTestId("household-name")).toHaveText(householdName);

  const worker = await signedIn(browser, USERS.socialWorkerNdb);
  const first = await registerChildViaUi(worker);
  await worker.goto(`${first.caseUrl}/placements`);
  await worker.getByLabel("Type de placement *").selectOption({ label: "Famille d'accueil" });
  // Not approved yet: not offered.
  await expect(worker.locator("#fosterFamilyId option", { hasText: householdName })).toHaveCount(0);

  for (const status of ["Évaluée", "Agréée"]) {
    await ngo.getByRole("button", { name: "Modifier le statut d'agrément…" }).click();
    await ngo.getByLabel("Nouveau statut *").selectOption({ label: status });
    await ngo.getByRole("button", { name: "Changer le statut" }).click();
    await expect(ngo.getByTestId("vetting-status")).toHaveText(status);
  }

  await worker.reload();
  await worker.getByLabel("Type de placement *").selectOption({ label: "Famille d'accueil" });
  await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(worker.getByTestId("error-fosterFamilyId")).toHaveText("Ce champ est obligatoire.");
  const option = worker.locator("#fosterFamilyId option", { hasText: householdName });
  await expect(option).toContainText("(0/1)");
  await worker.getByLabel("Famille d'accueil *").selectOption((await option.getAttribute("value"))!);
  await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(worker.getByTestId("current-placement")).toContainText(`Famille d'accueil · ${householdName}`);
  await expect(worker.getByTestId("placement-row")).toContainText("Aminata Sy");

  // The family is now full: another child cannot be placed there.
  const second = await registerChildViaUi(worker);
  await worker.goto(`${second.caseUrl}/placements`);
  await worker.getByLabel("Type de placement *").selectOption({ label: "Famille d'accueil" });
  await expect(worker.locator("#fosterFamilyId option", { hasText: householdName })).toHaveCount(0);

  // A concern visit suspends the family: the child's placement is flagged for review; the worker
  // checks on the child and closes the review with a note (the child stays).
  await ngo.reload();
  const visit = ngo.getByRole("form", { name: "Enregistrer une visite" });
  await visit.getByLabel("Observations *").fill("Visite inopinée : la mère d'accueil est hospitalisée.");
  // The child placed there has a part of the visit to answer (not seen: a neighbour keeps them).
  const child = visit.getByTestId("visit-child");
  await child.getByLabel("Non", { exact: true }).check();
  await child.getByLabel("Scolarité *").selectOption({ label: "Va à l'école irrégulièrement" });
  await visit.getByLabel("Préoccupations").fill("Personne pour s'occuper de l'enfant cette semaine.");
  await visit.getByLabel("Cette préoccupation justifie de suspendre la famille").check();
  await visit.getByRole("button", { name: "Enregistrer la visite" }).click();
  await expect(ngo.getByTestId("vetting-status")).toHaveText("Suspendue");

  await worker.goto(`${first.caseUrl}/placements`);
  const flag = worker.getByTestId("review-flag");
  await expect(flag).toContainText("Ce placement doit être révisé");
  await flag.getByRole("button", { name: "Clore la révision (l’enfant reste)" }).click();
  await expect(worker.getByTestId("error-reviewNote")).toHaveText("Ce champ est obligatoire.");
  await worker.getByLabel("Ce qui a été vérifié et décidé *").fill("La tante d'accueil s'occupe de l'enfant ; visite MASEF dans 3 jours.");
  await flag.getByRole("button", { name: "Clore la révision (l’enfant reste)" }).click();
  await expect(worker.getByTestId("review-flag")).toHaveCount(0);
  await expect(worker.getByTestId("current-placement")).toContainText(householdName);
  await worker.goto(`${first.caseUrl}/notes`);
  await expect(worker.getByText("Révision du placement close")).toBeVisible();
});
