import { expect, test } from "@playwright/test";
import { login, USERS } from "./support";

// The M&E officer: the indicator report and its exports, never a name, a
// case page or a caseload — checked by URL, not only by the links that are hidden.
const FORBIDDEN = ["/cases", "/cases/new", "/dashboard", "/placements", "/approvals", "/bid", "/panels", "/foster-families", "/access-requests", "/admin/timelines"];
const ALLOWED_LINKS = ["/", "/reports/indicators", "/exports"];

test("the M&E officer lands on the indicator report and can open nothing else", async ({ browser }) => {
  test.setTimeout(120_000); // a dozen 404 pages, two sign-ins
  // A real case id, read by the national supervisor.
  const national = await browser.newPage();
  await login(national, USERS.national);
  await national.goto("/cases");
  await national.locator('a[href^="/cases/"]').filter({ hasText: /^[A-Z]{3}-\d{4}-\d{4}$/ }).first().click();
  await expect(national).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = new URL(national.url()).pathname;
  await national.close();

  const page = await browser.newPage();
  await login(page, USERS.monitoring);
  await expect(page).toHaveURL(/\/reports\/indicators$/);
  await expect(page.getByRole("heading", { level: 1, name: "Rapport d'indicateurs" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  // Home only forwards to the indicator report: no second link to the same page.
  await expect(nav.getByRole("link", { name: "Accueil", exact: true })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Indicateurs" })).toBeVisible();
  for (const name of ["Dossiers", "Enregistrer un enfant", "Tableau de bord", "Approbations", "Occupation", "Familles d'accueil", "Panels DIS", "Mes panels", "Demandes d'accès", "Paramètres"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(0);
  }
  for (const href of await nav.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    expect(ALLOWED_LINKS, `nav link ${href}`).toContain(href);
  }

  for (const url of [...FORBIDDEN, caseUrl, `${caseUrl}/registration`, `${caseUrl}/placements`, `${caseUrl}/bid`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" }), url).toBeVisible();
  }

  // Home sends them back to the report.
  await page.goto("/");
  await expect(page).toHaveURL(/\/reports\/indicators$/);
});
