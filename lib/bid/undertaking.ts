import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Whether the user is an active roster member who signed the confidentiality undertaking — the
 * condition before any dossier is opened (enforced in the dossier DAL). Takes a client so it can
 * run inside the caller's transaction.
 */
export async function hasSignedUndertaking(client: Pick<Tx, "panelMember">, userId: string): Promise<boolean> {
  const member = await client.panelMember.findUnique({ where: { userId }, select: { active: true, undertakingSignedAt: true } });
  return member !== null && member.active && member.undertakingSignedAt !== null;
}
