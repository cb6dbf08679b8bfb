import { crc32 } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { login, registerChildViaUi, USERS } from "./support";
import { watchSecurity } from "./security-watch";

// Photos up to the promised 5 MB: larger than a server action's 1 MB body, so sent to the photo
// route; a larger one is refused beside the field before anything is sent, and by the server too.

// A 1×1 PNG: signature and IHDR (33 bytes), then IDAT and IEND.
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082", "hex");
const MB = 1024 * 1024;

/** A valid PNG of exactly `size` bytes: the 1×1 image with a private ancillary chunk that decoders skip. */
function pngOfSize(size: number): Buffer {
  const type = Buffer.from("paDd");
  const data = Buffer.alloc(size - PNG.length - 12, 0x20);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([PNG.subarray(0, 33), length, type, data, crc, PNG.subarray(33)]);
}

async function shownPhotoSize(page: Page, src: string) {
  return (await (await page.request.get(src)).body()).length;
}

test("a 1.5 MB photo is accepted and shown; a 6 MB one is refused beside the field, unsent, and the photo stays", async ({ page, baseURL }) => {
  const watch = await watchSecurity(page, baseURL!);
  await login(page, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(page);
  await page.goto(`${caseUrl}/registration`);
  const section = page.getByTestId("section-photo");
  const image = section.getByRole("img", { name: "Photo de l'enfant" });

  const photo = pngOfSize(1.5 * MB);
  await section.getByLabel("Choisir une photo").setInputFiles({ name: "enfant.png", mimeType: "image/png", buffer: photo });
  await section.getByRole("button", { name: "Téléverser" }).click();
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  const src = (await image.getAttribute("src"))!;
  expect(await shownPhotoSize(page, src)).toBe(photo.length);

  // 6 MB: the message as soon as it is chosen, and again on sending, with no request made.
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "PUT") uploads.push(request.url());
  });
  await section.getByLabel("Choisir une photo").setInputFiles({ name: "grande.png", mimeType: "image/png", buffer: pngOfSize(6 * MB) });
  await expect(section.getByTestId("error-photo")).toHaveText("La photo dépasse 5 Mo.");
  await section.getByRole("button", { name: "Téléverser" }).click();
  await expect(section.getByTestId("error-photo")).toHaveText("La photo dépasse 5 Mo.");
  await expect(section.getByLabel("Choisir une photo")).toHaveAttribute("aria-invalid", "true");
  expect(uploads).toEqual([]);
  await expect(image).toHaveAttribute("src", src);

  // The server refuses it too when the browser check is skipped; nothing changes.
  const version = Number(new URL(src, baseURL).searchParams.get("v"));
  const direct = await page.request.put(`${caseUrl}/photo?version=${version}`, { data: pngOfSize(6 * MB), headers: { "Content-Type": "image/png" } });
  expect(direct.status()).toBe(413);
  expect(await direct.json()).toEqual({ ok: false, fieldErrors: { photo: "photoTooLarge" } });
  await page.reload();
  await expect(image).toHaveAttribute("src", src);
  expect(await shownPhotoSize(page, src)).toBe(photo.length);

  await watch.expectClean();
});

test("the photo route answers nobody without a session, and 404 outside the scope", async ({ page, browser }) => {
  await login(page, USERS.socialWorkerNdb);
  const { caseUrl } = await registerChildViaUi(page);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.put(`${caseUrl}/photo?version=1`, { data: PNG, headers: { "Content-Type": "image/png" } })).status()).toBe(401);
  await anonymous.close();
  const outsider = await browser.newPage();
  await login(outsider, USERS.socialWorkerNkn);
  expect((await outsider.request.put(`${caseUrl}/photo?version=1`, { data: PNG, headers: { "Content-Type": "image/png" } })).status()).toBe(404);
  expect((await outsider.request.delete(`${caseUrl}/photo?version=1`)).status()).toBe(404);
  await outsider.close();
});
