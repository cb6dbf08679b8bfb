import { generate } from "otplib";
import { beforeAll, describe, expect, it } from "vitest";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  isRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseCode,
  openEnrolment,
  otpauthUri,
  qrCodeSvg,
  sealEnrolment,
  verifyTotp,
} from "@/lib/auth/two-factor";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "two-factor-unit-test-secret-0123456789abcdef";
});

const NOW = new Date("2026-12-03T10:00:15Z");
const STEP = Math.floor(NOW.getTime() / 1000 / 30);
const codeAt = (secret: string, date: Date) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) });
const shifted = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe("verifyTotp", () => {
  const secret = newTotpSecret();

  it("accepts the current code and tells its time step", async () => {
    expect(await verifyTotp(secret, await codeAt(secret, NOW), null, NOW)).toEqual({ ok: true, step: STEP });
  });

  it("accepts one step of clock drift either way, not two", async () => {
    expect(await verifyTotp(secret, await codeAt(secret, shifted(-30)), null, NOW)).toEqual({ ok: true, step: STEP - 1 });
    expect(await verifyTotp(secret, await codeAt(secret, shifted(30)), null, NOW)).toEqual({ ok: true, step: STEP + 1 });
    expect(await verifyTotp(secret, await codeAt(secret, shifted(-60)), null, NOW)).toEqual({ ok: false });
    expect(await verifyTotp(secret, await codeAt(secret, shifted(60)), null, NOW)).toEqual({ ok: false });
  });

  it("refuses a code whose step was already used, and any older one", async () => {
    const code = await codeAt(secret, NOW);
    expect(await verifyTotp(secret, code, STEP, NOW)).toEqual({ ok: false });
    expect(await verifyTotp(secret, await codeAt(secret, shifted(-30)), STEP, NOW)).toEqual({ ok: false });
    expect(await verifyTotp(secret, await codeAt(secret, shifted(30)), STEP, NOW)).toEqual({ ok: true, step: STEP + 1 });
  });

  it("refuses another secret's code and anything that is not six digits", async () => {
    expect(await verifyTotp(secret, await codeAt(newTotpSecret(), NOW), null, NOW)).toEqual({ ok: false });
    for (const code of ["", "12345", "1234567", "abcdef", "12 345"]) expect(await verifyTotp(secret, code, null, NOW)).toEqual({ ok: false });
  });
});

describe("secret encryption", () => {
  it("round-trips, with a fresh nonce each time and no plaintext in the stored value", () => {
    const secret = newTotpSecret();
    const [first, second] = [encryptTotpSecret(secret), encryptTotpSecret(secret)];
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret);
    expect(decryptTotpSecret(first)).toBe(secret);
    expect(decryptTotpSecret(second)).toBe(secret);
  });

  it("refuses an altered value", () => {
    const stored = encryptTotpSecret(newTotpSecret());
    const [version, iv, tag, body] = stored.split(".");
    const flipped = body[0] === "A" ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    expect(() => decryptTotpSecret([version, iv, tag, flipped].join("."))).toThrow();
  });
});

describe("sealed enrolment", () => {
  const userId = "3f1c8e0a-5b7d-4c2e-9a1f-0b2c3d4e5f60";

  it("opens for its user before it expires", () => {
    const sealed = sealEnrolment(userId, "JBSWY3DPEHPK3PXP", NOW);
    expect(openEnrolment(sealed, userId, shifted(60))).toBe("JBSWY3DPEHPK3PXP");
  });

  it("does not open for another user, after 15 minutes, altered, or as a stored secret", () => {
    const sealed = sealEnrolment(userId, "JBSWY3DPEHPK3PXP", NOW);
    expect(openEnrolment(sealed, "00000000-0000-4000-8000-000000000000", NOW)).toBeNull();
    expect(openEnrolment(sealed, userId, shifted(15 * 60 + 1))).toBeNull();
    expect(openEnrolment(`${sealed}x`, userId, NOW)).toBeNull();
    expect(openEnrolment(encryptTotpSecret("JBSWY3DPEHPK3PXP"), userId, NOW)).toBeNull();
    expect(openEnrolment(undefined, userId, NOW)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of 12 unambiguous characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(isRecoveryCode(normaliseCode(code))).toBe(true);
    }
  });

  it("hash the same however the code is typed, and never contain it", () => {
    const [code] = newRecoveryCodes();
    const hash = hashRecoveryCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normaliseCode(code));
    expect(hashRecoveryCode(` ${code.toLowerCase().replaceAll("-", " ")} `)).toBe(hash);
    expect(hashRecoveryCode(newRecoveryCodes()[0])).not.toBe(hash);
  });
});

describe("enrolment QR code", () => {
  it("carries an otpauth URI with the issuer, account and secret, drawn as SVG", async () => {
    const uri = otpauthUri("JBSWY3DPEHPK3PXP", "aminata@cpise.demo");
    expect(uri).toMatch(/^otpauth:\/\/totp\/CPISE:aminata%40cpise\.demo\?/);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXP");
    expect(uri).toContain("issuer=CPISE");
    expect(await qrCodeSvg(uri)).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
  });
});
