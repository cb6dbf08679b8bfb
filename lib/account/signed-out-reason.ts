// Why a session ended without the user pressing "sign out": the login page says so. Carried in
// the login page's address (`?signedOut=idle`), so it names no user and nothing secret.
export const SIGNED_OUT_REASONS = ["idle", "passwordChanged", "everywhere"] as const;
export type SignedOutReason = (typeof SIGNED_OUT_REASONS)[number];

export const SIGNED_OUT_PARAM = "signedOut";

export function signedOutUrl(reason: SignedOutReason): string {
  return `/login?${SIGNED_OUT_PARAM}=${reason}`;
}

export function signedOutReason(value: unknown): SignedOutReason | null {
  return typeof value === "string" && (SIGNED_OUT_REASONS as readonly string[]).includes(value) ? (value as SignedOutReason) : null;
}
