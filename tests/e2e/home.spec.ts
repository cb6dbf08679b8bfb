// Each role lands where its work is, and the menu never offers two links to the same page.
import { expect, test } from "@playwright/test";
import { login, USERS } from "./support";

const nav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Navigation principale" });

test("the BID coordinator lands on the BID overview after signing in; Home is not a second link to it", async ({ page }) => {
  await login(page, "bid@cpise.demo");
  await expect(page).toHaveURL(/\/bid$/);
  await expect(nav(page).getByRole("link", { name: "Panels DIS" })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Accueil", exact: true })).toHaveCount(0);
});

test("a supervisor's menu has the dashboard once: no Home link forwarding to it", async ({ page }) => {
  await login(page, USERS.supervisorNdb);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(nav(page).getByRole("link", { name: "Tableau de bord" })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Accueil", exact: true })).toHaveCount(0);
});

test("the social worker's home lists her overdue work first, the most overdue at the top", async ({ page }) => {
  await login(page, USERS.socialWorkerNdb);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bienvenue, Aminata Sy" })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Accueil", exact: true })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Dossiers" })).toBeVisible();

  const due = page.getByTestId("home-due");
  await expect(due.getByRole("heading", { name: "À faire aujourd'hui et en retard" })).toBeVisible();
  const overdue = page.getByTestId("home-overdue");
  await expect(overdue.getByTestId("home-due-item").first()).toBeVisible();
  // The first item of the section is an overdue one, and overdue ones come oldest first.
  await expect(due.getByTestId("home-due-item").first()).toContainText("en retard de");
  const days = (await overdue.getByTestId("home-due-item").allTextContents()).map((text) => Number(text.match(/en retard de (\d+)/)?.[1]));
  expect(days.every((n) => n > 0)).toBe(true);
  expect(days).toEqual([...days].sort((a, b) => b - a));

  // Each item opens its case.
  const first = overdue.getByTestId("home-due-item").first().getByRole("link");
  const caseNumber = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByTestId("case-number")).toHaveText(caseNumber);
});
