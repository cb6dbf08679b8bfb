import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { limitSignIn } from "@/lib/rate-limit/limit-sign-in";
import { verifyCredentials } from "./verify-credentials";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Thrown from authorize() so the login page can say the account is locked. */
export class AccountLockedError extends CredentialsSignin {
  code = "locked";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // JWT sessions (the Credentials provider requires them), at most 8 hours after sign-in:
  // the token carries the sign-in time and is refused past it even if it keeps being refreshed.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  trustHost: true,
  // A refused password or an expired token is an expected event (audited), not a server error.
  logger: {
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin" || type === "JWTSessionError") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        // Counted before any password is hashed (lib/rate-limit, ADR 0019).
        const signInLimit = await limitSignIn(credentials?.email, request);
        const result = await verifyCredentials(String(credentials?.email ?? ""), String(credentials?.password ?? ""));
        if (result.ok) {
          await signInLimit.succeeded();
          return { id: result.userId };
        }
        if (result.reason === "locked") throw new AccountLockedError();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Date.now();
      }
      const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      if (Date.now() - signedInAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
