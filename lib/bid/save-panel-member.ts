import "server-only";
import type { WriteResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { isUuid } from "@/lib/validation/uuid";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { panelMemberSchema } from "./panel-member.schema";

/**
 * The coordinator adds a PANEL_MEMBER account to the roster, or edits a roster row (expertise,
 * default role, active). The organisation is the user's own. The undertaking is the member's to
 * sign: the coordinator never sets it.
 */
export async function savePanelMember(actor: Actor, input: unknown): Promise<WriteResult<{ panelMemberId: string }>> {
  if (!can(actor, "bid:coordinate")) throw new NotFoundError();
  const parsed = panelMemberSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { panelMemberId, userId, expertise, defaultRole, active } = parsed.data;

  return db.$transaction(async (tx) => {
    if (panelMemberId) {
      if (!isUuid(panelMemberId)) throw new NotFoundError();
      const before = await tx.panelMember.findUnique({ where: { id: panelMemberId } });
      if (!before) throw new NotFoundError();
      if (before.userId !== userId) return { ok: false as const, fieldErrors: { userId: "invalid" } };
      await tx.panelMember.update({ where: { id: panelMemberId }, data: { expertise, defaultRole, active } });
      await writeAuditEvent(tx, actor.userId, {
        action: "bid.rosterSaved",
        entityType: "PanelMember",
        entityId: panelMemberId,
        before: { expertise: before.expertise, defaultRole: before.defaultRole, active: before.active },
        after: { expertise, defaultRole, active },
      });
      return { ok: true as const, data: { panelMemberId } };
    }
    const user = isUuid(userId)
      ? await tx.user.findFirst({ where: { id: userId, role: "PANEL_MEMBER", active: true }, select: { id: true, panelMember: { select: { id: true } } } })
      : null;
    if (!user) return { ok: false as const, fieldErrors: { userId: "bid.notPanelAccount" } };
    if (user.panelMember) return { ok: false as const, fieldErrors: { userId: "bid.alreadyOnRoster" } };
    const created = await tx.panelMember.create({ data: { userId, expertise, defaultRole, active }, select: { id: true } });
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.rosterSaved",
      entityType: "PanelMember",
      entityId: created.id,
      after: { userId, expertise, defaultRole, active },
    });
    return { ok: true as const, data: { panelMemberId: created.id } };
  });
}
