// Why a case has its risk level (docs/domain.md, "Lifecycle, risk and due dates"): a code, and
// words only when a worker wrote them. A runaway stores the code RAN_AWAY, never a translated text,
// so each reader sees it in their own language.
import type { RiskReasonCode } from "@/lib/generated/prisma/enums";

export type RiskReason = { code: "RAN_AWAY" } | { code: "OTHER"; text: string };

/** The reason as the Case row stores it. */
export type StoredRiskReason = { riskReasonCode: RiskReasonCode | null; riskReason: string | null };

export function riskReasonColumns(reason: RiskReason): { riskReasonCode: RiskReasonCode; riskReason: string | null } {
  return { riskReasonCode: reason.code, riskReason: reason.code === "OTHER" ? reason.text : null };
}

/**
 * What to show for a stored reason, in the reader's language (`t` from the root of the messages):
 * the worker's words as written, a code through risk.reasonCodes.*; null when there is none.
 */
export function riskReasonText({ riskReasonCode, riskReason }: StoredRiskReason, t: (key: string) => string): string | null {
  if (riskReasonCode === null) return null;
  if (riskReasonCode === "OTHER") return riskReason || null;
  return t(`risk.reasonCodes.${riskReasonCode}`);
}
