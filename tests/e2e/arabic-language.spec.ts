import { expect, test, type Page } from "@playwright/test";
import { fillValidChild, login, uniqueName, USERS } from "./support";

// The Arabic interface writes organisations' Arabic names, Arabic list separators and its own
// words on the photo input (never the browser's English "Choose File / No file chosen").

async function toArabic(page: Page, baseURL: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ar", url: baseURL }]);
}

/** The value shown under a label on the case overview. */
const overviewValue = (page: Page, label: string) => page.locator("div").filter({ has: page.locator("dt", { hasText: label }) }).locator("dd").first();

test("a case shared with an NGO names the NGO in Arabic", async ({ page, baseURL }) => {
  await login(page, USERS.ngoWithReferrals);
  await toArabic(page, baseURL!);

  // A case referred to the NGO with consent to share with it: the share list in Arabic.
  await page.goto("/cases");
  await page.locator('a[href^="/cases/"]').filter({ hasText: /^[A-Z]{3}-\d{4}-\d+$/ }).first().click();
  await expect(overviewValue(page, "يوافق على المشاركة مع هذه المؤسسات")).toContainText("منظمة الساحل للطفولة");
  await expect(overviewValue(page, "يوافق على المشاركة مع هذه المؤسسات")).not.toContainText("ONG Sahel");
});

test("a child's languages are joined with the Arabic و, and the photo input speaks Arabic", async ({ page, baseURL }) => {
  await login(page, USERS.socialWorkerNdb);
  await page.goto("/cases/new");
  await fillValidChild(page, uniqueName("Enfant"));
  // Two languages: Pulaar (checked by the shared helper) and Wolof.
  await page.getByLabel("Wolof").check();
  await page.getByRole("button", { name: "Enregistrer l'enfant" }).click();
  await expect(page.getByRole("status")).toContainText("Enfant enregistré");
  const caseUrl = new URL(page.url()).pathname;
  await toArabic(page, baseURL!);

  await page.goto(caseUrl);
  const languages = overviewValue(page, "اللغات المحكية");
  await expect(languages).toHaveText(/^(البولارية والولفية|الولفية والبولارية)$/);

  await page.goto(`${caseUrl}/registration`);
  const section = page.getByTestId("section-photo");
  await expect(section.getByText("اختر صورة")).toBeVisible();
  await expect(section.getByTestId("chosen-photo")).toHaveText("لم تُختر أي صورة");
  await section.getByLabel("اختر صورة").setInputFiles({ name: "صورة-الطفل.png", mimeType: "image/png", buffer: Buffer.from("89504e470d0a1a0a", "hex") });
  await expect(section.getByTestId("chosen-photo")).toHaveText("صورة-الطفل.png");
  await expect(section.getByText(/Choose File|No file chosen/)).toHaveCount(0);
});

test("the BID roster names each member's organisation in Arabic", async ({ page, baseURL }) => {
  await login(page, "bid@cpise.demo");
  await toArabic(page, baseURL!);
  await page.goto("/bid/roster");
  const roster = page.getByTestId("roster");
  await expect(roster.getByTestId("roster-panel.sahel@cpise.demo")).toContainText("منظمة الساحل للطفولة");
  await expect(roster).not.toContainText("ONG Sahel");
});
