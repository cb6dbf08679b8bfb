/** A session lasts at most 8 hours after sign-in, however active (lib/auth/auth.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
