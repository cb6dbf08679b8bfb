// The rules a new password must meet (docs/domain.md, "Accounts"): pure, shared by the server,
// which decides, and the browser's strength meter, which only advises. The strength estimate is
// zxcvbn-ts with the common, French and English dictionaries; the user's own name and e-mail count
// as guessable words.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as fr from "@zxcvbn-ts/language-fr";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-length";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };
/** zxcvbn's 0–4 score; 3 = "safely unguessable" against an online attack with throttling. */
export const PASSWORD_MIN_SCORE = 3;

/**
 * The password printed in the README for the demo accounts: known to everyone, so never accepted
 * as anybody's own password.
 */
export const DEMO_PASSWORD = "Demo-CPISE-2026";

export type PasswordProblem = "tooShort" | "tooLong" | "demo" | "personal" | "weak";

/** Whose password it is: their name and e-mail must not be the password or carry it. */
export type PasswordOwner = { name?: string | null; email?: string | null };

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fr.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** The words of a user's name and e-mail that a guesser would try first (3 letters or more). */
export function personalWords(owner: PasswordOwner): string[] {
  const text = `${owner.name ?? ""} ${owner.email ?? ""}`.toLowerCase();
  return [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3))];
}

/** 0 (guessed at once) to 4 (very strong), counting the owner's name and e-mail as known words. */
export function passwordScore(password: string, owner: PasswordOwner = {}): 0 | 1 | 2 | 3 | 4 {
  if (!password) return 0;
  return zxcvbn().check(password.slice(0, PASSWORD_MAX_LENGTH), personalWords(owner)).score;
}

/** The first rule a candidate password breaks, or null when it may be used. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  if (password.trim().toLowerCase() === DEMO_PASSWORD.toLowerCase()) return "demo";
  const lower = password.toLowerCase();
  if (personalWords(owner).some((word) => word.length >= 4 && lower.includes(word))) return "personal";
  if (passwordScore(password, owner) < PASSWORD_MIN_SCORE) return "weak";
  return null;
}
