import "server-only";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { organisationFitsRole, worksInCentres } from "./account-rules";

/**
 * The rules that need the database (docs/domain.md, "Accounts and security"): the organisation
 * exists and suits the role; a role that works in centres has at least one, every other role none;
 * each centre exists, and lies in the organisation's country. Field errors (message keys), or none.
 * `keptCentreIds`: centres the account already has, which stay allowed if they were since closed.
 */
export async function accountFieldErrors(
  tx: Tx,
  values: { role: Role; organisationId: string; centreIds: string[] },
  keptCentreIds: readonly string[] = [],
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const organisation = await tx.organisation.findUnique({ where: { id: values.organisationId }, select: { type: true, country: true } });
  if (!organisation) errors.organisationId = "unknownOrganisation";
  else if (!organisationFitsRole(values.role, organisation.type)) errors.organisationId = "organisationRoleMismatch";

  const centreIds = [...new Set(values.centreIds)];
  if (worksInCentres(values.role)) {
    if (centreIds.length === 0) errors.centreIds = "centreRequired";
  } else if (centreIds.length > 0) {
    errors.centreIds = "centreNotForRole";
  }
  if (!errors.centreIds && centreIds.length > 0) {
    const centres = await tx.centre.findMany({ where: { id: { in: centreIds } }, select: { id: true, country: true, active: true } });
    if (centres.length !== centreIds.length) errors.centreIds = "unknownCentre";
    else if (centres.some((centre) => !centre.active && !keptCentreIds.includes(centre.id))) errors.centreIds = "accountCentreClosed";
    else if (organisation && centres.some((centre) => centre.country !== organisation.country)) errors.centreIds = "centreOutsideCountry";
  }
  return errors;
}
