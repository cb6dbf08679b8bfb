"use server";
import { CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { SignInRateLimitedError } from "@/lib/rate-limit/limit-sign-in";

export type LoginState = { error: "invalid" | "locked" | "rateLimited" | null; email: string; retryAfterMinutes?: number };

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  // Anyone can post anything here: what is not the form's FormData is a refused sign-in.
  if (!(formData instanceof FormData)) return { error: "invalid", email: "" };
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "");
  if (!email.trim() || !password) return { error: "invalid", email };
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    // Success is a redirect (thrown); only a refused sign-in comes back here.
    if (error instanceof SignInRateLimitedError) return { error: "rateLimited", email, retryAfterMinutes: error.retryAfterMinutes };
    if (error instanceof CredentialsSignin) return { error: error.code === "locked" ? "locked" : "invalid", email };
    throw error;
  }
  return { error: null, email };
}
