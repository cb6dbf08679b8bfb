import { expect, test, type Page } from "@playwright/test";
import { login } from "./support";
import { watchSecurity } from "./security-watch";

// Every main page of every kind of user, with the security headers checked on each response and
// any Content Security Policy violation failing the test (docs/adr/0018-security-headers.md).

const ROLES = [
  { role: "social worker", email: "assistante.ndb@cpise.demo", casePages: true },
  { role: "centre supervisor", email: "superviseur.ndb@cpise.demo", casePages: true },
  { role: "national supervisor", email: "national@cpise.demo", casePages: true },
  { role: "BID coordinator", email: "bid@cpise.demo", casePages: true },
  { role: "panel member", email: "panel.masef@cpise.demo", casePages: false },
  { role: "NGO caseworker", email: "ong.sahel@cpise.demo", casePages: true },
  { role: "M&E officer", email: "suivi@cpise.demo", casePages: false },
  { role: "administrator", email: "admin@cpise.demo", casePages: false },
];

test.describe.configure({ mode: "parallel" });

/** Opens a page and waits until it has hydrated, so that blocked scripts would have been reported. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
}

async function hrefs(page: Page, navigationName: string) {
  return page.getByRole("navigation", { name: navigationName }).getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

for (const { role, email, casePages } of ROLES) {
  test(`${role}: every main page has the security headers and no CSP violation`, async ({ page, baseURL }) => {
    const watch = await watchSecurity(page, baseURL!);
    await visit(page, "/login");
    await login(page, email);

    for (const path of await hrefs(page, "Navigation principale")) {
      await visit(page, path);
      // Charts are drawn by scripts and styled inline: they must still render.
      if (path === "/placements") await expect(page.getByTestId("occupancy-chart").locator("svg.recharts-surface").first()).toBeVisible();
      if (path === "/dashboard" && role === "national supervisor") await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    }

    if (casePages) {
      await visit(page, "/cases");
      const firstCase = page.locator('a[href^="/cases/"]').filter({ hasText: /\d/ }).first();
      await firstCase.click();
      await expect(page.getByTestId("case-number")).toBeVisible();
      for (const path of await hrefs(page, "Sections du dossier")) await visit(page, path);
      // The PDF link still downloads the case file.
      const download = page.waitForEvent("download");
      await page.getByTestId("case-pdf").click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    }

    if (role === "panel member") {
      const session = page.getByTestId("panel-date").first();
      if (await session.count()) {
        await session.click();
        await page.waitForLoadState("networkidle");
      }
    }

    // The language switch (a server action posted by a plain form) still works, and back.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();

    await watch.expectClean();
  });
}

test("another site cannot frame the app", async ({ page, baseURL }) => {
  const frameResponse = page.waitForResponse(`${baseURL}/login`);
  await page.setContent(`<iframe id="app" src="${baseURL}/login" width="800" height="600"></iframe>`);
  await frameResponse;
  await page.waitForTimeout(500);
  await expect(page.frameLocator("#app").getByLabel("Adresse e-mail")).toHaveCount(0);
});
