// BID panels end to end on the seeded PUBLISHED session ("MASEF, salle du conseil", three ready
// referrals; prisma/seed-bid-sessions.ts — no other spec touches it): conflicts and recusal
// (404 on the dossier URL), a member's dossier, holding the session, the chair's signature,
// the locked decision, the case in implementation, and the printable outputs.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./support";

const PANEL = {
  chair: "panel.masef@cpise.demo",
  hcr: "panel.hcr@cpise.demo",
  oim: "panel.oim@cpise.demo",
  sahel: "panel.sahel@cpise.demo",
  coordinator: "bid@cpise.demo",
};
const VENUE = "MASEF, salle du conseil";

test.describe.configure({ mode: "serial" });

let sessionPath = "";
let dossierPath = "";
let caseNumbers: string[] = [];
let decisionPath = "";

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email);
  return page;
}

async function openSeededSession(page: Page) {
  await page.goto("/panels");
  await page.getByTestId("my-panels").locator("li", { hasText: VENUE }).getByTestId("panel-date").click();
  await expect(page.getByRole("heading", { name: "Ordre du jour" })).toBeVisible();
  sessionPath = new URL(page.url()).pathname;
}

async function declare(page: Page, position: number, conflict: string | null) {
  const item = page.getByTestId(`agenda-item-${position}`);
  if (conflict) {
    await item.getByTestId(`has-conflict-${position}`).check();
    await item.getByLabel("Nature du conflit *").fill(conflict);
  } else {
    await item.getByTestId(`no-conflict-${position}`).check();
  }
  await item.getByTestId(`declare-${position}`).click();
  await expect(item.getByTestId(conflict ? `recused-${position}` : `declared-${position}`)).toBeVisible();
}

test("a panel member's home lists her next sessions and the declarations she still has to make", async ({ browser }) => {
  const page = await as(browser, PANEL.oim);
  await openSeededSession(page);
  await page.getByRole("link", { name: "Accueil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bienvenue");
  await expect(page.getByText("Votre rôle ne donne pas accès")).toHaveCount(0);
  const sessions = page.getByTestId("home-sessions");
  await expect(sessions.getByTestId("home-session").first()).toContainText("Prochaine");
  await expect(sessions.getByTestId("home-session").filter({ hasText: VENUE })).toHaveCount(1);
  await expect(sessions.locator(`a[href="${sessionPath}"]`)).toBeVisible();
  const declarations = page.getByTestId("home-declarations").locator(`a[href="${sessionPath}"]`);
  await expect(declarations).toContainText("3 déclarations de conflit d'intérêts");
  // Nothing to read before declaring.
  await expect(page.getByTestId("home-dossiers")).toContainText("Aucun dossier à lire");
  await declarations.click();
  await expect(page.getByRole("heading", { name: "Ordre du jour" })).toBeVisible();
});

test("a member declares no conflict and reads the dossier; a conflict needs a note", async ({ browser }) => {
  const page = await as(browser, PANEL.oim);
  await openSeededSession(page);
  caseNumbers = await page.getByTestId("agenda-case-number").allTextContents();
  expect(caseNumbers).toHaveLength(3);
  // No link before the declaration.
  await expect(page.getByTestId("open-dossier-1")).toHaveCount(0);

  // "Conflict" without a note is refused next to the field.
  const item3 = page.getByTestId("agenda-item-3");
  await item3.getByTestId("has-conflict-3").check();
  await item3.getByTestId("declare-3").click();
  await expect(item3.getByTestId("error-conflict-3-note")).toHaveText("Ce champ est obligatoire.");
  await item3.getByLabel("Nature du conflit *").fill("Mon organisation a suivi la famille.");
  await item3.getByTestId("declare-3").click();
  await expect(item3.getByTestId("recused-3")).toBeVisible();

  await declare(page, 1, null);
  await page.getByTestId("open-dossier-1").click();
  await expect(page.getByTestId("confidential")).toContainText("Confidentiel");
  await expect(page.getByTestId("case-number")).toHaveText(caseNumbers[0]);
  await expect(page.getByRole("heading", { name: "Évaluation de l'intérêt supérieur approuvée (BIA)" })).toBeVisible();
  await expect(page.getByTestId("family-tracing")).not.toBeEmpty();
  await expect(page.getByText("Les coordonnées de la famille, les lieux précis et la photo")).toBeVisible();
  await expect(page.locator("img")).toHaveCount(0);
  dossierPath = new URL(page.url()).pathname;
});

test("a recused member sees no link and gets 404 on the dossier URL", async ({ browser }) => {
  const page = await as(browser, PANEL.hcr);
  await page.goto(sessionPath);
  await declare(page, 1, "Je connais l'oncle de l'enfant.");
  await expect(page.getByTestId("open-dossier-1")).toHaveCount(0);
  await declare(page, 2, null);
  await expect(page.getByTestId("open-dossier-2")).toBeVisible();

  const response = await page.goto(dossierPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  // The coordinator does not read panel dossiers either.
  const coordinator = await as(browser, PANEL.coordinator);
  expect((await coordinator.goto(dossierPath))?.status()).toBe(404);
});

test("a third recusal on case 3 leaves it without quorum; the chair and the NGO member declare", async ({ browser }) => {
  const sahel = await as(browser, PANEL.sahel);
  await sahel.goto(sessionPath);
  await declare(sahel, 1, null);
  await declare(sahel, 3, "Ancienne éducatrice de l'enfant.");
  const chair = await as(browser, PANEL.chair);
  await chair.goto(sessionPath);
  await declare(chair, 1, null);
});

test("the coordinator holds the session: attendance, quorum per case, decision and votes", async ({ browser }) => {
  const page = await as(browser, PANEL.coordinator);
  await page.goto(`${sessionPath.replace("/panels/", "/bid/sessions/")}/hold`);
  await expect(page.getByTestId("session-status")).toHaveText("Publiée");
  const attendance = page.getByTestId("attendance-form");
  for (const radio of await attendance.getByRole("radio", { name: "Présent·e" }).all()) await radio.check();
  await page.getByTestId("save-attendance").click();
  await expect(page.getByTestId("session-status")).toHaveText("Tenue");

  await expect(page.getByTestId("recusals-1")).toContainText("Jean-Baptiste Mendy");
  await expect(page.getByTestId("quorum-1")).toContainText("Quorum atteint : 3 votant·e·s");
  await expect(page.getByTestId("quorum-3")).toContainText("Pas de quorum pour ce dossier aujourd'hui");
  await expect(page.getByTestId("hold-case-3").getByText("Ce dossier ne peut pas être décidé aujourd'hui.")).toBeVisible();
  await expect(page.getByTestId("decision-form-3")).toHaveCount(0);

  const form = page.getByTestId("decision-form-1");
  // A new decision starts from the options the case's BIA wrote ("1) … ; 2) …" in the seed), one per row.
  const optionFields = form.getByLabel(/^Option \d+ \*$/);
  await expect(optionFields.first()).toHaveValue(/^[A-ZÀ-Ü]/i);
  await expect(optionFields.first()).not.toHaveValue(/^1\)|;/);
  const written = await optionFields.count();
  expect(written).toBeGreaterThan(1);
  await form.getByLabel("Option 1 *").fill("Retour et réunification à Conakry");
  await form.getByLabel("Avantages").first().fill("Mère retrouvée, l'enfant le souhaite");
  await form.getByTestId("add-option-1").click();
  await form.getByLabel(`Option ${written + 1} *`).fill("Intégration locale");
  await form.getByLabel("Comment l'opinion de l'enfant a été entendue et prise en compte").fill("Entendu avec un interprète peul ; souhaite rentrer.");
  await form.getByLabel("Décision", { exact: true }).selectOption("RETURN_REUNIFICATION_ORIGIN");
  await form.getByLabel("Motifs").fill("Famille retrouvée et favorable.");
  await form.getByLabel("Plan de mise en œuvre").fill("OIM organise le retour.");
  await form.getByLabel("Organisation responsable").selectOption({ label: "OIM Mauritanie" });
  await form.getByLabel("Échéance").fill("2027-01-15");
  await form.getByLabel("Date de révision").fill("2027-04-15");
  // Only present, non-recused voting members: chair, IOM, NGO (not the recused HCR member).
  await expect(form.locator("[data-testid^=vote-choice-1-]")).toHaveCount(3);
  await expect(form.getByText("Jean-Baptiste Mendy")).toHaveCount(0);
  await form.getByTestId("vote-choice-1-0").selectOption("FOR");
  await form.getByTestId("vote-choice-1-1").selectOption("FOR");
  await form.getByTestId("vote-choice-1-2").selectOption("AGAINST");
  await form.getByLabel("Opinion dissidente").nth(2).fill("Intégration locale préférable.");
  await form.getByTestId("save-decision-1").click();
  await expect(page.getByTestId("ready-1")).toContainText("la présidence peut la signer");
});

test("the chair signs: the decision is read-only, the case moves to implementation", async ({ browser }) => {
  const page = await as(browser, PANEL.chair);
  // Her home lists the decision awaiting her signature, with the case number.
  const toSign = page.getByTestId("home-to-sign").locator(`a[href="${sessionPath}"]`, { hasText: caseNumbers[0] });
  await expect(toSign).toBeVisible();
  await toSign.click();
  const item = page.getByTestId("decision-1");
  await item.getByTestId("sign-decision").click();
  await item.getByTestId("sign-confirm").click();
  await expect(item.getByText("Décision signée :")).toBeVisible();
  await item.getByTestId("decision-link-1").click();
  await expect(page.getByTestId("decision-status")).toHaveText("Signée — en lecture seule");
  await expect(page.getByTestId("read-only")).toBeVisible();
  await expect(page.getByTestId("sign-decision")).toHaveCount(0);
  await expect(page.getByTestId("votes-table")).toContainText("Intégration locale préférable.");

  const coordinator = await as(browser, PANEL.coordinator);
  await coordinator.goto(new URL(page.url()).pathname);
  await expect(coordinator.getByTestId("decision-status")).toHaveText("Signée — en lecture seule");
  await expect(coordinator.getByTestId("supersede-form")).toBeVisible();
  decisionPath = new URL(page.url()).pathname;
  // The case itself (the coordinator reads referred cases): now in implementation.
  const caseId = dossierPath.split("/").pop();
  await coordinator.goto(`/cases/${caseId}`);
  await expect(coordinator.getByTestId("case-number")).toHaveText(caseNumbers[0]);
  await expect(coordinator.getByText("Mise en œuvre").first()).toBeVisible();
});

test("printable outputs: CONFIDENTIAL, the decision shows only its case, the minutes only numbers and outcomes", async ({ browser }) => {
  const page = await as(browser, PANEL.coordinator);
  await page.goto(`${sessionPath.replace("/panels/", "/bid/sessions/")}/hold`);
  await page.getByTestId("decision-record-1").click();
  await page.getByTestId("print-link").click();
  await expect(page.getByTestId("print-page")).toBeVisible();
  await expect(page.getByTestId("confidential")).toHaveText("Confidentiel");
  await expect(page.getByTestId("print-button")).toBeVisible();
  await expect(page.getByTestId("record-case-number")).toHaveText(caseNumbers[0]);
  // On paper: no application header or Print button; the record's own heading stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("signed-in-user")).toBeHidden();
  await expect(page.getByTestId("print-button")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Décision du panel DIS" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  const decisionText = await page.getByTestId("print-page").innerText();
  expect(decisionText).not.toContain(caseNumbers[1]);
  expect(decisionText).not.toContain(caseNumbers[2]);

  await page.goto(`${sessionPath.replace("/panels/", "/bid/sessions/")}/print`);
  await expect(page.getByTestId("confidential")).toHaveText("Confidentiel");
  await expect(page.getByTestId("minutes-attendance")).toContainText("Jean-Baptiste Mendy");
  const agenda = page.getByTestId("minutes-agenda");
  for (const n of caseNumbers) await expect(agenda).toContainText(n);
  await expect(agenda).toContainText("Retour et réunification dans le pays d'origine");
  await expect(agenda).toContainText("Pour 2 · Contre 1");
  const minutesText = await page.getByTestId("print-page").innerText();
  expect(minutesText).not.toContain("Famille retrouvée et favorable");

  // A panel member within the window reads the minutes and the decision; the recused one not the decision.
  const oim = await as(browser, PANEL.oim);
  await oim.goto(`${sessionPath}`);
  await oim.getByTestId("minutes-link").click();
  await expect(oim.getByTestId("minutes-agenda")).toBeVisible();
  await oim.goto(decisionPath);
  await expect(oim.getByTestId("decision-status")).toHaveText("Signée — en lecture seule");
  const hcr = await as(browser, PANEL.hcr);
  await hcr.goto(sessionPath);
  await expect(hcr.getByTestId("decision-link-1")).toHaveCount(0);
  expect((await hcr.goto(decisionPath))?.status()).toBe(404);
  expect((await hcr.goto(`${decisionPath}/print`))?.status()).toBe(404);
});

test("a later change is a new decision linked to the signed one; both stay in the history", async ({ browser }) => {
  const page = await as(browser, PANEL.coordinator);
  await page.goto(decisionPath);
  const form = page.getByTestId("supersede-form");
  await form.getByTestId("supersede-submit").click();
  await expect(form.getByTestId("error-supersedeReason")).toHaveText("Ce champ est obligatoire.");
  await form.getByLabel("Révision").check();
  await form.getByLabel("Motif de la nouvelle décision *").fill("La mère a déménagé à Kankan.");
  await form.getByTestId("supersede-submit").click();
  await expect(page).toHaveURL(/\/hold$/);
  // The new decision starts from the signed one and is open for recording again.
  await expect(page.getByTestId("decision-form-1")).toBeVisible();
  await page.goto(decisionPath);
  await expect(page.getByTestId("decision-status")).toHaveText("Remplacée par une décision ultérieure");
  const history = page.getByTestId("decision-history");
  await expect(history.locator("li")).toHaveCount(2);
  await expect(history).toContainText("Décision initiale");
  await expect(history).toContainText("Révision");
  await expect(history).toContainText("La mère a déménagé à Kankan.");
});
