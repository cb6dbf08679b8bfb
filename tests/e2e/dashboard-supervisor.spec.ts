import { expect, type Page } from "@playwright/test";
import { test } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

// Supervisor dashboards (ADR 0015). Other specs register cases in parallel, so a number
// is compared with its list in one go (retried if someone registered in between), never with a
// fixed seed figure.

const SUPERVISOR_NKC = "superviseure.nkc@cpise.demo";

/** "12 dossiers" → 12; "Aucun dossier" → 0. */
async function listTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId("case-count").textContent()) ?? "";
  const match = text.match(/\d+/);
  return match ? Number(match[0]) : 0;
}

async function cardCount(page: Page, measure: string): Promise<number> {
  return Number(await page.getByTestId(`dashboard-card-${measure}`).getByTestId("count").textContent());
}

test("a centre supervisor lands on the dashboard; each number opens the caseload with its filter and the same count", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, USERS.supervisorNdb);
  // A supervisor's registration waits for assignment: one more case to assign.
  await registerChildViaUi(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Tableau de bord", level: 1 })).toBeVisible();
  // One centre: no centre filter.
  await expect(page.getByTestId("dashboard-centre-filter")).toHaveCount(0);

  for (const [measure, urlPart] of [
    ["toAssign", /[?&]worker=unassigned(&|$)/],
    ["open", /[?&]status=REGISTERED%2CASSESSMENT%2CCASE_PLAN%2CBID_PENDING%2CIMPLEMENTATION%2CFOLLOW_UP(&|$)/],
    ["overdue", /[?&]overdue=1(&|$)/],
    ["overdueAssessments", /[?&]overdue=assessment(&|$)/],
    ["awaitingApproval", /[?&]awaiting=approval(&|$)/],
  ] as const) {
    await expect(async () => {
      await page.goto("/dashboard");
      const shown = await cardCount(page, measure);
      await page.getByTestId(`dashboard-card-${measure}`).click();
      await expect(page).toHaveURL(urlPart);
      await expect(page.getByTestId("case-count")).toBeVisible();
      expect(await listTotal(page)).toBe(shown);
    }).toPass({ timeout: 30_000 });
  }

});

test("the list opened from a number shows the filters applied, and they can be cleared", async ({ page }) => {
  await login(page, USERS.supervisorNdb);
  const { caseNumber } = await registerChildViaUi(page);
  // The case to assign is in its list, and the filter bar shows what is applied.
  await page.goto("/dashboard");
  await page.getByTestId("dashboard-card-toAssign").click();
  await expect(page.getByRole("link", { name: caseNumber })).toBeVisible();
  await expect(page.getByLabel("Travailleur·se social·e")).toHaveValue("unassigned");
  await expect(page.getByTestId("status-filter").locator("summary")).toContainText("Enregistré");

  // The overdue kind shows in its select and can be cleared.
  await page.goto("/dashboard");
  await page.getByTestId("dashboard-card-overdueAssessments").click();
  await expect(page.getByLabel("En retard", { exact: true })).toHaveValue("assessment");
  await page.getByLabel("En retard", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/[?&]overdue=(&|$)/);
  await expect(page.getByLabel("En retard", { exact: true })).toHaveValue("");

  // Awaiting approval shows as a ticked box.
  await page.goto("/dashboard");
  await page.getByTestId("dashboard-card-awaitingApproval").click();
  await expect(page.getByRole("checkbox", { name: "En attente d'approbation" })).toBeChecked();
});

test("the caseload per worker: a worker's open cases open the caseload filtered on that worker", async ({ page }) => {
  await login(page, USERS.supervisorNdb);
  await page.goto("/dashboard");
  const table = page.getByTestId("worker-table");
  await expect(table).toBeVisible();
  const row = table.getByTestId("worker-row").filter({ hasText: "Aminata Sy" });
  await expect(async () => {
    await page.goto("/dashboard");
    const cell = row.locator('[data-measure="open"] a');
    const shown = Number(await cell.textContent());
    await cell.click();
    await expect(page).toHaveURL(/[?&]worker=[0-9a-f-]{36}(&|$)/);
    await expect(page.getByLabel("Travailleur·se social·e")).toHaveValue(/[0-9a-f-]{36}/);
    expect(await listTotal(page)).toBe(shown);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByLabel("Travailleur·se social·e").locator("option:checked")).toHaveText("Aminata Sy");
});

test("runaways and occupancy for the supervisor's centre; charts come with their tables", async ({ page }) => {
  await login(page, USERS.supervisorNdb);
  await page.goto("/dashboard");
  const runaways = page.getByTestId("dashboard-runaways");
  await expect(runaways.getByRole("heading", { name: "Fugues récentes (30 derniers jours)" })).toBeVisible();
  // Either the list (each case number a link to the case) or the empty state.
  await expect(runaways.getByTestId("runaway").first().or(runaways.getByText("Aucune fugue ces 30 derniers jours."))).toBeVisible();
  for (const entry of await runaways.getByTestId("runaway").all()) {
    await expect(entry.getByRole("link")).toHaveAttribute("href", /^\/cases\/[0-9a-f-]{36}$/);
  }
  const occupancy = page.getByTestId("dashboard-occupancy").getByTestId("occupancy-centre");
  await expect(occupancy).toHaveCount(1);
  await expect(occupancy).toHaveAttribute("data-centre", "NDB");
  await expect(occupancy).toContainText(/\d+ \/ \d+ places occupées/);

  for (const id of ["status", "risk", "registrations", "placements"]) {
    const block = page.getByTestId(`chart-block-${id}`);
    await expect(block.getByRole("img")).toBeVisible();
    await expect(block.locator("svg").first()).toBeVisible();
    await block.getByText("Voir les données en tableau").click();
    await expect(block.getByTestId(`table-${id}`)).toBeVisible();
  }
  await expect(page.getByTestId("table-registrations").locator("tbody tr")).toHaveCount(12);
});

test("a supervisor of three centres filters the dashboard by centre; the links keep the centre", async ({ page }) => {
  await login(page, SUPERVISOR_NKC);
  await expect(page).toHaveURL(/\/dashboard$/);
  const filter = page.getByTestId("dashboard-centre-filter");
  await expect(filter.getByRole("option")).toHaveCount(4);
  await expect(page.getByTestId("occupancy-centre")).toHaveCount(3);

  await filter.getByLabel("Centre").selectOption({ index: 1 });
  const centreName = (await filter.getByLabel("Centre").locator("option:checked").textContent())!;
  await filter.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/[?&]centre=[0-9a-f-]{36}$/);
  const centreId = new URL(page.url()).searchParams.get("centre")!;
  await expect(page.getByText(`Centre : ${centreName}.`)).toBeVisible();
  await expect(page.getByTestId("occupancy-centre")).toHaveCount(1);
  await expect(page.getByTestId("dashboard-card-open")).toHaveAttribute("href", new RegExp(`[?&]centre=${centreId}(&|$)`));

  await expect(async () => {
    await page.goto(`/dashboard?centre=${centreId}`);
    const shown = await cardCount(page, "open");
    await page.getByTestId("dashboard-card-open").click();
    await expect(page.getByLabel("Centre", { exact: true })).toHaveValue(centreId);
    expect(await listTotal(page)).toBe(shown);
  }).toPass({ timeout: 30_000 });
});

test("roles without the dashboard get the not-found page; a centre outside the supervisor's too", async ({ page }) => {
  await login(page, USERS.socialWorkerNdb);
  const response = await page.goto("/dashboard");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});

test("a supervisor cannot open another centre's dashboard by changing the URL", async ({ page }) => {
  // The national supervisor knows the centres' ids; the NDB supervisor tries NKN's.
  await login(page, USERS.national);
  await page.goto("/dashboard");
  const filter = page.getByTestId("dashboard-centre-filter");
  const nkn = await filter.getByLabel("Centre").locator("option", { hasText: "Nouakchott Nord" }).first().getAttribute("value");
  expect(nkn).toMatch(/^[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await login(page, USERS.supervisorNdb);
  const response = await page.goto(`/dashboard?centre=${nkn}`);
  expect(response?.status()).toBe(404);
});
