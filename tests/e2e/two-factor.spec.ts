import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { login, USERS } from "./support";

// A panel member no other spec signs in with after the BID specs; its second factor is turned off
// again at the end of the journey, so the demo account works with the password alone.
const MEMBER = "panel.sahel@cpise.demo";

// The journeys change this account and the shared security setting: one after the other.
test.describe.configure({ mode: "serial" });

/** The code the app would show half a period from now: always newer than the one used before it. */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

async function submitPassword(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(MEMBER);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { name: "Code de vérification" })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

async function setRequired(page: Page, required: boolean) {
  await page.goto("/admin/security");
  const box = page.getByLabel("Membre de panel DIS");
  if (required) await box.check();
  else await box.uncheck();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("form-saved")).toHaveText("Réglages de sécurité enregistrés.");
}

test("a role that requires two-step sign-in is sent to enrolment on every page until it is on", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await login(admin, USERS.administrator);
  await admin.goto("/admin/timelines");
  await admin.getByRole("link", { name: "Sécurité des comptes" }).click();
  await expect(admin.getByRole("heading", { name: "Sécurité des comptes" })).toBeVisible();

  const member = await (await browser.newContext()).newPage();
  try {
    await setRequired(admin, true);
    await login(member, MEMBER);
    await expect(member).toHaveURL(/\/account\/two-factor$/);
    await expect(member.getByTestId("two-factor-required")).toBeVisible();
    await member.goto("/bid");
    await expect(member).toHaveURL(/\/account\/two-factor$/);
  } finally {
    // Lifted at once: other specs sign in with panel members.
    await setRequired(admin, false);
  }
  await member.goto("/bid");
  await expect(member).toHaveURL(/\/bid$/);
});

test("enrol with the app, then sign in with password and code, or with a recovery code once; the password alone is not enough", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, MEMBER);
  await page.goto("/account/two-factor");
  await expect(page.getByTestId("totp-qr").locator("svg")).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");

  // A wrong code is refused beside the field, and nothing changes.
  await page.getByLabel("Code à 6 chiffres").fill("000000");
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.getByTestId("error-code")).toContainText("Ce code n'est pas valable");

  await page.getByLabel("Code à 6 chiffres").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.getByTestId("two-factor-enabled")).toHaveText("La connexion en deux étapes est activée.");
  await expect(page.getByTestId("recovery-code")).toHaveCount(10);
  const recoveryCodes = await page.getByTestId("recovery-code").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await page.getByRole("button", { name: "Se reconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The password alone: the form asks for a code and no session exists.
  await submitPassword(page);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/login$/);

  // Password and the app's code.
  await submitPassword(page);
  await page.getByLabel("Code à 6 chiffres").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await signOut(page);

  // A recovery code works once.
  for (const attempt of ["first", "again"] as const) {
    await submitPassword(page);
    await page.getByRole("button", { name: "Je n'ai pas mon téléphone : utiliser un code de récupération" }).click();
    await page.getByLabel("Code de récupération").fill(recoveryCodes[0]);
    await page.getByRole("button", { name: "Vérifier" }).click();
    if (attempt === "first") {
      await expect(page.getByTestId("signed-in-user")).toBeVisible();
      await signOut(page);
    } else {
      await expect(page.getByTestId("form-error")).toContainText("Ce code n'est pas valable");
      await expect(page.getByTestId("signed-in-user")).toBeHidden();
    }
  }

  // Back to the demo state: sign in with another recovery code, get new codes, turn it off.
  await page.getByLabel("Code de récupération").fill(recoveryCodes[1]);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await page.goto("/account/two-factor");
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("Il vous reste 8 codes de récupération.");
  const regenerate = page.getByTestId("regenerate-codes-form");
  await regenerate.getByLabel("Code de l'application ou code de récupération").fill(recoveryCodes[2]);
  await regenerate.getByRole("button", { name: "Créer de nouveaux codes" }).click();
  await expect(page.getByTestId("recovery-code")).toHaveCount(10);
  const fresh = await page.getByTestId("recovery-code").allTextContents();
  expect(fresh).toHaveLength(10);
  expect(fresh).not.toContain(recoveryCodes[3]);
  await page.getByRole("button", { name: "J'ai rangé mes codes" }).click();
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("Il vous reste 10 codes de récupération.");

  const disable = page.getByTestId("disable-two-factor-form");
  await disable.getByLabel("Mot de passe actuel").fill(DEMO_PASSWORD);
  await disable.getByLabel("Code de l'application ou code de récupération").fill(recoveryCodes[3]);
  await disable.getByRole("button", { name: "Désactiver" }).click();
  await expect(disable.getByTestId("error-disable-code")).toContainText("Ce code n'est pas valable");
  await disable.getByLabel("Code de l'application ou code de récupération").fill(fresh[0]);
  await disable.getByRole("button", { name: "Désactiver" }).click();
  await expect(page.getByTestId("two-factor-disabled")).toContainText("La connexion en deux étapes est désactivée.");
  await page.getByRole("button", { name: "Se reconnecter" }).click();
  await login(page, MEMBER);
});

test("an administrator resets a lost second factor: the member signs in with the password alone again", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await login(page, MEMBER);
  await page.goto("/account/two-factor");
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code à 6 chiffres").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.getByTestId("two-factor-enabled")).toBeVisible();
  await page.getByRole("button", { name: "Se reconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The member lost the phone and the codes: the administrator resets the second factor.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, USERS.administrator);
  await admin.goto(`/admin/users?q=${encodeURIComponent(MEMBER)}`);
  await admin.getByTestId("user-row").getByRole("link").click();
  const reset = admin.getByTestId("two-factor-reset");
  await expect(reset.getByTestId("two-factor-state")).toContainText("Activée depuis le");
  admin.once("dialog", (dialog) => void dialog.accept());
  await reset.getByRole("button", { name: "Réinitialiser la connexion en deux étapes" }).click();
  // The page refreshes after the reset: the section then says it is off.
  await expect(reset.getByTestId("two-factor-state")).toHaveText("Non activée.");
  await admin.reload();
  await expect(admin.getByTestId("two-factor-reset").getByTestId("two-factor-state")).toHaveText("Non activée.");
  await admin.context().close();

  // No code is asked any more.
  await login(page, MEMBER);
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
});
