import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { caseListSelect, toCaseListItem, type CaseDetail } from "./case.dto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One case, if the actor's scope includes it; otherwise NotFoundError, exactly as for an id
 * that does not exist. Every successful read is written to the case access log.
 */
export async function getCase(actor: Actor, caseId: string): Promise<CaseDetail> {
  if (!can(actor, "case:read") || !UUID.test(caseId)) throw new NotFoundError();
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor)] },
    select: {
      ...caseListSelect,
      otherNames: true,
      languages: true,
      separationType: true,
      referralSource: true,
      createdAt: true,
      updatedAt: true,
      version: true,
      centre: { select: { code: true, name: true } },
      registeredBy: { select: { name: true } },
    },
  });
  if (!row) throw new NotFoundError();
  await db.caseAccessLog.create({ data: { userId: actor.userId, caseId: row.id } });

  const { registeredBy, centre, ...rest } = row;
  return {
    ...toCaseListItem({ ...rest, centre }),
    otherNames: rest.otherNames,
    languages: rest.languages,
    separationType: rest.separationType,
    referralSource: rest.referralSource,
    createdAt: rest.createdAt,
    updatedAt: rest.updatedAt,
    version: rest.version,
    centreName: centre.name,
    registeredByName: registeredBy.name,
  };
}
