import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

// A partial case number in the caseload search, the social worker's urgent-first default sort,
// and dashboard numbers that open exactly their cases; nearly-full centres and a median from
// too few decisions said in words.

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** Signed in (the login form is in French), then the interface in `locale`. */
async function openAs(browser: Browser, email: string, locale: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await login(page, email);
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: page.url() }]);
  return { context, page };
}

test("a partial case number finds the case; the worker's caseload opens overdue and high risk first", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, USERS.socialWorkerNdb);
  const { caseNumber } = await registerChildViaUi(page);
  const [code, year, digits] = caseNumber.split("-");
  const sequence = String(Number(digits));

  await page.goto("/cases");
  await expect(page.locator("#caseload-sort")).toHaveValue("urgent");
  await expect(page.locator("#caseload-sort").locator("option:checked")).toHaveText("En retard et risque élevé d'abord");

  for (const query of [digits, `${code.toLowerCase()}-${year}-${sequence}`, caseNumber.toLowerCase()]) {
    await page.locator("#caseload-q").fill(query);
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByRole("link", { name: caseNumber }).first()).toBeVisible();
  }
});

test("the supervisor's overdue-assessments number opens exactly that many cases", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await login(page, USERS.supervisorNdb);
  await expect(async () => {
    await page.goto("/dashboard");
    const shown = Number(await page.getByTestId("dashboard-card-overdueAssessments").getByTestId("count").textContent());
    await page.getByTestId("dashboard-card-overdueAssessments").click();
    await expect(page).toHaveURL(/[?&]overdue=assessment(&|$)/);
    await expect(page.getByTestId("case-count")).toContainText(String(shown));
    await expect(page.locator("table tbody tr")).toHaveCount(Math.min(shown, 25));
  }).toPass({ timeout: 40_000 });
});

test("centres nearly full or full and a median from too few decisions are said in words", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await login(page, USERS.national);
  await page.goto("/dashboard");
  const flagged = page.locator('[data-testid="occupancy-centre"]:not([data-level="ok"])');
  // The seed leaves CPISE Nouakchott Nord one bed short of full; other specs may fill it.
  await expect(flagged.first()).toBeVisible();
  await expect(flagged.first().getByTestId("occupancy-level")).toHaveText(/Presque plein \(\d+ %\)|Complet/);

  const bid = page.getByTestId("chart-block-time-to-bid");
  await bid.locator("summary").click();
  await expect(bid.getByTestId("median-too-few").first()).toHaveText(/Calculée sur \d+ décisions? — trop peu pour une médiane fiable\./);
});

test("screens in French and Arabic, desktop and phone", async ({ browser }) => {
  test.setTimeout(180_000);
  for (const locale of ["fr", "ar"]) {
    for (const width of [1366, 390]) {
      const national = await openAs(browser, USERS.national, locale, width);
      await national.page.goto("/dashboard");
      await national.page.getByTestId("chart-block-time-to-bid").locator("summary").click();
      await expect(national.page.getByTestId("median-too-few").first()).toBeVisible();
      await shoot(national.page, `dashboard-${locale}-${width}`);
      await national.context.close();
      const worker = await openAs(browser, USERS.socialWorkerNdb, locale, width);
      await worker.page.goto("/cases?q=0001");
      await shoot(worker.page, `caseload-${locale}-${width}`);
      await worker.context.close();
    }
  }
});
