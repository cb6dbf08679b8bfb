// The response headers every route gets (docs/adr/0018-security-headers.md). Pure, so the
// policy is unit-tested; proxy.ts only supplies the per-request nonce and the transport.

/** One year; the usual minimum for HSTS preload lists. */
const DEFAULT_HSTS_MAX_AGE = 31_536_000;

export type SecurityHeaderOptions = {
  /** A fresh, unguessable value per request; Next.js copies it onto its own scripts. */
  nonce: string;
  /** The request reached the app over HTTPS (directly or through a TLS-terminating proxy). */
  https: boolean;
  /** `next dev`: React needs eval for its debugging stacks, and styles are injected inline. */
  dev: boolean;
  /** HSTS_MAX_AGE as configured: seconds, "0" turns HSTS off, unset means one year. */
  hstsMaxAge: string | undefined;
};

export function contentSecurityPolicy({ nonce, https, dev }: Pick<SecurityHeaderOptions, "nonce" | "https" | "dev">): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': the chunks Next.js's nonce'd scripts load are trusted; nothing inline without the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style elements need the nonce; style *attributes* (React's style prop, recharts' SVG, progress
    // bars) cannot carry one, so only they are allowed inline.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    `style-src-elem 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Over plain http (localhost) upgrading would send every asset request to a port with no TLS.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** HSTS max-age in seconds, or null when HSTS is off (plain http, or HSTS_MAX_AGE=0). */
export function hstsMaxAge(https: boolean, configured: string | undefined): number | null {
  if (!https) return null;
  if (configured === undefined || configured.trim() === "") return DEFAULT_HSTS_MAX_AGE;
  const seconds = Number(configured);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // For browsers without frame-ancestors.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Not no-referrer: with it, browsers send `Origin: null` on same-origin POSTs, and Next.js
    // refuses server actions whose Origin does not match the host.
    "Referrer-Policy": "same-origin",
    // The photo is chosen with a file input, never through getUserMedia.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  const maxAge = hstsMaxAge(options.https, options.hstsMaxAge);
  if (maxAge !== null) headers["Strict-Transport-Security"] = `max-age=${maxAge}; includeSubDomains`;
  return headers;
}
