import { useFormatter, useTranslations } from "next-intl";
import type { AssessmentDto } from "@/lib/assessments/assessment.dto";
import { FACTOR_DOMAINS } from "@/lib/assessments/assessment.constants";
import { Definition } from "@/components/ui/definition";

function Text({ value }: { value: string | null }) {
  const t = useTranslations("approval");
  if (!value) return <span className="text-slate-500">{t("notFilled")}</span>;
  return (
    <span className="whitespace-pre-wrap" dir="auto">
      {value}
    </span>
  );
}


/** An assessment, read-only. */
export function AssessmentView({ assessment }: { assessment: AssessmentDto }) {
  const t = useTranslations();
  const format = useFormatter();
  const yesNo = (value: boolean | null) => (value === null ? null : t(value ? "approval.yes" : "approval.no"));
  const bid = yesNo(assessment.bidRequired);
  const interpreter = assessment.interpreterUsed && assessment.interpreterName ? `${yesNo(true)} — ${assessment.interpreterName}` : yesNo(assessment.interpreterUsed);
  return (
    <div className="space-y-4" data-testid="assessment-view">
      <dl className="grid gap-4 md:grid-cols-3" data-testid="interview-view">
        <Definition label={t("assessment.interviewDate")}>
          <Text value={assessment.interviewDate ? format.dateTime(assessment.interviewDate, "date") : null} />
        </Definition>
        <Definition label={t("assessment.interviewLanguage")}>
          <Text value={assessment.interviewLanguage ? t(`languages.${assessment.interviewLanguage}`) : null} />
        </Definition>
        <Definition label={t("assessment.interpreterUsed")}>
          <Text value={interpreter} />
        </Definition>
      </dl>
      <dl className="grid gap-4 md:grid-cols-2">
        <Definition label={t("assessment.childViews")}>
          <Text value={assessment.childViews} />
        </Definition>
        <Definition label={t("assessment.caregiverViews")}>
          <Text value={assessment.caregiverViews} />
        </Definition>
      </dl>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="mb-2 text-start font-semibold">{t("assessment.factorsTitle")}</caption>
          <thead className="bg-slate-100 text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">
                <span className="sr-only">{t("assessment.factorsTitle")}</span>
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("assessment.risks")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("assessment.protective")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {FACTOR_DOMAINS.map((domain) => (
              <tr key={domain}>
                <th scope="row" className="px-3 py-2 text-start align-top font-medium">
                  {t(`assessment.domains.${domain}`)}
                </th>
                <td className="px-3 py-2 align-top">
                  <Text value={assessment.factors[domain].risks} />
                </td>
                <td className="px-3 py-2 align-top">
                  <Text value={assessment.factors[domain].protective} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid gap-4 md:grid-cols-2">
        <Definition label={t("assessment.options")}>
          <Text value={assessment.options} />
        </Definition>
        <Definition label={t("assessment.recommendation")}>
          <Text value={assessment.recommendation} />
        </Definition>
        <Definition label={t("assessment.bidRequired")}>
          <Text value={bid} />
        </Definition>
        <Definition label={t("assessment.bidReason")}>
          <Text value={assessment.bidReason} />
        </Definition>
      </dl>
    </div>
  );
}
