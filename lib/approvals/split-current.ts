import type { ApprovalStatus } from "@/lib/generated/prisma/enums";

/**
 * The item a page shows first — the open one (draft or submitted) if any, else the latest — and
 * the rest as history. Items come newest first.
 */
export function splitCurrent<T extends { id: string; status: ApprovalStatus }>(newestFirst: T[]): { current: T | null; history: T[] } {
  const current = newestFirst.find((item) => item.status === "DRAFT" || item.status === "SUBMITTED") ?? newestFirst[0] ?? null;
  return { current, history: newestFirst.filter((item) => item !== current) };
}
