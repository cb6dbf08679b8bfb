import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

/**
 * Adds a note through the form and keeps the server action request the browser sent, so that the
 * test can send the same action again from elsewhere with another summary.
 */
async function addNoteAndCapture(page: Page, summary: string) {
  await page.getByLabel("Type *").selectOption({ label: "Appel téléphonique" });
  await page.getByLabel("Résumé *").fill(summary);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Ajouter la note" }).click(),
  ]);
  await expect(page.getByRole("status")).toHaveText("Note ajoutée au dossier.");
  const body = request.postData()!;
  expect(body).toContain(summary);
  // The cookies come from the context that replays the request, not from this one.
  const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => name !== "cookie"));
  return {
    /** The same add-note action, sent with the cookies of `context`, with another summary. */
    replay: (context: BrowserContext, newSummary: string) =>
      context.request.post(request.url(), { headers, data: body.replace(summary, newSummary), maxRedirects: 0 }),
  };
}

test("a session cookie copied before signing out is refused afterwards, on pages and on server actions", async ({ browser }) => {
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await login(page, USERS.socialWorkerNdb);
  const { caseUrl, caseNumber } = await registerChildViaUi(page);
  await page.goto(`${caseUrl}/notes`);
  const addNote = await addNoteAndCapture(page, "Note écrite avant la copie du cookie.");

  // Someone copies the cookie into another browser: it works as long as the session is open.
  const thief = await browser.newContext();
  await thief.addCookies(await owner.cookies());
  const thiefPage = await thief.newPage();
  await thiefPage.goto(caseUrl);
  await expect(thiefPage.getByTestId("case-number")).toHaveText(caseNumber);
  expect((await addNote.replay(thief, "Note rejouée pendant la session.")).status()).toBeLessThan(400);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The copied cookie is still in the other browser, but the session has ended on the server.
  for (const path of [caseUrl, `${caseUrl}/notes`, "/cases"]) {
    await thiefPage.goto(path);
    await expect(thiefPage).toHaveURL(/\/login/);
    await expect(thiefPage.getByRole("heading", { name: "Connexion" })).toBeVisible();
  }
  const pdf = await thief.request.get(`${caseUrl}/pdf`, { maxRedirects: 0 });
  expect(pdf.headers()["content-type"] ?? "").not.toContain("application/pdf");
  const refused = await addNote.replay(thief, "Note rejouée après la déconnexion.");
  expect(refused.status()).toBeLessThan(500);
  expect(await refused.text()).not.toContain("Note rejouée après la déconnexion.");

  // Signed in again: the notes written during the session are there, the replayed one is not.
  const again = await browser.newPage();
  await login(again, USERS.socialWorkerNdb);
  await again.goto(`${caseUrl}/notes`);
  const summaries = again.getByTestId("note-summary");
  await expect(summaries.filter({ hasText: "Note rejouée pendant la session." })).toHaveCount(1);
  await expect(summaries.filter({ hasText: "Note écrite avant la copie du cookie." })).toHaveCount(1);
  await expect(summaries.filter({ hasText: "Note rejouée après la déconnexion." })).toHaveCount(0);
  await expect(summaries).toHaveCount(2);
});

test("signing out ends that session only: the same user signed in elsewhere stays signed in", async ({ browser }) => {
  const desk = await browser.newPage();
  await login(desk, USERS.socialWorkerNdb);
  const tablet = await browser.newPage();
  await login(tablet, USERS.socialWorkerNdb);
  await tablet.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(tablet).toHaveURL(/\/login/);
  await desk.goto("/cases");
  await expect(desk.getByTestId("signed-in-user")).toContainText("Aminata Sy");
});

test("signing out through the Auth.js endpoint instead of the button ends the session on the server too", async ({ browser }) => {
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await login(page, USERS.socialWorkerNdb);
  const thief = await browser.newContext();
  await thief.addCookies(await owner.cookies());

  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  expect((await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login" } })).status()).toBeLessThan(400);

  const thiefPage = await thief.newPage();
  await thiefPage.goto("/cases");
  await expect(thiefPage).toHaveURL(/\/login/);
});
