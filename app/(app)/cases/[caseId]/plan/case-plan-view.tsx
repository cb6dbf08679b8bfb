import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CasePlanDto } from "@/lib/case-plans/case-plan.dto";
import { organisationName } from "@/lib/organisations/organisation-name";
import { termClass } from "@/components/ui/definition";

/** A case plan's goals, read-only: one card per goal, so a phone shows every column. */
export function CasePlanView({ plan }: { plan: CasePlanDto }) {
  const t = useTranslations("casePlan");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ol className="space-y-3" data-testid="case-plan-view">
      {plan.goals.map((goal, index) => (
        <li key={goal.id} className="rounded border border-slate-200 p-3">
          <h4 className="text-xs font-semibold uppercase text-slate-500">{t("goalN", { n: index + 1 })}</h4>
          <p className="mt-0.5 font-medium whitespace-pre-wrap" dir="auto">
            {goal.goal}
          </p>
          <dl className="mt-2 grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className={termClass}>{t("intervention")}</dt>
              <dd className="whitespace-pre-wrap" dir="auto">
                {goal.intervention}
              </dd>
            </div>
            <div>
              <dt className={termClass}>{t("responsible")}</dt>
              <dd dir="auto">{goal.responsibleOrganisation ? organisationName(goal.responsibleOrganisation, locale) : goal.responsibleOther}</dd>
            </div>
            <div>
              <dt className={termClass}>{t("deadline")}</dt>
              <dd>{format.dateTime(goal.deadline, "date")}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
