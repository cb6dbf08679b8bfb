"use server";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { signOut } from "./auth";
import { getActor } from "./session";

export async function logout(): Promise<void> {
  const actor = await getActor();
  if (actor) {
    await db.$transaction((tx) =>
      writeAuditEvent(tx, actor.userId, { action: "auth.logout", entityType: "User", entityId: actor.userId }),
    );
  }
  await signOut({ redirectTo: "/login" });
}
