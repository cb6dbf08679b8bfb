import "server-only";
import { NextRequest } from "next/server";
import { CALLBACK_URL_COOKIES, sameOriginUrl } from "./callback-url";

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * Wraps the Auth.js route handlers so that they answer on the origin the browser used and never
 * see a callback URL outside it:
 * - Next hands route handlers a URL built from its own host name ("localhost"), so Auth.js would
 *   send the browser to another origin; the origin is taken from the request's Host (or
 *   X-Forwarded-Host) header instead, as Auth.js's server-side signIn/signOut already do.
 * - Auth.js answers a `callbackUrl` query parameter or cookie it cannot parse with a server
 *   error before any callback runs; one that is not on this origin is dropped. (A `callbackUrl`
 *   in the form body goes through the `redirect` callback in lib/auth/auth.ts.)
 */
export function authRouteHandler(handler: Handler): Handler {
  return async (request) => {
    const url = browserUrl(request);
    const unsafe = (value: string | undefined) => value !== undefined && sameOriginUrl(value, url.origin) === null;

    if (unsafe(url.searchParams.get("callbackUrl") ?? undefined)) url.searchParams.delete("callbackUrl");
    const headers = new Headers(request.headers);
    const badCookies: readonly string[] = CALLBACK_URL_COOKIES.filter((name) => unsafe(request.cookies.get(name)?.value));
    if (badCookies.length > 0) {
      // Filter the raw header: the other cookies pass through byte for byte.
      const kept = (request.headers.get("cookie") ?? "").split(";").filter((pair) => !badCookies.includes(pair.split("=", 1)[0].trim()));
      headers.set("cookie", kept.join(";"));
    }
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    return handler(new NextRequest(url, { method: request.method, headers, body: hasBody ? await request.arrayBuffer() : undefined }));
  };
}

/** The request URL on the origin the browser used (Host / X-Forwarded-Host and -Proto headers). */
function browserUrl(request: NextRequest): URL {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const forwardedProtocol = request.headers.get("x-forwarded-proto")?.split(",")[0].trim();
  const protocol = forwardedProtocol === "http" || forwardedProtocol === "https" ? forwardedProtocol : url.protocol.slice(0, -1);
  // A header carrying more than a host name and port (a path, credentials) is ignored.
  if (!host || !HOST.test(host)) return url;
  try {
    return new URL(`${url.pathname}${url.search}`, `${protocol}://${host}`);
  } catch {
    return url; // a port out of range
  }
}

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
