import "server-only";
import { NextRequest } from "next/server";
import { CALLBACK_URL_COOKIES, sameOriginUrl } from "./callback-url";

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * Wraps an Auth.js route handler: a `callbackUrl` query parameter or callback-URL cookie that is
 * not on this origin is removed before Auth.js sees the request (the body's `callbackUrl` goes
 * through the `redirect` callback in lib/auth/auth.ts).
 */
export function withSafeCallbackUrl(handler: Handler): Handler {
  return async (request) => {
    const url = new URL(request.url);
    const unsafe = (value: string | undefined) => value !== undefined && sameOriginUrl(value, url.origin) === null;

    const queryValue = url.searchParams.get("callbackUrl") ?? undefined;
    const badCookies = CALLBACK_URL_COOKIES.filter((name) => unsafe(request.cookies.get(name)?.value));
    if (!unsafe(queryValue) && badCookies.length === 0) return handler(request);

    if (unsafe(queryValue)) url.searchParams.delete("callbackUrl");
    const headers = new Headers(request.headers);
    if (badCookies.length > 0) {
      // Filter the raw header: the other cookies pass through byte for byte.
      const kept = (request.headers.get("cookie") ?? "")
        .split(";")
        .filter((pair) => !(badCookies as readonly string[]).includes(pair.split("=", 1)[0].trim()));
      headers.set("cookie", kept.join(";"));
    }
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    return handler(new NextRequest(url, { method: request.method, headers, body: hasBody ? await request.arrayBuffer() : undefined }));
  };
}
