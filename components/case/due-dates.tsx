import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/cases/case.dto";

/** The case's pending due dates; overdue ones say so in words, not only in red. */
export async function DueDates({ due, now = new Date() }: { due: CaseDetail["due"]; now?: Date }) {
  const [t, format] = await Promise.all([getTranslations("dueDates"), getFormatter()]);
  const rows = (["firstActionDueAt", "assessmentDueAt", "casePlanDueAt", "followUpDueAt"] as const).filter((key) => due[key]);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="space-y-2" data-testid="due-dates">
      {rows.map((key) => {
        const date = due[key]!;
        const overdue = date.getTime() < now.getTime();
        const days = Math.ceil(Math.abs(now.getTime() - date.getTime()) / 86_400_000);
        return (
          <li key={key} className={`flex flex-wrap justify-between gap-2 rounded px-3 py-2 ${overdue ? "bg-red-50 text-red-900 ring-1 ring-red-300" : "bg-slate-50"}`}>
            <span className="font-medium">{t(key)}</span>
            <span>
              {format.dateTime(date, "dateTime")}
              {" — "}
              <strong>{overdue ? t("overdueBy", { days }) : t("dueIn", { days })}</strong>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
