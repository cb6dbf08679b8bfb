// What a user sees after a consequential action: placements admitted and ended, approvals decided.
// The approvals part counts in CPISE Nouakchott Nord, where no other spec submits anything.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

const SUPERVISOR_NKC = "superviseure.nkc@cpise.demo";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

/** The number on the navigation's approvals link (no badge: nothing waits). */
async function navCount(page: Page): Promise<number> {
  const badge = page.getByRole("navigation").getByTestId("approvals-nav-count");
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.locator("[aria-hidden]").textContent())!.trim());
}

test("admitting and ending a placement say so; the end is asked for and confirmed; a reunification proposes the next step", async ({ browser }) => {
  const worker = await signedIn(browser, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(worker);

  // The centre has free beds: even the supervisor, who may exceed capacity, is not asked for a reason.
  const supervisor = await signedIn(browser, USERS.supervisorNdb);
  await supervisor.goto(`${caseUrl}/placements`);
  await supervisor.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
  await expect(supervisor.getByTestId("centre-occupancy")).toBeVisible();
  await expect(supervisor.getByTestId("centre-full")).toHaveCount(0);
  await expect(supervisor.getByLabel("Motif du dépassement de capacité")).toHaveCount(0);

  await worker.goto(`${caseUrl}/placements`);
  await worker.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
  await worker.getByLabel("Date de début *").fill("2026-11-02");
  await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(worker.getByTestId("placement-outcome")).toHaveText("Placement enregistré.");
  await expect(worker.getByTestId("current-placement")).toContainText("CPISE Nouadhibou");

  // The discharge form is closed until asked for, and can be put away again.
  await expect(worker.getByTestId("discharge-form")).toHaveCount(0);
  await expect(worker.getByLabel("Motif de fin *")).toHaveCount(0);
  await worker.getByRole("button", { name: "Terminer ce placement…" }).click();
  await worker.getByRole("button", { name: "Annuler" }).click();
  await expect(worker.getByLabel("Motif de fin *")).toHaveCount(0);
  await worker.getByRole("button", { name: "Terminer ce placement…" }).click();

  // A valid form asks for confirmation first; nothing is written until confirmed.
  await worker.getByLabel("Date de fin *").fill("2026-11-25");
  await worker.getByLabel("Motif de fin *").selectOption({ label: "Réunifié·e avec sa famille" });
  await worker.getByRole("button", { name: "Terminer le placement" }).click();
  const confirm = worker.getByTestId("discharge-confirm");
  await expect(confirm).toContainText("Le placement se terminera le 25 nov. 2026, motif : Réunifié·e avec sa famille.");
  await worker.getByRole("button", { name: "Revenir au formulaire" }).click();
  await expect(worker.getByLabel("Motif de fin *")).toHaveValue("REUNIFIED");
  await worker.reload();
  await expect(worker.getByTestId("current-placement")).toBeVisible();
  await expect(worker.getByTestId("placement-row")).toContainText("En cours");

  await worker.getByRole("button", { name: "Terminer ce placement…" }).click();
  await worker.getByLabel("Date de fin *").fill("2026-11-25");
  await worker.getByLabel("Motif de fin *").selectOption({ label: "Réunifié·e avec sa famille" });
  await worker.getByRole("button", { name: "Terminer le placement" }).click();
  await worker.getByRole("button", { name: "Confirmer la fin du placement" }).click();
  await expect(worker.getByTestId("placement-outcome")).toHaveText("Placement terminé.");
  await expect(worker.getByTestId("no-current-placement")).toBeVisible();
  const next = worker.getByTestId("next-step");
  await expect(next).toContainText("Étape suivante : l'enfant a rejoint sa famille");
  await expect(next.getByRole("link", { name: "Demander la clôture du dossier" })).toHaveAttribute("href", `${caseUrl}/closure`);
  await next.getByRole("link", { name: "Enregistrer une note de suivi" }).click();
  await expect(worker).toHaveURL(`${caseUrl}/notes`);
  await expect(worker.getByRole("heading", { name: "Ajouter une note ou une visite" })).toBeVisible();
});

test("approving shows the outcome and the way back to the approvals, whose count in the navigation drops", async ({ browser }) => {
  const supervisor = await signedIn(browser, SUPERVISOR_NKC);
  const before = await navCount(supervisor);

  const worker = await signedIn(browser, USERS.socialWorkerNkn);
  // A social worker approves nothing: no approvals link, no count.
  await expect(worker.getByRole("navigation").getByRole("link", { name: /Approbations/ })).toHaveCount(0);
  const { caseUrl, caseNumber } = await registerChildViaUi(worker);
  await worker.goto(`${caseUrl}/closure`);
  await worker.getByLabel("Motif de clôture *").selectOption({ label: "Réunifié·e avec sa famille" });
  await worker.getByLabel("Résumé de la situation à la clôture *").fill("L'enfant a rejoint sa mère.");
  await worker.getByRole("button", { name: "Demander la clôture" }).click();
  await expect(worker.getByText("Soumis pour approbation : en attente de la décision du superviseur.")).toBeVisible();

  await supervisor.goto("/approvals");
  expect(await navCount(supervisor)).toBe(before + 1);
  await expect(supervisor.getByTestId("approvals-count")).toContainText(String(before + 1));
  await supervisor.getByRole("row").filter({ hasText: caseNumber }).getByRole("link").click();
  await supervisor.getByRole("button", { name: "Approuver" }).click();
  const outcome = supervisor.getByTestId("approval-outcome");
  await expect(outcome).toContainText("Décision enregistrée : approuvé.");
  await expect(supervisor.getByTestId("closed-banner")).toBeVisible();
  await expect.poll(() => navCount(supervisor)).toBe(before);
  await outcome.getByRole("link", { name: "Retour aux approbations en attente" }).click();
  await expect(supervisor).toHaveURL(/\/approvals$/);
  await expect(supervisor.getByRole("row").filter({ hasText: caseNumber })).toHaveCount(0);
});
