"use server";
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { applyPreferredLocale } from "@/lib/account/apply-preferred-locale";
import { SignInRateLimitedError } from "@/lib/rate-limit/limit-sign-in";

export type LoginState = {
  error: "invalid" | "locked" | "rateLimited" | "invalidCode" | null;
  email: string;
  /** "code": the password was right and the account asks for its second factor (no session yet). */
  step: "password" | "code";
  retryAfterMinutes?: number;
};

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  // Anyone can post anything here: what is not the form's FormData is a refused sign-in.
  if (!(formData instanceof FormData)) return { error: "invalid", email: "", step: "password" };
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const code = String(formData.get("code") ?? "").slice(0, 64);
  if (!email.trim() || !password) return { error: "invalid", email, step: "password" };
  let destination: string;
  try {
    // The password and the code are checked in one call: a session exists only when both are right.
    destination = await signIn("credentials", { email, password, code, redirect: false, redirectTo: "/" });
  } catch (error) {
    if (error instanceof SignInRateLimitedError) {
      return { error: "rateLimited", email, step: code ? "code" : "password", retryAfterMinutes: error.retryAfterMinutes };
    }
    if (error instanceof CredentialsSignin) {
      if (error.code === "codeRequired") return { error: null, email, step: "code" };
      if (error.code === "invalidCode") return { error: "invalidCode", email, step: "code" };
      return { error: error.code === "locked" ? "locked" : "invalid", email, step: "password" };
    }
    throw error;
  }
  await applyPreferredLocale(email);
  redirect(destination);
}
