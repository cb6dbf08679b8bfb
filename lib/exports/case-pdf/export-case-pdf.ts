import "server-only";
import { getCaseAssessments } from "@/lib/assessments/get-case-assessments";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getCasePlans } from "@/lib/case-plans/get-case-plans";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db";
import { listCasePlacements } from "@/lib/placements/list-case-placements";
import { buildCasePdfDocument } from "./build-case-pdf";
import { renderCasePdf, type CasePdfLocale } from "./render-case-pdf";

export type CasePdf = { caseNumber: string; bytes: Buffer };

/**
 * The case file as a PDF for this user, in their language. The case is read through getCase
 * (scope; the read is written to the access log): out of scope or unknown → NotFoundError and
 * nothing else happens. Each export is audited (`case.exportedPdf`).
 */
export async function exportCasePdf(actor: Actor, caseId: string, locale: CasePdfLocale, now: Date = new Date()): Promise<CasePdf> {
  const child = await getCase(actor, caseId, "pdf");
  const [assessments, plans, placements] = await Promise.all([
    getCaseAssessments(actor, child.id),
    getCasePlans(actor, child.id),
    listCasePlacements(actor, child.id),
  ]);
  const bytes = await renderCasePdf(
    buildCasePdfDocument({ child, assessments, plans, placements: placements.history, locale, generatedByName: actor.name, now }),
  );
  await db.$transaction(async (tx) => {
    await writeAuditEvent(tx, actor.userId, {
      action: "case.exportedPdf",
      entityType: "Case",
      entityId: child.id,
      after: { caseNumber: child.caseNumber, locale, bytes: bytes.length },
    });
  });
  return { caseNumber: child.caseNumber, bytes };
}
