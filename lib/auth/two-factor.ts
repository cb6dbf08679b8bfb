import "server-only";
// Two-factor sign-in, without the database (docs/adr/0029-two-factor-sign-in.md): TOTP codes
// (RFC 6238, via otplib), the secret sealed at rest, the pending enrolment sealed for the
// browser, and the one-time recovery codes. The DAL in lib/account and lib/users stores them.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/** The name the authenticator app shows beside the account. */
export const TOTP_ISSUER = "CPISE";
const PERIOD_SECONDS = 30;
/** A code of the step before or after the current one is accepted (a phone's clock drifts). */
const DRIFT_SECONDS = PERIOD_SECONDS;
/** How long the QR code shown on the enrolment page stays valid. */
export const ENROLMENT_MINUTES = 15;
export const RECOVERY_CODE_COUNT = 10;

// Each use of AUTH_SECRET gets its own key: a leaked sealed enrolment never decrypts a stored secret.
type KeyPurpose = "totp-secret" | "totp-enrolment";

function keyFor(purpose: KeyPurpose): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "cpise-two-factor", purpose, 32));
}

function seal(purpose: KeyPurpose, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plaintext, or null for anything altered, truncated or sealed with another key. */
function open(purpose: KeyPurpose, sealed: string): string | null {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined || rest.length) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** A fresh TOTP secret (160 random bits, Base32, as authenticator apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The secret as stored in User.totpSecret (AES-256-GCM under a key derived from AUTH_SECRET). */
export function encryptTotpSecret(secret: string): string {
  return seal("totp-secret", secret);
}

export function decryptTotpSecret(stored: string): string {
  const secret = open("totp-secret", stored);
  if (secret === null) throw new Error("The stored TOTP secret cannot be decrypted (was AUTH_SECRET changed?)");
  return secret;
}

/**
 * The secret being enrolled, sealed for a hidden form field: the browser carries it between
 * showing the QR code and confirming, but can neither read it back nor forge one, nor use it for
 * another user or after ENROLMENT_MINUTES.
 */
export function sealEnrolment(userId: string, secret: string, now = new Date()): string {
  return seal("totp-enrolment", JSON.stringify({ u: userId, s: secret, e: now.getTime() + ENROLMENT_MINUTES * 60_000 }));
}

export function openEnrolment(sealed: unknown, userId: string, now = new Date()): string | null {
  if (typeof sealed !== "string" || sealed.length > 1000) return null;
  const plaintext = open("totp-enrolment", sealed);
  if (plaintext === null) return null;
  const { u, s, e } = JSON.parse(plaintext) as { u: string; s: string; e: number };
  return u === userId && e > now.getTime() ? s : null;
}

/** Spaces and dashes typed or pasted into a code field are ignored. */
export function normaliseCode(code: unknown): string {
  return typeof code === "string" ? code.replace(/[\s-]/g, "").toUpperCase().slice(0, 64) : "";
}

export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/**
 * Checks a 6-digit code against the secret at `now`, one step of drift either way. A code of
 * `lastStep` or earlier is refused: each code (and any older one) works once.
 */
export async function verifyTotp(secret: string, code: string, lastStep: number | null, now = new Date()): Promise<{ ok: true; step: number } | { ok: false }> {
  if (!isTotpCode(code)) return { ok: false };
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: DRIFT_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  // The functional API types TOTP and HOTP results together; a TOTP match carries its time step.
  return result.valid && "timeStep" in result ? { ok: true, step: result.timeStep } : { ok: false };
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret, period: PERIOD_SECONDS });
}

/** The QR code as an SVG document, drawn on the server (no script, no image request). */
export function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

// No 0/O, 1/I/L: a code copied by hand from paper is read back right.
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Ten codes such as "7KQ4-M2XP-9HTC" (12 characters, about 59 random bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/**
 * What RecoveryCode.codeHash stores. A fast hash is enough: the codes are random and long, so
 * unlike passwords there is no dictionary to try against a leaked hash.
 */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseCode(code)).digest("hex");
}

export function isRecoveryCode(code: string): boolean {
  return code.length === 12 && [...code].every((char) => RECOVERY_ALPHABET.includes(char));
}
