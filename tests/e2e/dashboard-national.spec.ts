import { expect, type Page } from "@playwright/test";
import { test } from "@playwright/test";
import { login, USERS } from "./support";

// The national dashboard (ADR 0015): every centre, a centre filter, charts each with a
// table, numbers that open the caseload with the same count; Arabic (RTL) at phone width.

async function listTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId("case-count").textContent()) ?? "";
  const match = text.match(/\d+/);
  return match ? Number(match[0]) : 0;
}

test("the national supervisor lands on the dashboard of all centres, with charts and their tables", async ({ page }) => {
  await login(page, USERS.national);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Tous les centres.")).toBeVisible();
  // Every demo centre (7) in the occupancy list and in the filter (plus "all centres").
  await expect(page.getByTestId("occupancy-centre")).toHaveCount(7);
  await expect(page.getByTestId("dashboard-centre-filter").getByRole("option")).toHaveCount(8);

  for (const id of ["status", "risk", "registrations", "time-to-bid", "placements"]) {
    const block = page.getByTestId(`chart-block-${id}`);
    await expect(block).toBeVisible();
    // The seed has signed BID decisions; if none were in the last 12 months the block says so.
    if (id === "time-to-bid" && (await block.getByText("Aucune décision DIS signée au cours des 12 derniers mois.").isVisible())) continue;
    await expect(block.getByRole("img")).toHaveAttribute("aria-label", /^Graphique : .+\. Les mêmes données figurent dans le tableau qui suit\.$/);
    await expect(block.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await block.getByText("Voir les données en tableau").click();
    await expect(block.getByTestId(`table-${id}`)).toBeVisible();
  }
  const statusTable = page.getByTestId("table-status");
  await expect(statusTable.locator("tbody tr")).toHaveCount(9);
  await expect(page.getByTestId("table-placements").locator("tbody tr")).toHaveCount(5);
  const timeToBid = page.getByTestId("table-time-to-bid");
  if (await timeToBid.count()) await expect(timeToBid.locator("tbody tr").last()).toContainText("Tous les centres");

  // A status count opens the caseload with that status and the same total.
  await expect(async () => {
    await page.goto("/dashboard");
    const block = page.getByTestId("chart-block-status");
    await block.getByText("Voir les données en tableau").click();
    const cell = block.getByTestId("table-status").locator('tr[data-key="CLOSED"] a');
    const shown = Number(await cell.textContent());
    await cell.click();
    await expect(page).toHaveURL(/[?&]status=CLOSED(&|$)/);
    await expect(page.getByTestId("status-filter").locator("summary")).toHaveText("Clôturé");
    expect(await listTotal(page)).toBe(shown);
  }).toPass({ timeout: 30_000 });
});

test("the national supervisor narrows to one centre and follows a high-risk count to the list", async ({ page }) => {
  await login(page, USERS.national);
  await page.goto("/dashboard");
  const filter = page.getByTestId("dashboard-centre-filter");
  await filter.getByLabel("Centre").selectOption({ label: "CPISE Nouadhibou" });
  await filter.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/[?&]centre=[0-9a-f-]{36}$/);
  await expect(page.getByText("Centre : CPISE Nouadhibou.")).toBeVisible();
  await expect(page.getByTestId("occupancy-centre")).toHaveCount(1);
  await expect(page.getByTestId("occupancy-centre")).toHaveAttribute("data-centre", "NDB");
  // Only NDB's workers.
  await expect(page.getByTestId("worker-table").getByTestId("worker-row").filter({ hasText: "Mariem Mint Ahmed" })).toHaveCount(0);
  const centreUrl = page.url();

  await expect(async () => {
    await page.goto(centreUrl);
    const shown = Number(await page.getByTestId("dashboard-card-highRisk").getByTestId("count").textContent());
    await page.getByTestId("dashboard-card-highRisk").click();
    await expect(page).toHaveURL(/[?&]risk=HIGH(&|$)/);
    await expect(page.getByLabel("Centre", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
    await expect(page.getByTestId("risk-filter").locator("summary")).toHaveText("Élevé");
    expect(await listTotal(page)).toBe(shown);
  }).toPass({ timeout: 30_000 });

  // Back to every centre.
  await page.goto(centreUrl);
  await page.getByRole("link", { name: "Tous les centres" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("occupancy-centre")).toHaveCount(7);
});

test("following one worker from all centres shows that worker chosen in the caseload filter", async ({ page }) => {
  await login(page, USERS.national);
  await page.goto("/dashboard");
  const row = page.getByTestId("worker-table").getByTestId("worker-row").filter({ hasText: "Mariem Mint Ahmed" });
  await expect(async () => {
    await page.goto("/dashboard");
    const cell = row.locator('[data-measure="open"] a');
    const shown = Number(await cell.textContent());
    await cell.click();
    await expect(page.getByLabel("Travailleur·se social·e").locator("option:checked")).toHaveText("Mariem Mint Ahmed");
    expect(await listTotal(page)).toBe(shown);
  }).toPass({ timeout: 30_000 });
});

test("the dashboard reads in Arabic, right to left, at phone width: worker cards instead of the table", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await login(page, USERS.national);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: page.url() }]);
  await page.goto("/dashboard");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "لوحة المتابعة", level: 1 })).toBeVisible();
  await expect(page.getByTestId("worker-table")).toBeHidden();
  await expect(page.getByTestId("worker-cards").getByTestId("worker-card").first()).toBeVisible();
  await expect(page.getByTestId("dashboard-card-open")).toContainText("الحالات المفتوحة");
  const chart = page.getByTestId("chart-block-status");
  await expect(chart.getByRole("img")).toBeVisible();
  await chart.getByText("عرض البيانات في جدول").click();
  await expect(chart.getByTestId("table-status")).toBeVisible();
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
