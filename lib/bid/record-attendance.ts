import "server-only";
// The coordinator records who attended (ADR 0011). Recording attendance holds the
// session: status → HELD (decided: the session is held once we know who was there). Attendance
// can be corrected until a decision of the session is signed, but a member who has voted
// cannot be marked absent (their votes would be left without a present voter).
import { z } from "zod";
import { inputString } from "@/lib/text/input-string";
import type { Actor } from "@/lib/auth/actor";
import type { WriteResult } from "@/lib/action-result";
import { fieldErrorsByPath } from "@/lib/field-errors";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/validation/uuid";
import { db } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";

export const attendanceSchema = z.object({
  sessionVersion: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" }),
  attendance: z.record(inputString(), z.enum(["present", "absent"], { error: "required" }), { error: "invalid" }),
});

export async function recordAttendance(actor: Actor, sessionId: string, input: unknown): Promise<WriteResult<{ sessionVersion: number }>> {
  if (!can(actor, "bid:coordinate") || !isUuid(sessionId)) throw new NotFoundError();
  const parsed = attendanceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByPath(parsed.error) };
  const { sessionVersion, attendance } = parsed.data;

  return db.$transaction(async (tx) => {
    const session = await tx.bidSession.findUnique({
      where: { id: sessionId },
      select: { status: true, version: true, heldAt: true, members: { select: { panelMemberId: true, attended: true } } },
    });
    if (!session) throw new NotFoundError();
    if (session.status !== "PUBLISHED" && session.status !== "HELD") throw new InvalidStateError("sessionNotPublished");
    const missing = session.members.filter((m) => !(m.panelMemberId in attendance));
    const unknown = Object.keys(attendance).filter((id) => !session.members.some((m) => m.panelMemberId === id));
    if (missing.length || unknown.length) {
      const errors: Record<string, string> = {};
      for (const m of missing) errors[`attendance.${m.panelMemberId}`] = "required";
      for (const id of unknown) errors[`attendance.${id}`] = "invalid";
      return { ok: false as const, fieldErrors: errors };
    }
    const signed = await tx.bidDecision.count({ where: { sessionId, signedAt: { not: null } } });
    if (signed) throw new InvalidStateError("decisionSigned");
    const absentVoters = await tx.bidVote.count({
      where: {
        decision: { sessionId, supersededAt: null },
        panelMemberId: { in: Object.keys(attendance).filter((id) => attendance[id] === "absent") },
      },
    });
    if (absentVoters) throw new InvalidStateError("memberHasVoted");

    const now = new Date();
    const { count } = await tx.bidSession.updateMany({
      where: { id: sessionId, version: sessionVersion },
      data: { status: "HELD", heldAt: session.heldAt ?? now, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = await tx.bidSession.findUniqueOrThrow({ where: { id: sessionId }, select: { updatedAt: true } });
      throw new ConflictError(null, current.updatedAt);
    }
    for (const member of session.members) {
      await tx.bidSessionMember.update({
        where: { sessionId_panelMemberId: { sessionId, panelMemberId: member.panelMemberId } },
        data: { attended: attendance[member.panelMemberId] === "present" },
      });
    }
    await writeAuditEvent(tx, actor.userId, {
      action: "bid.attendanceRecorded",
      entityType: "BidSession",
      entityId: sessionId,
      before: { status: session.status, attendance: Object.fromEntries(session.members.map((m) => [m.panelMemberId, m.attended])) },
      after: { status: "HELD", attendance: Object.fromEntries(session.members.map((m) => [m.panelMemberId, attendance[m.panelMemberId] === "present"])) },
    });
    return { ok: true as const, data: { sessionVersion: sessionVersion + 1 } };
  });
}
