import { expect, type Page, type Response } from "@playwright/test";

/**
 * Watches a page for what the security headers must guarantee: every response from the app
 * carries them, every HTML page has its own CSP nonce, and the browser reports no CSP violation
 * (neither in the console nor as a `securitypolicyviolation` event).
 */
export async function watchSecurity(page: Page, baseURL: string) {
  const problems: string[] = [];
  const nonces: string[] = [];
  const pending: Promise<void>[] = [];
  let checked = 0;

  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) problems.push(`${page.url()}: ${message.text()}`);
  });
  // Events re-told on the console, where the listener above collects them.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation event: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  page.on("response", (response) => {
    if (response.url().startsWith(baseURL)) pending.push(checkResponse(response));
  });

  async function checkResponse(response: Response) {
    const headers = await response.allHeaders();
    const where = `${response.request().method()} ${response.url()} (${response.status()})`;
    const expectHeader = (name: string, test: (value: string) => boolean) => {
      if (!test(headers[name] ?? "")) problems.push(`${where}: ${name} is "${headers[name] ?? ""}"`);
    };
    const csp = headers["content-security-policy"] ?? "";
    expectHeader("content-security-policy", (v) => /frame-ancestors 'none'/.test(v) && /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/.test(v));
    expectHeader("content-security-policy", (v) => !/script-src[^;]*'unsafe-inline'/.test(v));
    expectHeader("x-content-type-options", (v) => v === "nosniff");
    expectHeader("x-frame-options", (v) => v === "DENY");
    expectHeader("referrer-policy", (v) => v === "same-origin");
    expectHeader("permissions-policy", (v) => ["camera=()", "microphone=()", "geolocation=()"].every((p) => v.includes(p)));
    // Plain http: no HSTS, no upgrade of asset requests to a port without TLS.
    expectHeader("strict-transport-security", (v) => v === "");
    expectHeader("content-security-policy", (v) => !v.includes("upgrade-insecure-requests"));
    if (response.request().resourceType() === "document") nonces.push(/'nonce-([^']+)'/.exec(csp)?.[1] ?? "");
    checked++;
  }

  return {
    /** Fails with every missing header and every violation seen so far. */
    async expectClean() {
      await Promise.all(pending);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(0);
      expect(new Set(nonces).size, "a fresh nonce for every page").toBe(nonces.length);
    },
  };
}
