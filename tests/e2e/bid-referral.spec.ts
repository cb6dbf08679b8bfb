import { expect, test, type Browser } from "@playwright/test";
import { login, USERS } from "./support";

// prisma/seed-bid.ts: an approved BIA saying "BID required", not referred — used by this spec only.
const CASE = "NDB-2025-0003";
const COORDINATOR = "bid@cpise.demo";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test("the caseworker refers a case from its approved BIA and completes the checklist; the coordinator sees it in the queue with its waiting time", async ({
  browser,
}) => {
  const worker = await signedIn(browser, USERS.socialWorkerNdb);
  await worker.goto(`/cases?q=${CASE}`);
  await worker.getByRole("link", { name: CASE }).first().click();
  await worker.getByRole("link", { name: "DIS", exact: true }).click();
  await expect(worker.getByRole("heading", { name: "Détermination de l'intérêt supérieur (DIS)" })).toBeVisible();
  // What the panel will need, shown before referring.
  await expect(worker.getByTestId("readiness-biaApproved")).toHaveAttribute("data-done", "true");
  await expect(worker.getByTestId("readiness-familyTracing")).toHaveAttribute("data-done", "false");

  await worker.getByRole("button", { name: "Orienter vers le panel DIS" }).click();
  await expect(worker.getByTestId("error-reason")).toHaveText("Ce champ est obligatoire.");
  await worker.getByLabel("Motif de l'orientation").fill("Retour en famille envisagé au Sénégal : une décision du panel est nécessaire.");
  await worker.getByRole("button", { name: "Orienter vers le panel DIS" }).click();

  await expect(worker.getByTestId("referral-status")).toHaveText("En attente");
  await expect(worker.getByText("En attente DIS", { exact: true })).toBeVisible();
  await expect(worker.getByTestId("readiness-checklist")).toHaveAttribute("data-ready", "false");
  await expect(worker.getByTestId("readiness-familyTracing")).toHaveAttribute("data-done", "false");

  await worker.getByLabel("Résultat de la recherche familiale").fill("Mère retrouvée à Dakar par la Croix-Rouge ; elle souhaite le retour.");
  await worker.getByRole("button", { name: "Enregistrer le résultat" }).click();
  await expect(worker.getByTestId("form-saved")).toHaveText("Résultat de la recherche familiale enregistré.");
  await expect(worker.getByTestId("readiness-familyTracing")).toHaveAttribute("data-done", "true");
  await expect(worker.getByTestId("readiness-checklist")).toHaveAttribute("data-ready", "true");

  await worker.getByRole("link", { name: "Notes et suivi" }).click();
  await expect(worker.locator('[data-event-type="bid.referred"]')).toContainText("Orienté vers le panel DIS");

  const coordinator = await signedIn(browser, COORDINATOR);
  await coordinator.goto("/bid/queue");
  await expect(coordinator.getByRole("heading", { name: "File d'attente DIS" })).toBeVisible();
  const entry = coordinator.getByTestId(`queue-${CASE}`);
  await expect(entry.getByTestId("waiting-days")).toHaveText("Orienté aujourd'hui");
  await expect(entry.getByTestId("readiness-ready")).toBeVisible();
  // Oldest first: the seeded referrals have waited for days.
  await expect(coordinator.getByTestId("waiting-days").first()).toHaveText(/En attente depuis \d+ jours?/);

  // A second referral of the same case is not offered.
  await worker.goto(worker.url().replace(/\/notes$/, "/bid"));
  await expect(worker.getByTestId("open-referral")).toBeVisible();
  await expect(worker.getByRole("button", { name: "Orienter vers le panel DIS" })).toHaveCount(0);
});

test("coordinator pages are not found for a caseworker", async ({ browser }) => {
  const worker = await signedIn(browser, USERS.socialWorkerNdb);
  for (const path of ["/bid", "/bid/queue", "/bid/roster", "/bid/sessions/new"]) {
    const response = await worker.goto(path);
    expect(response?.status()).toBe(404);
    await expect(worker.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});
