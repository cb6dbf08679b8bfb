import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, USERS } from "./support";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

/** A signed-in page at the given size, in the given language (the login form is filled in French). */
async function signedIn(browser: Browser, email: string, locale: "fr" | "ar", viewport: typeof PHONE) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await login(page, email);
  if (locale === "ar") await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: new URL(page.url()).origin }]);
  return { context, page };
}

/** The element lies wholly inside the window as it opens, without scrolling. */
async function expectInViewport(page: Page, selector: ReturnType<Page["locator"]>) {
  const box = (await selector.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
}

const TEXT = {
  fr: { menu: "Menu", nav: "Navigation principale", caseload: "Dossiers", logout: "Se déconnecter", filters: "Filtres", girl: "Fille", sex: "Sexe", apply: "Appliquer", tabs: "Sections du dossier", closure: "Clôture" },
  ar: { menu: "القائمة", nav: "القائمة الرئيسية", caseload: "الملفات", logout: "تسجيل الخروج", filters: "عوامل التصفية", girl: "بنت", sex: "الجنس", apply: "تطبيق", tabs: "أقسام الملف", closure: "الإغلاق" },
} as const;

for (const locale of ["fr", "ar"] as const) {
  const text = TEXT[locale];

  test(`at phone width (${locale}) the header is a menu and the first case shows without scrolling`, async ({ browser }, testInfo) => {
    const { context, page } = await signedIn(browser, USERS.socialWorkerNdb, locale, PHONE);
    await page.goto("/cases");
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");

    // Closed: the navigation and sign-out are folded away behind the button.
    const menu = page.getByRole("button", { name: text.menu, exact: true });
    const nav = page.getByRole("navigation", { name: text.nav });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(page.getByRole("button", { name: text.logout })).toBeHidden();

    // The first case, whole, without scrolling; the filters folded into one button.
    const firstCard = page.getByTestId("case-cards").getByRole("listitem").first();
    await expect(firstCard).toBeVisible();
    await expectInViewport(page, firstCard);
    await expect(page.getByRole("button", { name: text.filters })).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByLabel(text.sex, { exact: true })).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath(`caseload-${locale}-390.png`) });

    // By keyboard: Enter opens, Escape closes and gives the focus back to the button.
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await expect(page.getByRole("button", { name: text.logout })).toBeVisible();
    await expect(page.getByRole("button", { name: locale === "ar" ? "Français" : "العربية" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`menu-${locale}-390.png`) });
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // A link followed from the menu: the next page opens with the menu closed.
    await page.goto("/");
    await menu.click();
    await nav.getByRole("link", { name: text.caseload, exact: true }).click();
    await expect(page).toHaveURL(/\/cases$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await context.close();
  });

  test(`at phone width (${locale}) the filter panel opens, applies a filter and counts it`, async ({ browser }, testInfo) => {
    const { context, page } = await signedIn(browser, USERS.socialWorkerNdb, locale, PHONE);
    await page.goto("/cases");
    const toggle = page.getByRole("button", { name: text.filters });
    await expect(toggle).toHaveText(new RegExp(`^${text.filters}`));
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await page.getByLabel(text.sex, { exact: true }).selectOption("FEMALE");
    await page.screenshot({ path: testInfo.outputPath(`filters-${locale}-390.png`), fullPage: true });
    await page.getByRole("button", { name: text.apply, exact: true }).click();

    await expect(page).toHaveURL(/[?&]sex=FEMALE(&|$)/);
    // Folded again on the new page, the button says one filter is on.
    await expect(toggle).toHaveAccessibleName(locale === "fr" ? "Filtres (1 actif)" : "عوامل التصفية (1 مفعّل)");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    const cards = page.getByTestId("case-cards").getByRole("listitem");
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) await expect(card).toContainText(text.girl);
    await context.close();
  });

  test(`at phone width (${locale}) the case's current tab is scrolled into view`, async ({ browser }, testInfo) => {
    const { context, page } = await signedIn(browser, USERS.socialWorkerNdb, locale, PHONE);
    await page.goto("/cases");
    const caseUrl = await page.getByTestId("case-cards").getByRole("listitem").first().getByRole("link").first().getAttribute("href");
    // The last tab: off-screen at 390 px unless the bar scrolls to it.
    await page.goto(`${caseUrl}/closure`);
    const strip = page.getByRole("navigation", { name: text.tabs });
    const tab = strip.getByRole("link", { name: text.closure });
    await expect(tab).toHaveAttribute("aria-current", "page");
    await expect(async () => {
      const bar = (await strip.boundingBox())!;
      const box = (await tab.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(bar.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width + 1);
    }).toPass({ timeout: 10_000 });
    // The page itself stays at the top.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.screenshot({ path: testInfo.outputPath(`case-tabs-${locale}-390.png`) });
    await context.close();
  });

  test(`at 1366 px (${locale}) the national caseload fits, the header is unchanged and the sort names show whole`, async ({ browser }, testInfo) => {
    const { context, page } = await signedIn(browser, USERS.national, locale, DESKTOP);
    await page.goto("/cases");
    await expect(page.getByTestId("header-menu-button")).toBeHidden();
    await expect(page.getByRole("navigation", { name: text.nav })).toBeVisible();
    await expect(page.getByTestId("filter-panel-button")).toBeHidden();

    const table = page.getByRole("table");
    await expect(table.locator("tbody tr").first()).toBeVisible();
    const overflow = await table.evaluate((element) => {
      const wrapper = element.parentElement!;
      return wrapper.scrollWidth - wrapper.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);

    // A <select> reports no overflow of its own: measure its widest option in its font instead.
    const sort = page.locator("#caseload-sort");
    const room = await sort.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const widest = Math.max(...[...select.options].map((option) => context.measureText(option.text).width));
      // The drop-down arrow takes about 16 px beside the padding.
      return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16 - widest;
    });
    expect(room).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`caseload-national-${locale}-1366.png`), fullPage: true });
    await context.close();
  });
}
