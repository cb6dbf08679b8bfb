// Where Auth.js may send the browser after signing in or out: our own origin only. Pure (no
// server-only) so that unit tests cover it.

// A backslash is read as "/" by browsers ("/\evil.example" is another host); control characters
// are stripped by URL parsers and could hide either.
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;

/**
 * `url` as an absolute URL on `baseUrl`'s origin, or null. Accepts a path ("/cases?page=2") or
 * an absolute URL of that origin; refuses another host, a protocol-relative "//host", other
 * schemes ("javascript:") and anything that does not parse.
 */
export function sameOriginUrl(url: string, baseUrl: string): string | null {
  if (UNSAFE_CHARACTERS.test(url)) return null;
  try {
    const base = new URL(baseUrl);
    const target = url.startsWith("/") && !url.startsWith("//") ? new URL(url, base) : new URL(url);
    return target.origin === base.origin ? target.href : null;
  } catch {
    return null;
  }
}

/** Names of the cookie in which Auth.js keeps the callback URL (plain and HTTPS). */
export const CALLBACK_URL_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"] as const;
