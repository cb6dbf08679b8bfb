import { expect, test, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

/** A deadline `days` from today: case plan deadlines lie within the coming year. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Assessment, case plan and closure: the worker writes the BIA, the case plan and the closure request; the NDB
// supervisor finds each in /approvals and decides; the case status follows; a closed case is
// read-only until the supervisor reopens it with a reason.

const caseHeader = (page: Page) => page.locator("article > header");

/** The supervisor opens the pending item of this case from the approvals inbox. */
async function openFromInbox(page: Page, caseNumber: string, kind: string) {
  await page.goto("/approvals");
  await expect(page.getByRole("heading", { name: "Approbations en attente" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: caseNumber }).filter({ hasText: kind });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: /Examiner/ }).click();
  await expect(page.getByTestId("decision-box")).toBeVisible();
}

test("the BIA is rejected then approved, the plan approved, the case closed and reopened", async ({ browser }) => {
  test.setTimeout(240_000);
  const worker = await browser.newPage();
  await login(worker, USERS.socialWorkerNdb);
  const { caseNumber, caseUrl, firstName } = await registerChildViaUi(worker);

  // The worker starts the assessment: the first save moves the case into "Évaluation".
  await worker.goto(`${caseUrl}/assessment`);
  await expect(worker.getByText("Aucune évaluation n'a encore été rédigée.")).toBeVisible();
  const childViews = worker.getByLabel("Opinions et souhaits de l'enfant, dans ses propres mots *");
  await childViews.fill("Je veux retourner chez ma mère à Conakry.");
  await worker.getByLabel("Risques — Sécurité").fill("A dormi dans la rue deux semaines.");
  await worker.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(worker.getByRole("status").filter({ hasText: "Brouillon enregistré" })).toBeVisible();
  await expect(caseHeader(worker)).toContainText("Évaluation");

  // Submitting needs the recommendation and the BID decision; the messages are translated.
  await worker.getByRole("button", { name: "Soumettre pour approbation" }).click();
  await expect(worker.getByTestId("error-recommendation")).toHaveText("Ce champ est obligatoire.");
  await expect(worker.getByTestId("error-bidRequired")).toHaveText("Ce champ est obligatoire.");
  await expect(worker.getByTestId("error-interviewDate")).toHaveText("Ce champ est obligatoire.");
  await expect(worker.getByTestId("error-interviewLanguage")).toHaveText("Ce champ est obligatoire.");
  await expect(worker.getByTestId("error-interpreterUsed")).toHaveText("Ce champ est obligatoire.");
  await expect(childViews).toHaveValue("Je veux retourner chez ma mère à Conakry.");
  // The interview is recorded in its own fields, not inside the child's words.
  const interview = worker.getByTestId("interview");
  await interview.getByLabel("Date de l'entretien *").fill(new Date().toISOString().slice(0, 10));
  await interview.getByLabel("Langue de l'entretien *").selectOption({ label: "Bambara" });
  await interview.getByRole("group", { name: "Avec un interprète ? *" }).getByLabel("Oui").check();
  await interview.getByLabel("Nom de l'interprète").fill("Moussa Traoré");
  await worker.getByLabel("Recommandation *").fill("Réunification familiale après évaluation de la famille.");
  await worker.getByRole("group", { name: /DIS\) est-elle nécessaire/ }).getByLabel("Non").check();
  await worker.getByRole("button", { name: "Soumettre pour approbation" }).click();
  await expect(worker.getByText("Soumis pour approbation : en attente de la décision du superviseur.")).toBeVisible();
  await expect(worker.getByTestId("assessment-form")).toHaveCount(0);
  await expect(worker.getByTestId("interview-view")).toContainText("Bambara");
  await expect(worker.getByTestId("interview-view")).toContainText("Oui — Moussa Traoré");

  // The supervisor finds it in the inbox and rejects it with a reason.
  const supervisor = await browser.newPage();
  await login(supervisor, USERS.supervisorNdb);
  await supervisor.goto("/approvals");
  const inboxRow = supervisor.getByRole("row").filter({ hasText: caseNumber });
  await expect(inboxRow).toContainText("Évaluation (BIA)");
  await expect(inboxRow).toContainText(firstName);
  await expect(inboxRow).toContainText("Aminata Sy");
  await openFromInbox(supervisor, caseNumber, "Évaluation (BIA)");
  await supervisor.getByRole("button", { name: "Rejeter" }).click();
  await expect(supervisor.getByTestId("error-rejectionReason")).toHaveText("Ce champ est obligatoire.");
  await supervisor.getByLabel("Motif du rejet").fill("Les vues de la famille manquent.");
  await supervisor.getByRole("button", { name: "Rejeter" }).click();
  await expect(supervisor.getByTestId("rejection-reason")).toContainText("Les vues de la famille manquent.");
  await expect(supervisor.getByTestId("decision-box")).toHaveCount(0);
  await expect(supervisor.getByTestId("approval-outcome")).toContainText("Décision enregistrée : renvoyé à l'auteur·e avec votre motif.");

  // The worker sees the reason, completes the assessment and resubmits.
  await worker.reload();
  await expect(worker.getByTestId("rejection-reason")).toContainText("Les vues de la famille manquent.");
  await expect(childViews).toHaveValue("Je veux retourner chez ma mère à Conakry.");
  await worker.getByLabel("Opinions de la famille ou des personnes qui s'occupent de l'enfant").fill("La mère, jointe par téléphone, souhaite son retour.");
  await worker.getByRole("button", { name: "Soumettre pour approbation" }).click();
  await expect(worker.getByText("Soumis pour approbation : en attente de la décision du superviseur.")).toBeVisible();
  await worker.getByTestId("history").locator("summary").click();
  await expect(worker.getByTestId("history")).toContainText("Les vues de la famille manquent.");

  await openFromInbox(supervisor, caseNumber, "Évaluation (BIA)");
  await supervisor.getByRole("button", { name: "Approuver" }).click();
  await expect(caseHeader(supervisor)).toContainText("Plan de cas");
  await expect(supervisor.getByTestId("approval-outcome")).toContainText("Décision enregistrée : approuvé.");
  await expect(supervisor.getByRole("link", { name: "Retour aux approbations en attente" })).toHaveAttribute("href", "/approvals");

  // The worker writes a plan with two goals and submits it.
  await worker.goto(`${caseUrl}/plan`);
  await worker.getByLabel("Objectif *").fill("Rétablir le contact avec la mère");
  await worker.getByLabel("Intervention *").fill("Appels hebdomadaires accompagnés");
  await worker.getByLabel("Organisation responsable *").selectOption({ label: "OIM Mauritanie" });
  await worker.getByLabel("Échéance *").fill(inDays(45));
  await worker.getByRole("button", { name: "Ajouter un objectif" }).click();
  const second = worker.getByTestId("goal-1");
  await second.getByLabel("Objectif *").fill("Reprendre l'école");
  await second.getByLabel("Intervention *").fill("Inscription à l'école du quartier");
  await second.getByLabel("Organisation responsable *").selectOption({ label: "Autre (préciser)" });
  await second.getByLabel("Organisation ou personne responsable *").fill("Directeur de l'école de Nouadhibou");
  await second.getByLabel("Échéance *").fill(inDays(90));
  await worker.getByRole("button", { name: "Soumettre pour approbation" }).click();
  await expect(worker.getByText("Soumis pour approbation : en attente de la décision du superviseur.")).toBeVisible();
  await expect(worker.getByTestId("case-plan-view")).toContainText("Directeur de l'école de Nouadhibou");

  await openFromInbox(supervisor, caseNumber, "Plan de cas");
  await expect(supervisor.getByTestId("case-plan-view")).toContainText("OIM Mauritanie");
  await supervisor.getByRole("button", { name: "Approuver" }).click();
  await expect(caseHeader(supervisor)).toContainText("Mise en œuvre");

  // The worker asks for closure; the supervisor approves: the case is closed and read-only.
  await worker.goto(`${caseUrl}/closure`);
  await worker.getByLabel("Motif de clôture *").selectOption({ label: "Réunifié·e avec sa famille" });
  await worker.getByLabel("Résumé de la situation à la clôture *").fill("L'enfant a rejoint sa mère à Conakry avec l'OIM.");
  await worker.getByRole("button", { name: "Demander la clôture" }).click();
  await expect(worker.getByText("Soumis pour approbation : en attente de la décision du superviseur.")).toBeVisible();

  await openFromInbox(supervisor, caseNumber, "Clôture");
  await supervisor.getByRole("button", { name: "Approuver" }).click();
  await expect(supervisor.getByTestId("closed-banner")).toBeVisible();
  await expect(caseHeader(supervisor)).toContainText("Clôturé");
  await supervisor.goto("/approvals");
  await expect(supervisor.getByRole("row").filter({ hasText: caseNumber })).toHaveCount(0);

  for (const tab of ["assessment", "plan", "closure"]) {
    await worker.goto(`${caseUrl}/${tab}`);
    await expect(worker.getByTestId("closed-banner")).toBeVisible();
    await expect(worker.getByRole("button", { name: /Enregistrer|Soumettre|Demander|Rouvrir|Approuver/ })).toHaveCount(0);
  }

  // The supervisor reopens with a reason: back to follow-up, since a plan was approved.
  await supervisor.goto(`${caseUrl}/closure`);
  await supervisor.getByRole("button", { name: "Rouvrir le dossier" }).click();
  await expect(supervisor.getByTestId("error-reopenReason")).toHaveText("Ce champ est obligatoire.");
  await supervisor.getByLabel("Motif de la réouverture *").fill("La mère signale que l'enfant est reparti vers Nouadhibou.");
  await supervisor.getByRole("button", { name: "Rouvrir le dossier" }).click();
  await expect(supervisor.getByTestId("reopenings")).toContainText("La mère signale que l'enfant est reparti vers Nouadhibou.");
  await expect(supervisor.getByTestId("closed-banner")).toHaveCount(0);
  await expect(caseHeader(supervisor)).toContainText("Suivi");
});

test("a stale save is refused with who changed the case and when, and what was typed stays", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await login(first, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(first);
  await first.goto(`${caseUrl}/assessment`);
  const second = await context.newPage();
  await second.goto(`${caseUrl}/assessment`);

  const label = "Opinions et souhaits de l'enfant, dans ses propres mots *";
  await first.getByLabel(label).fill("Version du premier onglet");
  await first.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Brouillon enregistré" })).toBeVisible();

  await second.getByLabel(label).fill("Version du second onglet");
  await second.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(second.getByTestId("conflict-message")).toContainText(/Ce dossier a été modifié par Aminata Sy à \d{2}:\d{2} — rechargez la page/);
  await expect(second.getByLabel(label)).toHaveValue("Version du second onglet");

  await second.reload();
  await expect(second.getByLabel(label)).toHaveValue("Version du premier onglet");
  await context.close();
});
