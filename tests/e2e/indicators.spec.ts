import { expect, test, type Page } from "@playwright/test";
import { login, USERS } from "./support";

// The indicator report on the demo seed (deterministic; everything in it is recorded by
// 20 November 2026, and the other specs only add records dated today), for January–October 2026.
// Published numbers are randomly rounded to base 5 with a key the e2e server draws afresh (ADR
// 0017): each is one of the two multiples of 5 around the true count written beside it.
const FROM = "2026-01";
const TO = "2026-10";

function count(page: Page, testId: string) {
  return page.getByTestId(testId).getByTestId("count");
}

test("the M&E officer chooses a period and reads the tables, the <5 cells and the consent exclusion", async ({ page }) => {
  await login(page, USERS.monitoring);
  await page.goto("/reports/indicators");
  // Month pickers; the default period: January to the last month that has ended.
  await expect(page.getByLabel("Premier mois", { exact: true })).toHaveAttribute("type", "month");
  await expect(page.getByLabel("Premier mois", { exact: true })).toHaveValue(/^\d{4}-01$/);
  await expect(page.getByLabel("Dernier mois", { exact: true })).toHaveValue(/^\d{4}-\d{2}$/);

  await page.getByLabel("Premier mois", { exact: true }).fill(FROM);
  await page.getByLabel("Dernier mois", { exact: true }).fill(TO);
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${FROM}&to=${TO}`));
  await expect(page.getByTestId("period-shown")).toHaveText("De janvier 2026 à octobre 2026");

  await expect(count(page, "total-registered")).toHaveText(/^(25|30)$/); // 27
  await expect(count(page, "total-bidDecisions")).toHaveText("0");
  await expect(count(page, "total-closures")).toHaveText("0");
  await expect(count(page, "row-registered-sex-FEMALE")).toHaveText(/^(10|15)$/); // 14
  await expect(count(page, "row-registered-sex-MALE")).toHaveText(/^(10|15)$/); // 13
  await expect(count(page, "row-registered-centre-NDB")).toHaveText(/^(5|10)$/); // 9
  await expect(count(page, "row-registered-centre-KIF")).toHaveText("<5");
  await expect(page.getByTestId("row-registered-nationality-GN")).toContainText("Guinée");
  await expect(page.getByTestId("row-registered-ageBand-15-17")).toContainText("15–17 ans");
  await expect(page.getByTestId("table-closures")).toContainText("Aucun pour cette période.");

  // 3, rounded too.
  await expect(page.getByTestId("excluded-registered")).toHaveText(/^(Moins de 5|5) enfants enregistrés non comptés : pas de consentement au rapportage$/);
  await expect(page.getByTestId("small-cells-note")).toContainText("« <5 » : moins de 5");
  await expect(page.getByTestId("rounding-note")).toContainText("arrondi à un multiple de 5 voisin");
  await expect(page.getByTestId("definitions")).toContainText("Seuls les dossiers avec consentement au rapportage");
  // No name and no case number anywhere on the page.
  await expect(page.getByTestId("indicator-report")).not.toContainText(/[A-Z]{3}-\d{4}-\d{4}/);

  // On paper: the report without the navigation, the period form or the buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Afficher" })).toBeHidden();
  await expect(page.getByTestId("print-report")).toBeHidden();
  await expect(page.getByTestId("row-registered-sex-FEMALE")).toBeVisible();
});

test("a period that ends before it starts, free dates and a month still running are refused next to the field; nothing is computed", async ({ page }) => {
  await login(page, USERS.national);
  await page.goto("/reports/indicators");
  await page.getByLabel("Premier mois", { exact: true }).fill("2026-10");
  await page.getByLabel("Dernier mois", { exact: true }).fill("2026-01");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByTestId("error-to")).toHaveText("La fin de la période doit être après son début.");
  await expect(page.getByLabel("Dernier mois", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(page.getByTestId("indicator-report")).toHaveCount(0);

  // The differencing attack's periods: 1 January–30 October against 1 January–31 October.
  await page.goto("/reports/indicators?from=2026-01-01&to=2026-10-30");
  await expect(page.getByTestId("error-from")).toHaveText("Choisissez un mois et une année (AAAA-MM) : le rapport couvre des mois entiers.");
  await expect(page.getByTestId("error-to")).toHaveText("Choisissez un mois et une année (AAAA-MM) : le rapport couvre des mois entiers.");
  await expect(page.getByTestId("indicator-report")).toHaveCount(0);

  const thisMonth = new Date().toISOString().slice(0, 7);
  await page.goto(`/reports/indicators?from=2026-01&to=${thisMonth}`);
  await expect(page.getByTestId("error-to")).toHaveText("Ce mois n'est pas terminé : le rapport ne couvre que des mois écoulés.");
  await expect(page.getByTestId("indicator-report")).toHaveCount(0);
});

test("the report reads in Arabic, right to left, at desktop and phone width", async ({ browser, baseURL }, testInfo) => {
  for (const [locale, width, height] of [["ar", 1366, 768], ["ar", 390, 844], ["fr", 390, 844]] as const) {
    const context = await browser.newContext({ viewport: { width, height } });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    const page = await context.newPage();
    await page.goto("/login");
    await page.locator("#email").fill(USERS.monitoring);
    await page.locator("#password").fill("Demo-CPISE-2026");
    await page.locator("form:has(#email) button[type=submit]").click();
    await expect(page).toHaveURL(/\/reports\/indicators$/);
    await page.goto(`/reports/indicators?from=${FROM}&to=${TO}`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    if (locale === "ar") {
      await expect(page.getByRole("heading", { level: 1, name: "تقرير المؤشرات" })).toBeVisible();
      await expect(page.getByTestId("row-registered-sex-FEMALE")).toContainText("بنت");
      // "<5" stays "<5" (not "5>") in right-to-left text.
      await expect(count(page, "row-registered-centre-KIF").locator('[dir="ltr"]')).toHaveText("<5");
    }
    await expect(count(page, "total-registered")).toHaveText(/^(25|30)$/);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: testInfo.outputPath(`indicators-${locale}-${width}.png`), fullPage: true });
    await context.close();
  }
});
