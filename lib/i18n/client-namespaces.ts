// Which messages reach the browser, per route tree (ADR 0021). Server components translate on the
// server and need nothing here; only client components ("use client") read messages in the
// browser, and each page's React Server Components payload carries every message given to its
// NextIntlClientProvider. A tree's layout renders <ClientMessages scope="…"> with its key; it sends
// that key's namespaces only, merged in the browser with those of the enclosing trees. tests/unit/client-messages.test.ts
// fails when a client component reaches a namespace its route tree does not provide.
// An entry is a top-level namespace ("foster") or a part of one ("bid.referral").
export const CLIENT_NAMESPACES = {
  app: [],
  "app/(auth)": ["login"],
  "app/(auth)/set-password": ["setPassword", "errors", "form", "conflict"],
  "app/(app)": ["errors", "errorPage", "conflict", "form", "account.idle"],
  "app/(app)/access-requests": ["accessRequests"],
  "app/(app)/account": ["account", "language"],
  "app/(app)/account/two-factor": ["twoFactor"],
  "app/(app)/admin": ["bid.settings", "bid.errors", "timelines", "risk", "register"],
  "app/(app)/admin/centres": ["centresAdmin"],
  "app/(app)/admin/organisations": ["organisationsAdmin"],
  "app/(app)/admin/security": ["securitySettings"],
  "app/(app)/admin/users": ["users", "roles", "language"],
  "app/(app)/approvals": ["approval"],
  "app/(app)/bid": ["bid"],
  "app/(app)/cases/(list)": ["exports", "assignment"],
  "app/(app)/cases/new": ["duplicates", "register", "languages", "sex", "separationType", "referralSource"],
  "app/(app)/cases/[caseId]": ["approval", "risk"],
  "app/(app)/cases/[caseId]/assessment": ["assessment", "languages"],
  "app/(app)/cases/[caseId]/assignment": ["assignment"],
  "app/(app)/cases/[caseId]/bid": ["bid.referral", "bid.errors"],
  "app/(app)/cases/[caseId]/closure": ["closure"],
  "app/(app)/cases/[caseId]/documents": ["documents"],
  "app/(app)/cases/[caseId]/notes": ["notes"],
  "app/(app)/cases/[caseId]/placements": ["placements"],
  "app/(app)/cases/[caseId]/plan": ["casePlan"],
  "app/(app)/cases/[caseId]/registration": [
    "caseFile", "register", "languages", "sex", "separationType", "mobilityProfile", "protectionConcern", "consentGiver", "referralSource",
  ],
  "app/(app)/foster-families": ["foster", "languages"],
  "app/(app)/panels": ["panels", "bid.decision", "bid.errors"],
  "app/(app)/reports": ["exports", "indicators"],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessageScope = keyof typeof CLIENT_NAMESPACES;

/** The namespaces a route tree's provider passes: its own and those of every enclosing tree. */
export function namespacesFor(scope: ClientMessageScope): string[] {
  const keys = Object.keys(CLIENT_NAMESPACES) as ClientMessageScope[];
  const enclosing = keys.filter((key) => scope === key || scope.startsWith(`${key}/`));
  return [...new Set(enclosing.flatMap((key) => CLIENT_NAMESPACES[key]))];
}

type Messages = { [key: string]: string | Messages };

/** The part of `messages` under the given namespaces, keeping their nesting. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  // A part of a namespace that is picked whole adds nothing (and must not write into the catalogue).
  const covered = (namespace: string) => namespaces.some((other) => namespace.startsWith(`${other}.`));
  for (const namespace of namespaces.filter((n) => !covered(n))) {
    const path = namespace.split(".");
    let source: string | Messages | undefined = messages;
    let target = picked;
    for (const [index, key] of path.entries()) {
      source = typeof source === "object" ? source[key] : undefined;
      if (source === undefined) break;
      if (index === path.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Messages;
    }
  }
  return picked;
}

/** `inner` laid over `outer`, namespace by namespace (a tree may add a part of a namespace its parent sends another part of). */
export function mergeMessages(outer: Messages, inner: Messages): Messages {
  const merged: Messages = { ...outer };
  for (const [key, value] of Object.entries(inner)) {
    const existing = merged[key];
    merged[key] = typeof existing === "object" && typeof value === "object" ? mergeMessages(existing, value) : value;
  }
  return merged;
}
