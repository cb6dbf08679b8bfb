import { expect, test, type Locator } from "@playwright/test";
import { login, USERS } from "./support";

// The occupancy board. Other specs admit and discharge children in parallel, so the
// numbers are checked for consistency (capacity, occupied + free), not against fixed counts.
async function figure(card: Locator, testId: string): Promise<number> {
  return Number((await card.getByTestId(testId).textContent())!.trim());
}

test("the NDB supervisor sees only Nouadhibou, with its numbers and the history", async ({ page }) => {
  await login(page, USERS.supervisorNdb);
  await page.getByRole("link", { name: "Occupation" }).click();
  await expect(page.getByRole("heading", { name: "Occupation des centres" })).toBeVisible();

  const cards = page.getByTestId("centre-occupancy");
  await expect(cards).toHaveCount(1);
  const ndb = cards.first();
  await expect(ndb).toHaveAttribute("data-centre", "NDB");
  await expect(ndb.getByRole("heading")).toContainText("CPISE Nouadhibou");
  expect(await figure(ndb, "centre-capacity")).toBe(30);
  const occupied = await figure(ndb, "centre-occupied");
  expect(await figure(ndb, "centre-free")).toBe(Math.max(30 - occupied, 0));
  for (const id of ["admissions-week", "discharges-week", "admissions-month", "discharges-month"]) {
    expect(Number.isInteger(await figure(ndb, id))).toBe(true);
  }
  // The children present are listed with a link to their case.
  await ndb.getByText(/Enfants présents/).click();
  await expect(ndb.getByTestId("child-present")).toHaveCount(occupied);

  await expect(page.getByTestId("occupancy-chart")).toBeVisible();
  await page.getByText("Voir les données en tableau").click();
  const table = page.getByTestId("occupancy-history-table");
  await expect(table.getByRole("columnheader")).toHaveText(["Date", "NDB"]);
});

test("the national supervisor sees all seven centres, the chart and the foster families' visits", async ({ page }) => {
  await login(page, USERS.national);
  await page.goto("/placements");
  await expect(page.getByTestId("centre-occupancy")).toHaveCount(7);
  for (const code of ["ALG", "KIF", "NDB", "NKN", "NKO", "NKS", "RSO"]) {
    await expect(page.locator(`[data-centre="${code}"]`)).toBeVisible();
  }
  const chart = page.getByTestId("occupancy-chart");
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart.locator(".recharts-line")).toHaveCount(7);
  await page.getByText("Voir les données en tableau").click();
  // A header row, then one row per Monday of the 90 days (12 or 13 of them).
  const rows = page.getByTestId("occupancy-history-table").getByRole("row");
  await expect(rows.nth(12)).toBeVisible();
  expect([13, 14]).toContain(await rows.count());

  // The seeded family whose visit is overdue is highlighted as such.
  const overdue = page.getByTestId("family-occupancy").filter({ hasText: "Famille Ould Mohamed" });
  await expect(overdue).toHaveAttribute("data-visit", "overdue");
  await expect(overdue).toContainText("En retard");
});

test("a social worker and an NGO have no occupancy board (404)", async ({ browser }) => {
  for (const user of [USERS.socialWorkerNdb, USERS.ngoWithoutReferral]) {
    const page = await browser.newPage();
    await login(page, user);
    await expect(page.getByRole("link", { name: "Occupation" })).toHaveCount(0);
    const response = await page.goto("/placements");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await page.close();
  }
});
