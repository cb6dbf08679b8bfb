import { expect, test } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

const DAY = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const frenchDate = (iso: string, dateStyle: "medium" | "long") =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle, timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

test.describe("case notes, follow-up visits and the timeline", () => {
  test("a worker adds a follow-up visit with a next visit date; it tops the timeline above the registration", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const { caseUrl, caseNumber } = await registerChildViaUi(page);
    await page.getByRole("link", { name: "Notes et suivi" }).click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}/notes$`));
    await expect(page.getByRole("heading", { name: "Historique du dossier" })).toBeVisible();
    await expect(page.getByTestId("planned-visit")).toContainText("Aucune visite prévue");

    const today = isoDate(new Date());
    const nextVisit = isoDate(new Date(Date.now() + 7 * DAY));
    await expect(page.getByLabel("Date *")).toHaveValue(today);
    await page.getByLabel("Type *").selectOption({ label: "Visite de suivi" });
    await page.getByLabel("Résumé *").fill("Visite au centre : l'enfant a rencontré l'éducatrice, il va bien.");
    await page.getByLabel("Date de la prochaine visite (facultatif)").fill(nextVisit);
    await page.getByRole("button", { name: "Ajouter la note" }).click();

    await expect(page.getByRole("status")).toHaveText("Note ajoutée au dossier.");
    const entries = page.getByTestId("timeline-entry");
    const newest = entries.first();
    await expect(newest).toHaveAttribute("data-event-type", "case.noteAdded");
    await expect(newest.getByTestId("timeline-label")).toHaveText(`Visite de suivi · ${frenchDate(today, "medium")}`);
    await expect(newest.getByTestId("note-summary")).toHaveText("Visite au centre : l'enfant a rencontré l'éducatrice, il va bien.");
    await expect(newest.getByTestId("note-next-visit")).toHaveText(`Prochaine visite : ${frenchDate(nextVisit, "medium")}`);
    await expect(newest).toContainText("par Aminata Sy");
    const registered = page.locator('[data-event-type="case.registered"]');
    await expect(registered).toContainText(`Enfant enregistré (dossier ${caseNumber})`);
    // The registration is older than the note: it comes below it.
    const order = await entries.evaluateAll((items) => items.map((item) => item.getAttribute("data-event-type")));
    expect(order.indexOf("case.noteAdded")).toBeLessThan(order.indexOf("case.registered"));

    await expect(page.getByTestId("planned-visit")).toContainText(frenchDate(nextVisit, "medium"));
    // The form is empty again, ready for the next note.
    await expect(page.getByLabel("Résumé *")).toHaveValue("");

    // Read-only roles see the timeline, not the form.
    const national = await page.context().browser()!.newPage();
    await login(national, USERS.national);
    await national.goto(`${caseUrl}/notes`);
    await expect(national.getByTestId("note-summary").first()).toHaveText(/l'enfant a rencontré l'éducatrice/);
    await expect(national.getByRole("button", { name: "Ajouter la note" })).toHaveCount(0);
    await national.close();
  });

  test("an invalid note shows translated errors beside the fields, keeps what was typed and adds nothing", async ({ page }) => {
    await login(page, USERS.socialWorkerNdb);
    const { caseUrl } = await registerChildViaUi(page);
    await page.goto(`${caseUrl}/notes`);
    const entriesBefore = await page.getByTestId("timeline-entry").count();

    const today = isoDate(new Date());
    const yesterday = isoDate(new Date(Date.now() - DAY));
    await page.getByLabel("Type *").selectOption({ label: "Visite de suivi" });
    await page.getByLabel("Résumé *").fill("   ");
    await page.getByLabel("Date de la prochaine visite (facultatif)").fill(yesterday);
    await page.getByRole("button", { name: "Ajouter la note" }).click();

    await expect(page.getByTestId("error-summary")).toHaveText("Ce champ est obligatoire.");
    await expect(page.getByTestId("error-nextVisitDate")).toHaveText("La prochaine visite ne peut pas être avant la date de la note.");
    await expect(page.getByTestId("form-error")).toContainText("Le formulaire contient des erreurs");
    await expect(page.getByLabel("Date de la prochaine visite (facultatif)")).toHaveValue(yesterday);
    await expect(page.getByLabel("Date *")).toHaveValue(today);

    // A future date is refused too.
    await page.getByLabel("Date *").fill(isoDate(new Date(Date.now() + 2 * DAY)));
    await page.getByRole("button", { name: "Ajouter la note" }).click();
    await expect(page.getByTestId("error-date")).toHaveText("La date ne peut pas être dans le futur.");

    await page.reload();
    await expect(page.getByTestId("timeline-entry")).toHaveCount(entriesBefore);
    await expect(page.locator('[data-event-type="case.noteAdded"]')).toHaveCount(0);
  });
});
