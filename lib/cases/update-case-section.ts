import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordCaseEvent } from "./case-events";
import { CASE_FILE_SECTIONS, isCaseFileSection, type CaseFileSection, type SectionData } from "./case-file.schema";
import { findCaseForWrite, refreshDueDates, updateCaseVersioned } from "./case-write";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { nameSearchKey } from "./name-search";
import { NotFoundError } from "@/lib/errors";
import { caseDateProblem, type CaseDates } from "@/lib/dates/date-rules";

/**
 * Saves one section of the case file if the case is still at `version` (the one the form was
 * opened with); each save bumps the version, so a colleague's stale form is refused.
 */
export async function updateCaseSection(
  actor: Actor,
  input: { caseId: string; version: number; section: string; values: unknown },
): Promise<WriteResult<{ version: number }>> {
  if (!isCaseFileSection(input.section) || !Number.isInteger(input.version)) throw new NotFoundError();
  const section = input.section;
  const parsed = CASE_FILE_SECTIONS[section].safeParse(input.values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };

  return db.$transaction(async (tx) => {
    const current = await findCaseForWrite(tx, actor, input.caseId, { permission: "case:edit" });
    const before = await snapshot(tx, input.caseId, section);
    const problems = await crossFieldProblems(tx, input.caseId, section, parsed.data);
    if (problems) return { ok: false as const, fieldErrors: problems };

    await updateCaseVersioned(tx, actor, input.caseId, input.version, await caseColumns(tx, input.caseId, section, parsed.data));
    await writeChildRows(tx, input.caseId, section, parsed.data);
    if (section === "identity" || section === "arrival") await refreshDueDates(tx, input.caseId);

    await recordCaseEvent(tx, input.caseId, actor.userId, { type: "case.updated", data: { sections: [section] } });
    await writeAuditEvent(tx, actor.userId, {
      action: "case.sectionUpdated",
      entityType: "Case",
      entityId: input.caseId,
      before: { section, ...before },
      after: { section, ...(await snapshot(tx, input.caseId, section)) },
    });
    return { ok: true as const, data: { version: current.version + 1 } };
  });
}

/** The section's date checked against the case's other dates (docs/date-rules.md). */
async function crossFieldProblems(
  tx: Tx,
  caseId: string,
  section: CaseFileSection,
  data: SectionData<CaseFileSection>,
): Promise<Record<string, string> | null> {
  const edited = SECTION_DATE[section];
  if (!edited) return null;
  const stored = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { arrivalDate: true, dateOfBirth: true, separationDate: true },
  });
  const value = (data as Partial<CaseDates>)[edited] ?? null;
  const problem = caseDateProblem({ ...stored, [edited]: value }, edited);
  return problem ? { [edited]: problem } : null;
}

/** The case date each section edits. */
const SECTION_DATE: Partial<Record<CaseFileSection, keyof CaseDates>> = {
  identity: "dateOfBirth",
  separation: "separationDate",
  arrival: "arrivalDate",
};

async function caseColumns(
  tx: Tx,
  caseId: string,
  section: CaseFileSection,
  data: SectionData<CaseFileSection>,
): Promise<Prisma.CaseUncheckedUpdateManyInput> {
  switch (section) {
    case "identity": {
      const identity = data as SectionData<"identity">;
      return { ...identity, searchName: nameSearchKey(identity) };
    }
    case "consent": {
      const { shareWith: _shareWith, ...consent } = data as SectionData<"consent">;
      const previous = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { consentRecordedAt: true } });
      return { ...consent, consentRecordedAt: previous.consentRecordedAt ?? new Date() };
    }
    case "family":
      return {};
    default:
      return data as Prisma.CaseUncheckedUpdateManyInput;
  }
}

/** Repeatable parts: family members and the organisations consented to, replaced as a whole. */
async function writeChildRows(tx: Tx, caseId: string, section: CaseFileSection, data: SectionData<CaseFileSection>) {
  if (section === "family") {
    const { members } = data as SectionData<"family">;
    const keep = members.flatMap((m) => (m.id ? [m.id] : []));
    await tx.familyMember.deleteMany({ where: { caseId, id: { notIn: keep } } });
    for (const { id, ...member } of members) {
      if (id) await tx.familyMember.updateMany({ where: { id, caseId }, data: member });
      else await tx.familyMember.create({ data: { ...member, caseId } });
    }
  }
  if (section === "consent") {
    const { shareWith } = data as SectionData<"consent">;
    const known = await tx.organisation.findMany({ where: { id: { in: shareWith } }, select: { id: true } });
    await tx.caseConsentShare.deleteMany({ where: { caseId, organisationId: { notIn: known.map((o) => o.id) } } });
    await tx.caseConsentShare.createMany({
      data: known.map((o) => ({ caseId, organisationId: o.id })),
      skipDuplicates: true,
    });
  }
}

/** The section's stored values, for the audit trail's before/after. */
async function snapshot(tx: Tx, caseId: string, section: CaseFileSection): Promise<Prisma.InputJsonObject> {
  if (section === "family") {
    const members = await tx.familyMember.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } });
    return { members: members.map(({ caseId: _c, createdAt: _t, ...m }) => m) };
  }
  const fields = Object.keys(CASE_FILE_SECTIONS[section].shape).filter((f) => f !== "shareWith");
  const row = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { ...Object.fromEntries(fields.map((f) => [f, true])), consentShares: section === "consent" ? { select: { organisationId: true } } : false },
  });
  return JSON.parse(JSON.stringify(row));
}
