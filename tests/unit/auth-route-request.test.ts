import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { authRouteHandler } from "@/lib/auth/auth-route-request";

/** What Auth.js would receive from the wrapped route. */
async function seen(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  let received!: NextRequest;
  const route = authRouteHandler(async (request) => {
    received = request;
    return new Response(null, { status: 204 });
  });
  await route(new NextRequest(url, init));
  return { url: new URL(received.url), cookie: received.headers.get("cookie"), body: await received.text() };
}

describe("authRouteHandler", () => {
  it("drops a callbackUrl query parameter outside our origin, keeps one on it", async () => {
    for (const bad of ["javascript:alert(1)", "https://evil.example/", "//evil.example", "garbage"]) {
      const { url } = await seen(`https://cpise.example.org/api/auth/session?callbackUrl=${encodeURIComponent(bad)}&x=1`, { headers: { host: "cpise.example.org" } });
      expect(url.searchParams.has("callbackUrl")).toBe(false);
      expect(url.searchParams.get("x")).toBe("1");
    }
    const { url } = await seen("https://cpise.example.org/api/auth/signin?callbackUrl=%2Fcases", { headers: { host: "cpise.example.org" } });
    expect(url.searchParams.get("callbackUrl")).toBe("/cases");
  });

  it("drops a callback-URL cookie outside our origin and passes the other cookies unchanged", async () => {
    const { cookie } = await seen("https://cpise.example.org/api/auth/session", {
      headers: { host: "cpise.example.org", cookie: "a=1%7C2; authjs.callback-url=javascript%3Aalert(1); __Secure-authjs.callback-url=%2Fcases; b=x" },
    });
    expect(cookie).toBe("a=1%7C2; __Secure-authjs.callback-url=%2Fcases; b=x");
  });

  it("answers on the origin the browser used, not the server's own host name", async () => {
    const { url } = await seen("http://localhost:3000/api/auth/signin?callbackUrl=%2F", {
      headers: { host: "cpise.example.org", "x-forwarded-proto": "https" },
    });
    expect(url.origin).toBe("https://cpise.example.org");
    const proxied = await seen("http://localhost:3000/api/auth/signin", { headers: { host: "localhost:3000", "x-forwarded-host": "cpise.example.org:8443" } });
    expect(proxied.url.origin).toBe("http://cpise.example.org:8443");
    for (const host of ["evil.example/path", "user@evil.example", "cpise.example.org:99999"]) {
      expect((await seen("http://localhost:3000/api/auth/signin", { headers: { host } })).url.origin).toBe("http://localhost:3000");
    }
  });

  it("passes a form body through", async () => {
    const { body } = await seen("https://cpise.example.org/api/auth/callback/credentials?callbackUrl=garbage", {
      method: "POST",
      headers: { host: "cpise.example.org", "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.c&callbackUrl=garbage",
    });
    expect(body).toBe("email=a%40b.c&callbackUrl=garbage");
  });
});
