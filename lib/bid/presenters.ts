import type { Role } from "@/lib/generated/prisma/enums";

/** Who may present a case to the panel: a caseworker or supervisor of the case's centre. */
export const PRESENTER_ROLES = ["SOCIAL_WORKER", "CENTRE_SUPERVISOR"] as const satisfies readonly Role[];
