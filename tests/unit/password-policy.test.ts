import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, passwordProblem, passwordScore, personalWords } from "@/lib/auth/password-policy";

const owner = { name: "Aminata Diallo", email: "aminata.diallo@masef.mr" };

describe("password policy", () => {
  it("refuses passwords shorter than 12 characters", () => {
    expect(passwordProblem("Xq7#pL2!vR", owner)).toBe("tooShort");
  });

  it("refuses the demo password, whatever its case", () => {
    expect(passwordProblem(DEMO_PASSWORD, owner)).toBe("demo");
    expect(passwordProblem(DEMO_PASSWORD.toUpperCase(), owner)).toBe("demo");
  });

  it("refuses a password carrying the owner's name or e-mail", () => {
    expect(passwordProblem("Aminata-Nouakchott-77", owner)).toBe("personal");
    expect(passwordProblem("xx-diallo-2026-yy", owner)).toBe("personal");
    expect(passwordProblem("masef-horse-battery", owner)).toBe("personal");
  });

  it("refuses guessable passwords and accepts strong ones", () => {
    expect(passwordProblem("motdepasse123", owner)).toBe("weak");
    expect(passwordProblem("azertyuiop123", owner)).toBe("weak");
    expect(passwordProblem("correct horse battery staple", owner)).toBeNull();
  });

  it("scores the owner's words as known", () => {
    expect(passwordScore("aminatadiallo1", owner)).toBeLessThan(passwordScore("quartz-lagune-violon", owner));
    expect(personalWords(owner)).toEqual(["aminata", "diallo", "masef"]);
  });
});
