import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { limitSignIn } from "@/lib/rate-limit/limit-sign-in";
import { sameOriginUrl } from "./callback-url";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { signOutToken } from "./sign-out-session";
import { verifyCredentials } from "./verify-credentials";

// What the server checks on every request to refuse a revoked session (docs/adr/0016-session-revocation.md).
declare module "next-auth" {
  interface Session {
    /** Names this sign-in; signing out revokes it. */
    sessionId?: string;
    /** The user's session version at sign-in; account changes raise it. */
    sessionVersion?: number;
  }
}

/** Thrown from authorize() so the login page can say the account is locked. */
export class AccountLockedError extends CredentialsSignin {
  code = "locked";
}

/** The password is right and the account has two-factor sign-in: the login page asks for a code. */
export class SecondFactorRequiredError extends CredentialsSignin {
  code = "codeRequired";
}

/** The password is right and the code is not (counted towards the lockout). */
export class SecondFactorInvalidError extends CredentialsSignin {
  code = "invalidCode";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // JWT sessions (the Credentials provider requires them), at most 8 hours after sign-in:
  // the token carries the sign-in time and is refused past it even if it keeps being refreshed.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Auth.js's own pages (sign-in, errors) are never shown: everything lands on ours.
  pages: { signIn: "/login", error: "/login" },
  trustHost: true,
  // A refused password or an expired token is an expected event (audited), not a server error.
  logger: {
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin" || type === "JWTSessionError") return;
      // Auth.js wraps what went wrong (e.g. a database error in authorize) in `cause`: log it too.
      const cause = (error as { cause?: { err?: unknown } | unknown }).cause;
      console.error(error, cause && typeof cause === "object" && "err" in cause ? cause.err : cause);
    },
  },
  providers: [
    Credentials({
      // `code`: the second factor (a TOTP or recovery code), checked in the same call as the password.
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        // Counted before any password is hashed (lib/rate-limit, ADR 0019).
        const signInLimit = await limitSignIn(credentials?.email, request);
        const result = await verifyCredentials(
          String(credentials?.email ?? ""),
          String(credentials?.password ?? ""),
          new Date(),
          String(credentials?.code ?? ""),
        );
        if (result.ok) {
          await signInLimit.succeeded();
          return { id: result.userId };
        }
        if (result.reason === "locked") throw new AccountLockedError();
        if (result.reason === "codeRequired") throw new SecondFactorRequiredError();
        if (result.reason === "invalidCode") throw new SecondFactorInvalidError();
        return null;
      },
    }),
  ],
  events: {
    // Signing out through Auth.js's endpoint rather than the app's button ends the session on the
    // server too (after the button, the session is already revoked and this does nothing).
    async signOut(message) {
      if ("token" in message && message.token) await signOutToken(message.token);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Date.now();
        token.sessionId = randomUUID();
        // Read right after the password check; an account change raises it (lib/auth/revoke-sessions.ts).
        const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
        token.sessionVersion = sessionVersion;
      }
      const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      if (Date.now() - signedInAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sessionId === "string") session.sessionId = token.sessionId;
      if (typeof token.sessionVersion === "number") session.sessionVersion = token.sessionVersion;
      return session;
    },
    // Only our own pages: a callback URL naming another site, a script or nothing parseable
    // falls back to the home page (which sends a signed-out visitor to the login page).
    redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl) ?? baseUrl;
    },
  },
});
