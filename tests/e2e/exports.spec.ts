import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { login, registerChildViaUi, uniqueName, USERS } from "./support";

async function sheetRows(download: Download): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** Clicks an export button, waits for the file to be ready, downloads it. */
async function exportAndDownload(page: Page, testId: string, buttonName: string): Promise<{ download: Download; jobPath: string }> {
  const exporter = page.getByTestId(testId);
  await exporter.getByRole("button", { name: buttonName }).click();
  // The progress bar while it runs (a small file may be ready before the first poll), then the link.
  const link = exporter.getByRole("link", { name: "Télécharger" });
  await expect(exporter.getByRole("progressbar").or(link)).toBeVisible();
  await expect(link).toBeVisible();
  const jobPath = (await link.getAttribute("href"))!;
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { download, jobPath };
}

test("a centre supervisor exports the filtered caseload, downloads it and finds it under My exports", async ({ page, browser }) => {
  await login(page, USERS.supervisorNdb);
  const { caseNumber, firstName } = await registerChildViaUi(page, uniqueName("Export"));
  await page.goto(`/cases?q=${firstName}`);
  await expect(page.getByTestId("case-count")).toHaveText("1 dossier");

  const { download, jobPath } = await exportAndDownload(page, "export-caseload", "Exporter la liste (XLSX)");
  expect(download.suggestedFilename()).toMatch(/^cpise-caseload-.*\.xlsx$/);
  const rows = await sheetRows(download);
  expect(rows[0].slice(0, 4)).toEqual(["N° de dossier", "Nom de famille", "Prénom(s)", "Sexe"]);
  expect(rows).toHaveLength(2);
  expect(rows[1].slice(0, 4)).toEqual([caseNumber, "Diallo", firstName, "Fille"]);

  await page.getByTestId("export-caseload").getByRole("link", { name: "Mes exports" }).click();
  await expect(page.getByRole("heading", { name: "Mes exports" })).toBeVisible();
  // Its own row (the same account may have other exports): the one whose link is this job's.
  const row = page.getByTestId("export-row").filter({ has: page.locator(`a[href="${jobPath}"]`) });
  await expect(row).toContainText("Liste des dossiers (XLSX)");
  await expect(row).toContainText("Terminé");
  await expect(row).toContainText("1 / 1 lignes");
  await expect(row.getByRole("link", { name: "Télécharger" })).toHaveAttribute("href", jobPath);

  // Someone else asking for that file by its URL gets a 404, like a job that does not exist.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, USERS.national);
  expect((await otherPage.request.get(jobPath)).status()).toBe(404);
  expect((await otherPage.request.get(`${jobPath}/status`)).status()).toBe(404);
  await other.close();
});

test("the M&E officer exports the indicator report as XLSX and CSV, without names or case numbers", async ({ page }) => {
  await login(page, USERS.monitoring);
  await page.goto("/reports/indicators");
  // The default period: January to the last month that has ended (ADR 0017).
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const period = `du ${lastMonth.slice(0, 4)}-01 au ${lastMonth}`;

  const xlsx = await sheetRows((await exportAndDownload(page, "export-indicators-xlsx", "Exporter en XLSX")).download);
  expect(xlsx).toContainEqual(["Période", period]);
  const headerAt = xlsx.findIndex((row) => row[0] === "Indicateur");
  expect(xlsx[headerAt]).toEqual(["Indicateur", "Ventilation", "Catégorie", "Nombre"]);
  expect(xlsx[headerAt + 1].slice(0, 3)).toEqual(["Enfants enregistrés", "Total", "Tous"]);
  // Rounded to base 5, or "<5".
  const total = xlsx[headerAt + 1][3];
  expect((typeof total === "number" && total % 5 === 0) || total === "<5").toBe(true);
  expect(JSON.stringify(xlsx)).toContain("arrondi à un multiple de 5");
  expect(JSON.stringify(xlsx)).not.toMatch(/[A-Z]{3}-\d{4}-\d{3,}/);

  const { download } = await exportAndDownload(page, "export-indicators-csv", "Exporter en CSV");
  expect(download.suggestedFilename()).toMatch(/^cpise-indicators-.*\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines).toContain("Indicateur,Ventilation,Catégorie,Nombre");
  expect(lines).toContain(`Période,${period}`);
  expect(lines.some((line) => /^Enfants enregistrés,Total,Tous,(\d*[05]|<5)$/.test(line))).toBe(true);
});

test("the export shows its progress while it runs, and the page stays usable", async ({ page }) => {
  await login(page, USERS.national);
  await page.goto("/cases");
  // Hold the status at "running" as a long export would report it, then let the real one through.
  const running = { status: "RUNNING", rowsDone: 1200, rowsTotal: 5400, error: null, downloadable: false, fileName: null };
  await page.route("**/exports/*/status", (route) => route.fulfill({ json: running }));
  const exporter = page.getByTestId("export-caseload");
  await exporter.getByRole("button", { name: "Exporter la liste (XLSX)" }).click();
  const bar = exporter.getByRole("progressbar", { name: "Avancement de l'export" });
  await expect(bar).toHaveAttribute("aria-valuenow", "1200");
  await expect(bar).toHaveAttribute("aria-valuemax", "5400");
  await expect(exporter.getByTestId("export-progress-text")).toHaveText(/^1\s200 \/ 5\s400 lignes$/);
  await expect(exporter.getByRole("button", { name: "Exporter la liste (XLSX)" })).toBeDisabled();
  // Nothing blocks the rest of the page meanwhile.
  await page.getByLabel("Rechercher").fill("Diallo");
  await expect(page.getByLabel("Rechercher")).toHaveValue("Diallo");

  await page.unroute("**/exports/*/status");
  await expect(exporter.getByRole("link", { name: "Télécharger" })).toBeVisible();
  await expect(bar).toBeHidden();
});
