// Whole days a referral has been waiting (pure; UTC calendar days, Mauritania keeps UTC).
import { todayUtc } from "@/lib/dates/calendar";

export function waitingDays(referredAt: Date, now: Date = new Date()): number {
  return Math.max(0, Math.round((todayUtc(now).getTime() - todayUtc(referredAt).getTime()) / 86_400_000));
}
