import { useFormatter, useTranslations } from "next-intl";
import type { DueKind } from "@/lib/cases/list-cases";

const DAY_MS = 86_400_000;

/**
 * A case's next due date with the step it is for. Overdue is said in words ("En retard — 3 j")
 * with a warning sign, and only then coloured: never colour alone.
 */
export function DueDate({ due, kind, overdue, now }: { due: Date | null; kind: DueKind | null; overdue: boolean; now: Date }) {
  const t = useTranslations("caseload.due");
  const format = useFormatter();
  if (!due) return <span className="text-slate-500">{t("none")}</span>;
  const date = format.dateTime(due, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <span className="inline-flex flex-col">
      {overdue && (
        <strong className="font-semibold whitespace-nowrap text-red-800" data-testid="overdue">
          <span aria-hidden="true">⚠ </span>
          {t("overdue", { days: Math.floor((now.getTime() - due.getTime()) / DAY_MS) })}
        </strong>
      )}
      <span className={`whitespace-nowrap ${overdue ? "text-red-800" : ""}`}>
        {kind ? `${t(`kind.${kind}`)} · ` : ""}
        <time dateTime={due.toISOString()}>{date}</time>
      </span>
    </span>
  );
}
