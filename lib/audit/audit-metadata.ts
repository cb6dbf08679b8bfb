import type { AuditAction, AuditEvent } from "./audit-events";

/*
 * What the administrator may see of each audit event (docs/adr/0030-what-the-audit-trail-shows.md).
 * The audit row keeps the full before/after; the administrator's viewer and the CSV for the
 * data-protection authority show, per action, only the fields listed here: ids, statuses, dates of
 * the act, counts and roles — never names, free text, the child's details or a decision's outcome.
 * `changedFields` adds the NAMES of the fields that changed, never their values.
 * Fail-closed: an action missing from this map (an old or unknown row) or a field not listed shows
 * nothing. The map is complete over AuditAction, so a new action does not compile until someone
 * decides what of it is metadata.
 */

type EventOf<A extends AuditAction> = Extract<AuditEvent, { action: A }>;
type KeysOf<T> = T extends object ? Extract<keyof T, string> : never;
type PayloadKey<A extends AuditAction> =
  | KeysOf<NonNullable<EventOf<A> extends { before?: infer B } ? B : never>>
  | KeysOf<NonNullable<EventOf<A> extends { after?: infer F } ? F : never>>;

export type MetadataRule<A extends AuditAction> = { show: readonly PayloadKey<A>[]; changedFields?: true };

const DOCUMENT_FIELDS = ["caseId", "type", "mimeType", "sizeBytes", "sha256"] as const;
const DECIDED = { show: ["status", "caseStatus"] } as const;
const CALLED_OFF = { show: ["status", "returnedToQueue", "newSessionId"] } as const;

export const AUDIT_METADATA: { readonly [A in AuditAction]: MetadataRule<A> } = {
  "placement.admitted": { show: ["caseId", "type", "startDate", "centreId", "fosterFamilyId", "decidedById", "createdById"] },
  "placement.admittedOverCapacity": { show: ["caseId", "type", "startDate", "centreId", "fosterFamilyId", "decidedById", "createdById"] },
  // The end reason (e.g. a runaway) is about the child: only the date.
  "placement.discharged": { show: ["endDate", "version"] },
  "placement.transferred": { show: ["placementId", "centreId", "caseCentreId", "date"] },
  "placement.reviewFlagged": { show: ["reviewFlaggedAt", "fosterFamilyId"] },
  "placement.reviewCompleted": { show: ["reviewFlaggedAt"] },
  "fosterFamily.registered": { show: ["organisationId", "vettingStatus", "capacity"] },
  "fosterFamily.updated": { show: ["capacity"], changedFields: true },
  "fosterFamily.statusChanged": { show: ["vettingStatus", "approvedAt", "flaggedPlacements"] },
  "fosterFamily.visitRecorded": { show: ["fosterFamilyId", "date", "suspendedFamily", "nextVisitDueAt"] },
  "case.registered": { show: ["centreId", "status", "assignedWorkerId"] },
  "case.exportedPdf": { show: ["locale", "bytes"] },
  "case.duplicateSearch": { show: ["resultCount"] },
  "case.accessRequested": { show: ["caseId", "status"] },
  "case.accessGranted": { show: ["status", "caseId", "requesterId"] },
  "case.accessDenied": { show: ["status", "caseId", "requesterId"] },
  "case.noteAdded": { show: ["caseId", "type", "date"] },
  "case.reassigned": { show: ["assignedWorkerId"] },
  "case.sectionUpdated": { show: ["section"], changedFields: true },
  // The risk level is the child's: which fields changed, not to what.
  "case.riskSet": { show: [], changedFields: true },
  "case.photoChanged": { show: ["hadPhoto", "hasPhoto"] },
  "case.documentAttached": { show: DOCUMENT_FIELDS },
  "case.documentRemoved": { show: [...DOCUMENT_FIELDS, "uploadedById", "uploadedAt"] },
  "case.reopened": { show: ["status"] },
  "auth.login.succeeded": { show: [] },
  "auth.login.failed": { show: ["failedLoginCount", "lockedUntil", "email"] },
  "auth.account.locked": { show: ["failedLoginCount", "lockedUntil", "email"] },
  "auth.logout": { show: [] },
  "auth.signedOutIdle": { show: [] },
  "auth.signedOutEverywhere": { show: [] },
  "account.passwordChanged": { show: [] },
  "account.passwordChangeRefused": { show: ["failedLoginCount", "lockedUntil"] },
  "account.localeChanged": { show: ["preferredLocale"] },
  "account.twoFactorEnabled": { show: ["enabledAt", "recoveryCodes"] },
  "account.twoFactorDisabled": { show: ["enabledAt"] },
  "account.recoveryCodesRegenerated": { show: ["recoveryCodes"] },
  "user.twoFactorReset": { show: ["enabledAt", "recoveryCodes"] },
  // Accounts: the account's name and e-mail are on its page, reached through the entity id.
  "user.created": { show: ["role", "organisationId", "centreIds", "active", "preferredLocale", "linkExpiresAt"] },
  "user.updated": { show: ["role", "organisationId", "centreIds", "active", "preferredLocale"], changedFields: true },
  "user.linkIssued": { show: ["purpose", "expiresAt", "passwordCleared"] },
  "user.unlocked": { show: ["failedLoginCount", "lockedUntil"] },
  "user.passwordSet": { show: ["purpose"] },
  // Centres and organisations are the administrator's own records: every field is metadata.
  "centre.created": { show: ["code", "name", "town", "region", "capacity", "active"] },
  "centre.updated": { show: ["name", "town", "region", "capacity", "active", "capacityReason"], changedFields: true },
  "organisation.created": { show: ["code", "name", "nameAr", "type", "country"] },
  "organisation.updated": { show: ["code", "name", "nameAr", "type", "country"], changedFields: true },
  "config.securityUpdated": { show: ["twoFactorRequiredRoles", "idleTimeoutMinutes"], changedFields: true },
  "rateLimit.exceeded": { show: ["limit", "windowSeconds", "retryAfterMinutes"] },
  "config.timelinesUpdated": { show: [], changedFields: true },
  "config.bidUpdated": { show: ["panelAccessDays"], changedFields: true },
  "assessment.saved": { show: ["status"], changedFields: true },
  "assessment.submitted": { show: ["status"], changedFields: true },
  "assessment.approved": DECIDED,
  "assessment.rejected": DECIDED,
  "casePlan.saved": { show: ["status"], changedFields: true },
  "casePlan.submitted": { show: ["status"], changedFields: true },
  "casePlan.approved": DECIDED,
  "casePlan.rejected": DECIDED,
  // The closure reason (reunified, runaway…) is the child's: not shown.
  "closure.requested": { show: ["caseId", "status"] },
  "closure.approved": DECIDED,
  "closure.rejected": DECIDED,
  "bid.referred": { show: ["caseId", "assessmentId", "familyTracingRecorded", "caseStatus"] },
  "bid.tracingRecorded": { show: ["recorded"] },
  "bid.rosterSaved": { show: ["userId", "defaultRole", "active"] },
  "bid.undertakingSigned": { show: ["undertakingSignedAt"] },
  "bid.sessionScheduled": { show: ["scheduledAt", "chairId"] },
  "bid.sessionUpdated": { show: ["scheduledAt", "chairId"], changedFields: true },
  "bid.sessionPublished": { show: ["status", "publishedAt"] },
  "bid.sessionCancelled": CALLED_OFF,
  "bid.sessionPostponed": CALLED_OFF,
  "bid.agendaAdded": { show: ["agendaItemId", "referralId", "caseId", "position", "presenterId"] },
  "bid.agendaRemoved": { show: ["agendaItemId", "referralId", "position", "referralStatus"] },
  "bid.agendaMoved": { show: ["agendaItemId", "position"] },
  "bid.agendaPresenterSet": { show: ["agendaItemId", "presenterId"] },
  // Whether a member has a conflict with a child's case says something about the child: only who declared.
  "bid.conflictDeclared": { show: ["panelMemberId"] },
  "bid.attendanceRecorded": { show: ["status"] },
  // The outcome is the child's: version and vote count only.
  "bid.decisionSaved": { show: ["version", "votes", "caseId"] },
  "bid.decisionSigned": { show: ["signedAt", "caseStatus", "kind"] },
  "bid.decisionSuperseded": { show: ["supersededAt", "by", "kind"] },
  "export.requested": { show: ["kind"] },
  "export.downloaded": { show: ["kind", "fileName"] },
  "audit.exported": { show: ["actorId", "action", "entityType", "from", "to", "rows", "capped"] },
};

/** One shown field: its value before and after the act (either may be absent). */
export type MetadataField = { field: string; before?: string; after?: string };
export type AuditMetadata = { fields: MetadataField[]; changedFields: string[] };

const NOTHING: AuditMetadata = { fields: [], changedFields: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A scalar as text; anything else (an object, a list) is not metadata and is not shown. */
function scalar(value: unknown): string | undefined {
  if (value === null) return "—";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** The names of the fields whose values differ between before and after (all of after's when there is no before). */
export function changedFieldNames(before: unknown, after: unknown): string[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const names = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...names].filter((name) => name !== "section" && JSON.stringify(b[name]) !== JSON.stringify(a[name])).sort();
}

/** What the administrator sees of one audit row: the allow-listed fields of its action, or nothing. */
export function auditMetadata(action: string, before: unknown, after: unknown): AuditMetadata {
  if (!Object.hasOwn(AUDIT_METADATA, action)) return NOTHING;
  const rule = AUDIT_METADATA[action as AuditAction] as MetadataRule<AuditAction>;
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields: MetadataField[] = [];
  for (const field of rule.show as readonly string[]) {
    const shown: MetadataField = { field };
    if (Object.hasOwn(b, field)) shown.before = scalar(b[field]);
    if (Object.hasOwn(a, field)) shown.after = scalar(a[field]);
    if (shown.before === undefined) delete shown.before;
    if (shown.after === undefined) delete shown.after;
    if ("before" in shown || "after" in shown) fields.push(shown);
  }
  return { fields, changedFields: rule.changedFields ? changedFieldNames(before, after) : [] };
}

/** The metadata as one line of text, for the CSV: `status: SUBMITTED → APPROVED; changed: childViews, options`. */
export function metadataText(metadata: AuditMetadata): string {
  const parts = metadata.fields.map(({ field, before, after }) =>
    before !== undefined && after !== undefined && before !== after ? `${field}: ${before} → ${after}` : `${field}: ${after ?? before}`,
  );
  if (metadata.changedFields.length > 0) parts.push(`changed: ${metadata.changedFields.join(", ")}`);
  return parts.join("; ");
}

/** Every action, and every kind of record an action is about: the viewer's filter choices. */
export const AUDIT_ACTIONS = Object.keys(AUDIT_METADATA) as AuditAction[];

const ENTITY_TYPES: Record<AuditEvent["entityType"], true> = {
  Placement: true,
  FosterFamily: true,
  FosterFamilyVisit: true,
  Case: true,
  CaseAccessRequest: true,
  CaseNote: true,
  CaseDocument: true,
  User: true,
  LoginThrottle: true,
  RateLimit: true,
  Setting: true,
  Assessment: true,
  CasePlan: true,
  CaseClosure: true,
  BidReferral: true,
  PanelMember: true,
  BidSession: true,
  BidAgendaItem: true,
  BidDecision: true,
  ExportJob: true,
  AuditEvent: true,
  Centre: true,
  Organisation: true,
};
export const AUDIT_ENTITY_TYPES = Object.keys(ENTITY_TYPES) as AuditEvent["entityType"][];
