import { expect, test } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";

// Every page of a case file is a real 404 for someone outside the case's scope — by URL, not
// only by hiding links — exactly like a case that does not exist.
const TABS = ["", "/registration", "/assessment", "/plan", "/placements", "/bid", "/notes", "/closure", "/assignment", "/photo"];

test("every tab of a case is a 404 for a worker of another centre and for the M&E officer", async ({ browser }) => {
  const worker = await browser.newPage();
  await login(worker, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(worker);
  await worker.close();

  for (const outsider of [USERS.socialWorkerNkn, USERS.monitoring]) {
    const page = await browser.newPage();
    await login(page, outsider);
    for (const tab of TABS) {
      const response = await page.goto(`${caseUrl}${tab}`);
      expect(response?.status(), `${outsider} ${tab || "/"}`).toBe(404);
    }
    await page.close();
  }
});
