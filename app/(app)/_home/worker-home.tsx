import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RiskBadge } from "@/components/ui/badges";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { DueCase, DueWork, WorkerHome } from "@/lib/dashboards/get-worker-home";

/**
 * The social worker's home: a column of sections, each one kind of work (due dates today; more
 * kinds, such as her tasks, are further sections of the same shape).
 */
export async function WorkerHomeSections({ home, now }: { home: WorkerHome; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("home.due"), getFormatter()]);
  const empty = home.overdue.length === 0 && home.dueToday.length === 0;
  // The same words as the case's due dates: overdue by whole days, otherwise the time today.
  const when = (w: DueWork) =>
    w.overdue
      ? t("overdueBy", { days: Math.max(1, Math.ceil((now.getTime() - w.dueAt.getTime()) / 86_400_000)) })
      : t("dueAt", { time: format.dateTime(w.dueAt, { timeStyle: "short" }) });
  return (
    <Card
      title={t("title")}
      labelledBy="home-due-title"
      testId="home-due"
      className="space-y-4"
      actions={
        <ButtonLink href="/cases?overdue=1" variant="secondary" size="sm">
          {t("allOverdue")}
        </ButtonLink>
      }
    >
      {empty && <p className="text-slate-600">{t("none")}</p>}
      {home.overdue.length > 0 && (
        <WorkList title={t("overdue", { count: home.overdue.length })} items={home.overdue} testId="home-overdue" tone="overdue" when={when} />
      )}
      {home.dueToday.length > 0 && (
        <WorkList title={t("today", { count: home.dueToday.length })} items={home.dueToday} testId="home-today" tone="today" when={when} />
      )}
      {home.truncated && <p className="text-sm text-slate-600">{t("truncated")}</p>}
    </Card>
  );
}

async function WorkList({
  title,
  items,
  testId,
  tone,
  when,
}: {
  title: string;
  items: DueCase[];
  testId: string;
  tone: "overdue" | "today";
  when: (w: DueWork) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("home.due"), getFormatter()]);
  return (
    <section className="space-y-2">
      <h3 className={`font-semibold ${tone === "overdue" ? "text-red-800" : "text-slate-800"}`}>{title}</h3>
      <ul className="divide-y divide-slate-100" data-testid={testId}>
        {items.map((c) => (
          <li key={c.caseId} className="flex flex-wrap items-start gap-x-3 gap-y-1 py-2" data-testid="home-due-item">
            <Link href={`/cases/${c.caseId}`} className="font-mono text-sm font-semibold text-brand-700 hover:underline">
              {c.caseNumber}
            </Link>
            <span className="min-w-0 flex-1">
              <bdi>
                {c.firstName} {c.lastName}
              </bdi>
            </span>
            <RiskBadge risk={c.riskLevel} />
            <ul className="basis-full text-sm sm:basis-auto sm:text-end">
              {c.work.map((w) => (
                <li key={w.kind} data-kind={w.kind}>
                  <span className="font-medium">{t(`kind.${w.kind}`)}</span>
                  {" — "}
                  <span title={format.dateTime(w.dueAt, "dateTime")}>
                    <strong className={w.overdue ? "text-red-800" : undefined}>{when(w)}</strong>
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
