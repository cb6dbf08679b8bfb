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

test("after the signed decision the BID tab shows the stage and the decision first: no readiness warning, no referral form", async ({ page }) => {
  await login(page, "superviseure.nkc@cpise.demo");
  await page.goto(`/cases?q=${CASE}`);
  await page.getByRole("link", { name: CASE }).first().click();
  await page.getByRole("link", { name: "DIS", exact: true }).click();

  const stage = page.getByTestId("bid-stage");
  await expect(page.getByTestId("bid-steps")).toHaveAttribute("data-stage", "implementation");
  await expect(stage.locator('[aria-current="step"]')).toHaveText(/Mise en œuvre/);
  await expect(stage.locator('li[data-state="done"]')).toHaveCount(3);
  await expect(page.getByTestId("bid-stage-summary")).toContainText("Décision signée le");
  await expect(stage.getByText("Date de révision")).toBeVisible();
  // The stage, then the decision in force, come before anything else on the tab.
  const order = await page.locator('[data-testid="bid-stage"], [data-testid="case-bid-decisions"], section, details').evaluateAll((nodes) =>
    nodes.map((n) => n.getAttribute("data-testid")).filter(Boolean),
  );
  expect(order.slice(0, 2)).toEqual(["bid-stage", "case-bid-decisions"]);
  await expect(page.getByTestId("case-bid-decision").first()).toContainText("Décision en vigueur");

  // What mattered before the decision is gone: no readiness list, no empty referral form.
  await expect(page.getByText("Dossier pas encore prêt")).toHaveCount(0);
  await expect(page.getByTestId("readiness-checklist")).toHaveCount(0);
  await expect(page.getByTestId("bid-refer-form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Orienter vers le panel DIS" })).toHaveCount(0);
  // A review referral opens only as the review date approaches, and says when.
  await expect(page.getByTestId("review-opens")).toContainText("Une révision par le panel pourra être demandée à partir du");
  await expect(page.getByText("Orientations précédentes")).toBeVisible();
});
