import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/security/security-headers";

/**
 * Sets the security headers on every response, with a fresh CSP nonce per request (Next.js reads
 * it from the request's Content-Security-Policy header and puts it on its scripts). Headers only:
 * who may see what is decided in the data-access layer, never here (docs/adr/0003, 0018).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development", hstsMaxAge: process.env.HSTS_MAX_AGE });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
