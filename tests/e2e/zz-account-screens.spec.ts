import { test, expect } from "@playwright/test";
import { copyDemoAccount } from "./database";
import { login, USERS } from "./support";

for (const width of [1366, 390]) {
  for (const locale of ["fr", "ar"]) {
    test(`screens ${locale} ${width}`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      const { email } = await copyDemoAccount(USERS.socialWorkerNdb);
      await page.clock.install();
      await login(page, email);
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await page.goto("/account");
      await page.locator("#newPassword").fill("Chameau bleu traverse");
      await page.locator("#confirmPassword").fill("x");
      await page.locator("#currentPassword").fill("");
      await page.getByTestId("change-password-form").getByRole("button").click();
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `/tmp/acct-${locale}-${width}.png`, fullPage: true });
      if (width === 390) {
        await page.getByTestId("header-menu-button").click();
        await page.screenshot({ path: `/tmp/acct-menu-${locale}-${width}.png` });
        await page.getByTestId("header-menu-button").click();
      }
      await page.clock.fastForward("15:10");
      await expect(page.getByRole("alertdialog")).toBeVisible();
      await page.screenshot({ path: `/tmp/idle-${locale}-${width}.png` });
      await page.clock.fastForward("02:00");
      await expect(page).toHaveURL(/signedOut=idle/);
      await page.screenshot({ path: `/tmp/login-idle-${locale}-${width}.png` });
    });
  }
}
