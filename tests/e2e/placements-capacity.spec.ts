// Relies on the seed: CPISE Nouakchott Nord (NKN) is one bed short of full (prisma/seed-placements.ts).
// Only this spec admits children to NKN.
import { expect, test, type Browser } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

const SUPERVISOR_NKC = "superviseure.nkc@cpise.demo";

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test("the last bed goes to one child; beyond capacity a social worker is refused and the supervisor overrides with a reason", async ({ browser }) => {
  const worker = await signedIn(browser, USERS.socialWorkerNkn);
  const first = await registerChildViaUi(worker);
  await worker.goto(`${first.caseUrl}/placements`);
  await worker.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
  await expect(worker.getByTestId("centre-full")).toHaveCount(0);
  await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(worker.getByTestId("current-placement")).toContainText("CPISE Nouakchott Nord");

  const second = await registerChildViaUi(worker);
  await worker.goto(`${second.caseUrl}/placements`);
  await worker.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
  await expect(worker.getByTestId("centre-full")).toBeVisible();
  await expect(worker.getByLabel("Motif du dépassement de capacité")).toHaveCount(0);
  await worker.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(worker.getByTestId("form-error")).toHaveText(
    "Le centre est complet : l'admission au-delà de la capacité demande le/la superviseur·e du centre.",
  );
  await worker.reload();
  await expect(worker.getByTestId("no-current-placement")).toBeVisible();

  const supervisor = await signedIn(browser, SUPERVISOR_NKC);
  await supervisor.goto(`${second.caseUrl}/placements`);
  await supervisor.getByLabel("Type de placement *").selectOption({ label: "Accueil résidentiel CPISE" });
  await expect(supervisor.getByTestId("centre-full")).toBeVisible();
  await supervisor.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(supervisor.getByTestId("error-capacityOverrideReason")).toHaveText("Le centre est complet : indiquez le motif du dépassement de capacité.");
  await supervisor.getByLabel("Motif du dépassement de capacité").fill("Fratrie déjà accueillie au centre, aucune autre place sûre.");
  await supervisor.getByRole("button", { name: "Enregistrer le placement" }).click();
  await expect(supervisor.getByTestId("current-placement")).toContainText("CPISE Nouakchott Nord");
  await expect(supervisor.getByTestId("placement-row")).toContainText(
    "Admis·e au-delà de la capacité : Fratrie déjà accueillie au centre, aucune autre place sûre.",
  );
  await expect(supervisor.getByTestId("placement-row")).toContainText("Khadijetou Mint Salem");
});
