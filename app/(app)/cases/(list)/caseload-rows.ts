import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ageOn, todayUtc } from "@/lib/dates/calendar";
import type { CaseloadItem } from "@/lib/cases/list-cases";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/reference/countries";

const DAY_MS = 86_400_000;

/** A caseload row as the page shows it: every text already in the user's language. */
export type CaseloadRow = {
  id: string;
  /** The version shown: a bulk reassignment of a case changed since is refused. */
  version: number;
  caseNumber: string;
  name: string;
  sex: string;
  /** "12" or "12 ~" (estimated), for the table. */
  age: string;
  /** "12 ans" or "12 ans ~", for the cards. */
  ageYears: string;
  nationality: string;
  status: string;
  /** Null: not assessed yet (`risk` then says so). */
  riskLevel: RiskLevel | null;
  risk: string;
  due: { overdue: string | null; kind: string | null; date: string; /** yyyy-mm-dd */ iso: string } | null;
  centreCode: string;
  worker: string | null;
};

/**
 * The page of cases as text, written on the server: the results component runs in the browser
 * too, and this way neither the messages nor the dates and country names it shows have to be sent
 * or computed twice (ADR 0021).
 */
export async function caseloadRows(items: CaseloadItem[], now: Date): Promise<CaseloadRow[]> {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const today = todayUtc(now);
  return items.map((item) => {
    const age = ageOn(item.dateOfBirth, today);
    const estimated = item.dateOfBirthEstimated ? " ~" : "";
    const due = item.nextDueAt;
    return {
      id: item.id,
      version: item.version,
      caseNumber: item.caseNumber,
      name: `${item.firstName} ${item.lastName}`,
      sex: t(`sex.${item.sex}`),
      age: `${age}${estimated}`,
      ageYears: `${t("case.ageYears", { age })}${estimated}`,
      nationality: countryName(item.nationality, locale),
      status: t(`status.${item.status}`),
      riskLevel: item.riskLevel,
      risk: item.riskLevel ? t(`risk.${item.riskLevel}`) : t("case.riskNotSet"),
      due: due && {
        overdue: item.overdue ? t("caseload.due.overdue", { days: Math.floor((now.getTime() - due.getTime()) / DAY_MS) }) : null,
        kind: item.nextDueKind && t(`caseload.due.kind.${item.nextDueKind}`),
        date: format.dateTime(due, "date"),
        // The day is what the page shows (in UTC, like `date`).
        iso: due.toISOString().slice(0, 10),
      },
      centreCode: item.centreCode,
      worker: item.assignedWorkerName,
    };
  });
}
