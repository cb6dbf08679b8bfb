import { expect, test } from "@playwright/test";
import { USERS } from "./support";

test("switching to Arabic renders right-to-left and the choice persists", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { name: "تسجيل الدخول" })).toBeVisible();

  // Persists across reloads and after signing in.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByLabel("البريد الإلكتروني").fill(USERS.supervisorNdb);
  await page.getByLabel("كلمة المرور").fill("Demo-CPISE-2026");
  await page.getByRole("button", { name: "دخول" }).click();
  // A supervisor lands on their dashboard.
  await expect(page.getByRole("heading", { name: "لوحة المتابعة", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { name: "Tableau de bord", level: 1 })).toBeVisible();
});

test("every page of the journey reads in Arabic at phone width", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: "http://127.0.0.1:3100" }]);
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByLabel("البريد الإلكتروني").fill(USERS.socialWorkerNdb);
  await page.getByLabel("كلمة المرور").fill("Demo-CPISE-2026");
  await page.getByRole("button", { name: "دخول" }).click();
  // The social worker's home: her due and overdue work.
  await expect(page.getByRole("heading", { name: "المستحق اليوم والمتأخر" })).toBeVisible();
  await page.goto("/cases");
  await expect(page.getByRole("heading", { name: "ملفاتي" })).toBeVisible();
  await page.goto("/cases/new");
  await expect(page.getByRole("heading", { name: "تسجيل طفل" })).toBeVisible();
  await context.close();
});
