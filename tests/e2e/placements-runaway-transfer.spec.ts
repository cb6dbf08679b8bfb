import { expect, test, type Browser } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

const SUPERVISOR_NKC = "superviseure.nkc@cpise.demo";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test.describe("ending and moving placements", () => {
  test("a runaway ends the placement, raises the risk to High and is flagged on the case", async ({ browser }, testInfo) => {
    const worker = await signedIn(browser, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(worker);
    await worker.goto(`${caseUrl}/placements`);
    await worker.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
    await worker.getByLabel("Date de début *").fill("2026-11-05");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("current-placement")).toBeVisible();
    await expect(worker.locator("article header")).not.toContainText("Élevé");

    // End before the start: refused next to the field (after the confirmation step).
    await worker.getByRole("button", { name: "Terminer ce placement…" }).click();
    await worker.getByLabel("Date de fin *").fill("2026-11-04");
    await worker.getByLabel("Motif de fin *").selectOption({ label: "Fugue" });
    await expect(worker.getByText("Une fugue fait passer le risque du dossier à « Élevé ».")).toBeVisible();
    await worker.getByRole("button", { name: "Terminer le placement" }).click();
    await worker.getByRole("button", { name: "Confirmer la fin du placement" }).click();
    await expect(worker.getByTestId("error-endDate")).toHaveText("La date de fin ne peut pas précéder le début du placement.");
    await worker.getByLabel("Date de fin *").fill("2026-11-20");
    await worker.getByRole("button", { name: "Terminer le placement" }).click();
    await worker.getByRole("button", { name: "Confirmer la fin du placement" }).click();

    await expect(worker.getByTestId("runaway-alert")).toContainText("Fugue le 20 nov. 2026 : le risque du dossier est « Élevé ».");
    await expect(worker.locator("article header")).toContainText("Élevé");
    await expect(worker.getByTestId("placement-row")).toContainText("Fugue");
    await worker.goto(`${caseUrl}/notes`);
    await expect(worker.locator('[data-event-type="placement.ended"]')).toContainText("Placement terminé : Fugue");
    await expect(worker.locator('[data-event-type="case.riskSet"]').first()).toContainText("Niveau de risque fixé : Élevé");
    await expect(worker.locator('[data-event-type="case.riskSet"]').first()).toContainText("Motif : Fugue");

    // The reason is stored as a code: a reader in Arabic sees it in Arabic, not in the recorder's French.
    await worker.context().addCookies([{ name: "NEXT_LOCALE", value: "ar", url: new URL(worker.url()).origin }]);
    await worker.reload();
    await expect(worker.locator("html")).toHaveAttribute("dir", "rtl");
    const riskEvent = worker.locator('[data-event-type="case.riskSet"]').first();
    await expect(riskEvent).toContainText("حُدّد مستوى الخطر: مرتفع");
    await expect(riskEvent).toContainText("السبب: هروب");
    await expect(riskEvent).not.toContainText("Fugue");
    await worker.screenshot({ path: testInfo.outputPath("runaway-timeline-ar.png"), fullPage: true });
    await worker.goto(caseUrl);
    await expect(worker.getByTestId("risk-reason")).toHaveText("هروب");
    await worker.screenshot({ path: testInfo.outputPath("runaway-case-ar.png") });
  });

  test("the supervisor transfers a child to another centre: the receiving supervisor has the case, the sending worker loses it", async ({ browser }) => {
    const worker = await signedIn(browser, USERS.socialWorkerNdb);
    const { caseUrl, caseNumber, firstName } = await registerChildViaUi(worker);
    await worker.goto(`${caseUrl}/placements`);
    await worker.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
    await worker.getByLabel("Date de début *").fill("2026-11-02");
    await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
    await expect(worker.getByTestId("current-placement")).toContainText("CPISE Nouadhibou");

    const sender = await signedIn(browser, USERS.supervisorNdb);
    await sender.goto(`${caseUrl}/placements`);
    await sender.getByText("Transférer vers un autre centre").click();
    await sender.getByRole("button", { name: "Transférer", exact: true }).click();
    await expect(sender.getByTestId("error-toCentreId")).toHaveText("Ce champ est obligatoire.");
    const nko = await sender.locator("#toCentreId option", { hasText: "CPISE Nouakchott Ouest" }).getAttribute("value");
    await sender.getByLabel("Centre d'accueil *").selectOption(nko!);
    await sender.getByLabel("Date du transfert *").fill("2026-11-15");
    await sender.getByRole("button", { name: "Transférer", exact: true }).click();
    await expect(sender).toHaveURL(/\/cases$/);
    const senderResponse = await sender.goto(caseUrl);
    expect(senderResponse?.status()).toBe(404);

    const receiver = await signedIn(browser, SUPERVISOR_NKC);
    await receiver.goto(`/cases?q=${encodeURIComponent(caseNumber)}`);
    const row = receiver.getByRole("row").filter({ hasText: caseNumber });
    await expect(row).toContainText(firstName);
    await row.getByRole("link", { name: caseNumber }).click();
    await expect(receiver.getByTestId("case-number")).toHaveText(caseNumber);
    await receiver.getByRole("link", { name: "Placements" }).click();
    await expect(receiver.getByTestId("current-placement")).toContainText("CPISE Nouakchott Ouest");
    await expect(receiver.getByTestId("current-placement")).toContainText("Transféré·e depuis CPISE Nouadhibou");
    const rows = receiver.getByTestId("placement-row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("Transféré·e vers un autre centre");
    await expect(rows.nth(1)).toContainText("du 2 nov. 2026 au 15 nov. 2026");
    await receiver.goto(`${caseUrl}/notes`);
    await expect(receiver.locator('[data-event-type="placement.transferred"]')).toContainText("Transfert de CPISE Nouadhibou vers CPISE Nouakchott Ouest");

    // The sending worker no longer has the case at all: not in her caseload, 404 by URL.
    const response = await worker.goto(`${caseUrl}/placements`);
    expect(response?.status()).toBe(404);
    await expect(worker.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await worker.goto(`/cases?q=${encodeURIComponent(caseNumber)}`);
    await expect(worker.getByRole("row").filter({ hasText: caseNumber })).toHaveCount(0);
  });
});
