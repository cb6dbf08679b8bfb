import { expect, test, type Browser, type Page } from "@playwright/test";
import { USERS, fillBiaInterview, login, registerChildViaUi, uniqueName } from "./support";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The supervisor approves the pending item of this case from the approvals inbox. */
async function approveFromInbox(supervisor: Page, caseNumber: string, kind: string) {
  await supervisor.goto("/approvals");
  const row = supervisor.getByRole("row").filter({ hasText: caseNumber }).filter({ hasText: kind });
  await row.getByRole("link", { name: /Examiner/ }).click();
  await supervisor.getByRole("button", { name: "Approuver" }).click();
  await expect(supervisor.getByTestId("decision-box")).toHaveCount(0);
}

// A foster family's monitoring visit reaches the child's case: the NGO records it once, with the
// child's part, and the caseworker sees it on the case timeline with the follow-up no longer overdue.
test("the NGO records a visit with the child's part; the case shows it on its timeline and its follow-up is no longer overdue", async ({ browser }) => {
  // An approved case plan (BIA and plan, each approved), a placement and a visit: a long journey.
  test.setTimeout(300_000);
  const householdName = uniqueName("Famille Suivi ");
  const ngo = await signedIn(browser, USERS.ngoWithReferrals);
  await ngo.goto("/foster-families/new");
  await ngo.getByLabel("Nom du foyer *").fill(householdName);
  await ngo.getByLabel("Localité *").fill("Nouadhibou");
  await ngo.getByLabel("Capacité (nombre d'enfants) *").fill("1");
  await ngo.getByLabel("Personne de contact *").fill("Fatimetou Mint Sidi");
  await ngo.getByLabel("Téléphone *").fill("+222 46 00 00 03");
  await ngo.getByLabel("Hassanya").check();
  await ngo.getByRole("button", { name: "Enregistrer la famille" }).click();
  await expect(ngo.getByTestId("household-name")).toHaveText(householdName);

  // The page opens on recording a visit; the status form is closed until asked for.
  await expect(ngo.locator("main h2").first()).toHaveText("Enregistrer une visite");
  await expect(ngo.getByLabel("Nouveau statut *")).toHaveCount(0);
  for (const status of ["Évaluée", "Agréée"]) {
    await ngo.getByRole("button", { name: "Modifier le statut d'agrément…" }).click();
    await ngo.getByLabel("Nouveau statut *").selectOption({ label: status });
    await ngo.getByRole("button", { name: "Changer le statut" }).click();
    await expect(ngo.getByTestId("vetting-status")).toHaveText(status);
  }
  // Approved: suspending is the only move left, and it is not chosen for the user.
  await ngo.getByRole("button", { name: "Modifier le statut d'agrément…" }).click();
  await expect(ngo.getByLabel("Nouveau statut *")).toHaveValue("");
  await ngo.getByRole("button", { name: "Annuler" }).click();
  await expect(ngo.getByLabel("Nouveau statut *")).toHaveCount(0);

  // The caseworker's child, with an approved assessment and case plan.
  const worker = await signedIn(browser, USERS.socialWorkerNdb);
  const supervisor = await signedIn(browser, USERS.supervisorNdb);
  const { caseNumber, caseUrl } = await registerChildViaUi(worker);
  await worker.goto(`${caseUrl}/assessment`);
  await fillBiaInterview(worker);
  await worker.getByLabel("Opinions et souhaits de l'enfant, dans ses propres mots *").fill("Je veux aller à l'école.");
  await worker.getByLabel("Recommandation *").fill("Placement en famille d'accueil.");
  await worker.getByRole("group", { name: /DIS\) est-elle nécessaire/ }).getByLabel("Non").check();
  await worker.getByRole("button", { name: "Soumettre pour approbation" }).click();
  await expect(worker.getByText("Soumis pour approbation : en attente de la décision du superviseur.")).toBeVisible();
  await approveFromInbox(supervisor, caseNumber, "Évaluation (BIA)");
  await worker.goto(`${caseUrl}/plan`);
  await worker.getByLabel("Objectif *").fill("Vivre dans une famille d'accueil");
  await worker.getByLabel("Intervention *").fill("Placement et visites de suivi");
  await worker.getByLabel("Organisation responsable *").selectOption({ label: "OIM Mauritanie" });
  await worker.getByLabel("Échéance *").fill(isoDaysFromToday(60));
  await worker.getByRole("button", { name: "Soumettre pour approbation" }).click();
  await expect(worker.getByText("Soumis pour approbation : en attente de la décision du superviseur.")).toBeVisible();
  await approveFromInbox(supervisor, caseNumber, "Plan de cas");

  // A follow-up visit ten days ago planned the next one five days ago: the follow-up is overdue.
  await worker.goto(`${caseUrl}/notes`);
  await worker.getByLabel("Type *").selectOption({ label: "Visite de suivi" });
  await worker.getByLabel("Date *", { exact: true }).fill(isoDaysFromToday(-10));
  await worker.getByLabel("Date de la prochaine visite (facultatif)").fill(isoDaysFromToday(-5));
  await worker.getByLabel("Résumé *").fill("Visite au centre avant le placement.");
  await worker.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(worker.getByTestId("follow-up-due")).toContainText("En retard");

  // The caseworker places the child in the family.
  await worker.goto(`${caseUrl}/placements`);
  await worker.getByLabel("Type de placement *").selectOption({ label: "Famille d'accueil" });
  const option = worker.locator("#fosterFamilyId option", { hasText: householdName });
  await worker.getByLabel("Famille d'accueil *").selectOption((await option.getAttribute("value"))!);
  await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(worker.getByTestId("current-placement")).toContainText(householdName);

  // The NGO records the visit: the child's part must be answered.
  await ngo.reload();
  const visit = ngo.getByRole("form", { name: "Enregistrer une visite" });
  const child = visit.getByTestId("visit-child");
  await expect(child).toHaveCount(1);
  await visit.getByLabel("Observations *").fill("Foyer calme ; l'enfant a sa chambre.");
  await visit.getByRole("button", { name: "Enregistrer la visite" }).click();
  await expect(child.getByTestId("error-children-0-seen")).toHaveText("Ce champ est obligatoire.");
  await expect(child.getByTestId("error-children-0-school")).toHaveText("Ce champ est obligatoire.");
  await child.getByLabel("Oui").check();
  await child.getByLabel("Vu seul, hors de la présence de la famille d'accueil").check();
  await child.getByLabel("Bien-être *").selectOption({ label: "Bon" });
  await child.getByLabel("Scolarité *").selectOption({ label: "Va à l'école régulièrement" });
  await child.getByLabel("Ce que dit l'enfant").fill("Je me sens bien ici.");
  await visit.getByRole("button", { name: "Enregistrer la visite" }).click();
  await expect(visit.getByText("Visite enregistrée.")).toBeVisible();
  await expect(ngo.getByTestId("foster-visit").first().getByTestId("visit-child-entry")).toContainText("Vu seul");

  // The caseworker sees it on the case: on the timeline, and the follow-up is no longer overdue.
  await worker.goto(`${caseUrl}/notes`);
  const entry = worker.locator('[data-event-type="fosterFamily.visitRecorded"]');
  await expect(entry).toContainText("Visite de la famille d'accueil");
  await expect(entry).toContainText(householdName);
  await expect(entry).toContainText("Enfant vu seul");
  await expect(entry).toContainText("Bien-être : Bon");
  await expect(entry).toContainText("Je me sens bien ici.");
  await expect(worker.getByTestId("follow-up-due")).not.toContainText("En retard");
  await worker.goto(caseUrl);
  await expect(worker.getByTestId("due-dates")).not.toContainText("En retard");
});
