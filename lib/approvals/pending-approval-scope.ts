import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseEditScope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The cases whose submitted items wait for this supervisor: open cases of their centres. */
export function pendingApprovalCaseWhere(actor: Actor): Prisma.CaseWhereInput {
  return { AND: [caseEditScope(actor), { status: { not: "CLOSED" } }] };
}
