import { expect, test, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { USERS } from "./support";

// Values an attacker may put where Auth.js expects the page to return to after signing in or out.
const BAD_CALLBACK_URLS = ["javascript:alert(1)", "https://evil.example/", "//evil.example", "/\\evil.example", "garbage", "http://[::1"];

/** Next names every loopback address "localhost" in the request URLs it hands to the app. */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
function onOurServer(url: string, baseURL: string) {
  const [target, base] = [new URL(url), new URL(baseURL)];
  const sameHost = target.hostname === base.hostname || (LOOPBACK.has(target.hostname) && LOOPBACK.has(base.hostname));
  return target.protocol === base.protocol && target.port === base.port && sameHost;
}

function expectOursNoError(response: APIResponse, baseURL: string) {
  expect(response.status(), response.url()).toBeLessThan(500);
  expect(onOurServer(response.url(), baseURL), response.url()).toBe(true);
}

test.describe("a bad callback URL on the sign-in endpoints", () => {
  for (const callbackUrl of BAD_CALLBACK_URLS) {
    test(`${callbackUrl}: no server error, and the browser stays on our pages`, async ({ request, page, baseURL }) => {
      const query = `callbackUrl=${encodeURIComponent(callbackUrl)}`;
      for (const path of ["signin", "signout", "session", "csrf", "providers", "error", "callback/credentials"]) {
        expectOursNoError(await request.get(`/api/auth/${path}?${query}`), baseURL!);
      }

      // Signing in through the endpoint with that callback URL in the form and in the cookie.
      const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
      await page.context().addCookies([{ name: "authjs.callback-url", value: encodeURIComponent(callbackUrl), url: baseURL! }]);
      const signIn = await page.request.post(`/api/auth/callback/credentials?${query}`, {
        form: { csrfToken, email: USERS.national, password: DEMO_PASSWORD, callbackUrl },
      });
      expectOursNoError(signIn, baseURL!);
      await page.goto("/");
      await expect(page.getByTestId("signed-in-user")).toBeVisible();
      expectOursNoError(await page.request.post(`/api/auth/signout?${query}`, { form: { csrfToken, callbackUrl } }), baseURL!);

      // The login page itself.
      const login = await page.goto(`/login?${query}`);
      expect(login!.status()).toBeLessThan(500);
      expect(onOurServer(page.url(), baseURL!)).toBe(true);
    });
  }
});
