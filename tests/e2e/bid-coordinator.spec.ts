import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./support";

const COORDINATOR = "bid@cpise.demo";
// prisma/seed-bid.ts: a panel account left off the roster, for this spec only.
const NEW_MEMBER = "panel.avenir@cpise.demo";
// Invited to this spec's session (a signed member; other specs only read what concerns them).
const INVITED_MEMBER = "panel.oim@cpise.demo";
// prisma/seed-bid.ts: the ready referral free for e2e, and the seeded one that is not ready.
const READY_CASE = "NDB-2025-0007";
const UNREADY_CASE = "NKS-2025-0003";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

/** "YYYY-MM-DDTHH:MM" in `days` days (UTC = Africa/Nouakchott). */
function inDays(days: number, time: string) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10) + `T${time}`;
}

test("roster: the coordinator adds a member; the member signs the confidentiality undertaking and the date shows", async ({ browser }) => {
  const coordinator = await signedIn(browser, COORDINATOR);
  await coordinator.goto("/bid/roster");
  await expect(coordinator.getByRole("heading", { name: "Membres du panel", level: 1 })).toBeVisible();
  await expect(coordinator.getByTestId("roster-panel.hcr@cpise.demo").getByTestId("undertaking-status")).toContainText("signé le");
  await expect(coordinator.getByTestId("roster-panel@cpise.demo").getByTestId("undertaking-status")).toHaveText("Engagement de confidentialité non signé");

  await coordinator.getByRole("button", { name: "Ajouter au panel" }).click();
  await expect(coordinator.getByTestId("error-userId")).toBeVisible();
  await coordinator.getByLabel("Compte utilisateur").selectOption({ label: "Fatou Sow — ONG Avenir des Enfants" });
  await coordinator.getByLabel("Expertise").fill("Éducation et formation professionnelle");
  await coordinator.getByLabel("Rôle habituel").selectOption({ label: "Membre" });
  await coordinator.getByRole("button", { name: "Ajouter au panel" }).click();
  const added = coordinator.getByTestId(`roster-${NEW_MEMBER}`);
  await expect(added).toContainText("ONG Avenir des Enfants");
  await expect(added).toContainText("Éducation et formation professionnelle");
  await expect(added.getByTestId("undertaking-status")).toHaveText("Engagement de confidentialité non signé");

  const member = await signedIn(browser, NEW_MEMBER);
  await member.goto("/panels");
  await expect(member.getByTestId("my-undertaking")).toContainText("Vous devez signer l'engagement de confidentialité");
  await member.getByRole("link", { name: "Signer l'engagement" }).click();
  await expect(member.getByRole("heading", { name: "Engagement de confidentialité" })).toBeVisible();
  await member.getByRole("button", { name: "Signer l'engagement" }).click();
  await expect(member.getByTestId("error-accept")).toHaveText("Cochez la case pour accepter l'engagement.");
  await member.getByLabel("J'ai lu cet engagement et je l'accepte.").check();
  await member.getByRole("button", { name: "Signer l'engagement" }).click();
  await expect(member.getByTestId("undertaking-signed")).toContainText("Vous avez signé cet engagement le");
  await member.goto("/panels");
  await expect(member.getByTestId("my-undertaking")).toContainText("Engagement de confidentialité signé le");

  await coordinator.reload();
  await expect(coordinator.getByTestId(`roster-${NEW_MEMBER}`).getByTestId("undertaking-status")).toContainText("signé le");
});

async function sessionDate(page: Page) {
  return (await page.getByTestId("session-date").textContent())!.trim();
}

test("a session: chair, members, agenda of ready cases, quorum check, publish; the invited member sees it and its new date; cancel returns the case to the queue", async ({
  browser,
}) => {
  const coordinator = await signedIn(browser, COORDINATOR);
  await coordinator.goto("/bid/sessions/new");
  await coordinator.getByRole("button", { name: "Créer la session (brouillon)" }).click();
  await expect(coordinator.getByTestId("error-venue")).toHaveText("Indiquez un lieu ou un lien de réunion à distance.");
  await coordinator.getByLabel("Date et heure").fill(inDays(20, "10:00"));
  await coordinator.getByLabel("Président·e").selectOption({ label: "Aïcha Mint Mohamed Vall — Ministère de l'Action sociale, de l'Enfance et de la Famille" });
  await coordinator.getByLabel("Lieu", { exact: true }).fill("OIM Nouakchott, salle de réunion 2");
  await coordinator.getByLabel("Sophie Martin").selectOption({ label: "Membre" });
  await coordinator.getByRole("button", { name: "Créer la session (brouillon)" }).click();
  await expect(coordinator).toHaveURL(/\/bid\/sessions\/[0-9a-f-]{36}$/);
  const sessionId = coordinator.url().split("/").pop()!;
  await expect(coordinator.getByTestId("session-status")).toHaveText("Brouillon");

  // Two voting members: the live check says what is missing.
  const quorum = coordinator.getByTestId("quorum-check");
  await expect(quorum).toHaveAttribute("data-met", "false");
  await expect(quorum).toContainText("Il faut au moins 3 membres votants.");

  // An unready case cannot be added: the checklist says what is missing.
  const unready = coordinator.getByTestId(`candidate-${UNREADY_CASE}`);
  await expect(unready.getByRole("button", { name: "Ajouter à l'ordre du jour" })).toBeDisabled();
  await expect(unready.getByTestId("readiness-familyTracing")).toContainText("Résultat de la recherche familiale");

  await coordinator.getByTestId(`candidate-${READY_CASE}`).getByRole("button", { name: "Ajouter à l'ordre du jour" }).click();
  const item = coordinator.getByTestId(`agenda-${READY_CASE}`);
  await expect(item).toContainText("1.");
  // The presenter is the case's assigned worker by default; the coordinator may change it.
  await expect(item.getByLabel("Présenté par").locator("option:checked")).toHaveText("Aminata Sy");
  const saved = coordinator.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/bid/sessions/${sessionId}`));
  await item.getByLabel("Présenté par").selectOption({ label: "Oumar Ba" });
  await saved;
  await coordinator.reload();
  await expect(item.getByLabel("Présenté par").locator("option:checked")).toHaveText("Oumar Ba");
  await expect(coordinator.getByTestId(`candidate-${READY_CASE}`)).toHaveCount(0);

  // Publishing is refused without the planned quorum.
  await coordinator.getByTestId("publish").click();
  await expect(coordinator.getByTestId("form-error")).toHaveText("Publication refusée : le quorum prévu n'est pas atteint.");
  await expect(coordinator.getByTestId("session-status")).toHaveText("Brouillon");

  await coordinator.getByTestId("edit-session").click();
  await coordinator.getByLabel("Jean-Baptiste Mendy").selectOption({ label: "Membre" });
  await coordinator.getByRole("button", { name: "Enregistrer" }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/bid/sessions/${sessionId}$`));
  await expect(quorum).toHaveAttribute("data-met", "true");
  await expect(quorum).toContainText("Quorum prévu atteint");

  await coordinator.getByTestId("publish").click();
  await expect(coordinator.getByTestId("session-status")).toHaveText("Publiée");
  await expect(coordinator.getByTestId("published-at")).toBeVisible();
  const firstDate = await sessionDate(coordinator);

  const member = await signedIn(browser, INVITED_MEMBER);
  await member.goto("/panels");
  const panel = member.getByTestId(`panel-${sessionId}`);
  await expect(panel.getByTestId("panel-date")).toHaveText(firstDate);
  await expect(panel.getByTestId("panel-cases")).toHaveText("1 dossier");
  await expect(panel).toContainText("OIM Nouakchott, salle de réunion 2");
  await expect(panel).not.toContainText(READY_CASE);

  // The coordinator moves the session; the member sees the new date on the next page load.
  await coordinator.getByTestId("edit-session").click();
  await coordinator.getByLabel("Date et heure").fill(inDays(27, "14:30"));
  await coordinator.getByRole("button", { name: "Enregistrer" }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/bid/sessions/${sessionId}$`));
  await expect(coordinator.getByTestId("session-date")).not.toHaveText(firstDate);
  const newDate = await sessionDate(coordinator);
  await member.reload();
  await expect(panel.getByTestId("panel-date")).toHaveText(newDate);

  // Cancel: the case goes back to the queue, the member no longer sees the session.
  await coordinator.getByRole("button", { name: "Annuler la session" }).click();
  await expect(coordinator.getByTestId("error-callOffReason").or(coordinator.getByTestId("error-reason"))).toBeVisible();
  await coordinator.getByLabel("Motif", { exact: true }).fill("Salle indisponible ce jour-là.");
  await coordinator.getByRole("button", { name: "Annuler la session" }).click();
  await expect(coordinator.getByTestId("session-status")).toHaveText("Annulée");
  await expect(coordinator.getByText("Motif : Salle indisponible ce jour-là.")).toBeVisible();
  await expect(coordinator.getByTestId(`agenda-${READY_CASE}`)).toBeVisible();
  await coordinator.goto("/bid/queue");
  await expect(coordinator.getByTestId(`queue-${READY_CASE}`).getByTestId("readiness-ready")).toBeVisible();
  await member.reload();
  await expect(member.getByTestId(`panel-${sessionId}`)).toHaveCount(0);
});

test("the overview shows the queue, sessions and counts", async ({ browser }) => {
  const coordinator = await signedIn(browser, COORDINATOR);
  await coordinator.goto("/bid");
  await expect(coordinator.getByRole("heading", { name: "Panels DIS — vue d'ensemble" })).toBeVisible();
  for (const id of ["count-queued", "count-upcoming", "count-awaiting", "count-reviews"]) {
    await expect(coordinator.getByTestId(id)).toHaveText(/^\d+$/);
  }
  expect(Number(await coordinator.getByTestId("count-queued").textContent())).toBeGreaterThanOrEqual(1);
  await expect(coordinator.getByRole("heading", { name: "Les plus anciens en attente" })).toBeVisible();
  await expect(coordinator.getByRole("heading", { name: "Décisions signées par issue" })).toBeVisible();
  await coordinator.getByRole("link", { name: /dossiers en attente/ }).click();
  await expect(coordinator.getByRole("heading", { name: "File d'attente DIS" })).toBeVisible();
});

test("the administrator opens the BID settings next to the timelines; an out-of-range quorum is refused", async ({ page }) => {
  await login(page, "admin@cpise.demo");
  await page.goto("/admin/timelines");
  await page.getByRole("link", { name: "Paramètres des panels DIS" }).click();
  await expect(page.getByRole("heading", { name: "Paramètres des panels DIS" })).toBeVisible();
  // The defaults (other specs rely on them): 3 voting members, 2 organisations, chair, 7 days.
  await expect(page.getByLabel("Nombre minimum de membres votants")).toHaveValue("3");
  await expect(page.getByLabel("Nombre minimum d'organisations")).toHaveValue("2");
  await expect(page.getByLabel("La présidence doit faire partie du quorum")).toBeChecked();
  await page.getByLabel("Nombre minimum de membres votants").fill("0");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("error-minVoting")).toHaveText("Valeur hors des limites permises.");
  // Saving the same rule again: stored and confirmed, nothing changes for the sessions.
  await page.getByLabel("Nombre minimum de membres votants").fill("3");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("form-saved")).toHaveText("Paramètres enregistrés.");
  await page.reload();
  await expect(page.getByLabel("Accès aux dossiers après signature (jours)")).toHaveValue("7");
});
