import { expect, test } from "@playwright/test";
import { login } from "./support";

// prisma/seed-bid-sessions.ts: a held session with a signed decision for this case (read only here).
const CASE = "NKO-2025-0005";

test("the case's supervisor reads the signed panel decision on the case's BID tab, without the votes", async ({ page }) => {
  await login(page, "superviseure.nkc@cpise.demo");
  await page.goto(`/cases?q=${CASE}`);
  await page.getByRole("link", { name: CASE }).first().click();
  await page.getByRole("link", { name: "DIS", exact: true }).click();
  const decision = page.getByTestId("case-bid-decision");
  await expect(decision).toHaveCount(1);
  await expect(decision).toContainText("Retour et réunification dans le pays d'origine");
  await expect(decision).toContainText("OIM organise le voyage");
  await expect(decision.getByText("Date de révision")).toBeVisible();
  // Panel confidentiality: no votes or dissents here, and no link to the full record for the centre.
  await expect(decision.getByText(/^(Pour|Contre|Abstention)$/)).toHaveCount(0);
  await expect(decision).not.toContainText("Vote");
  await expect(page.getByRole("link", { name: "Procès-verbal complet de la décision" })).toHaveCount(0);
});
