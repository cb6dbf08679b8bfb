// The length rule of a password, apart from the strength estimate so that a form's schema can
// check it in the browser without loading zxcvbn's dictionaries (lib/auth/password-policy.ts).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
