import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { BID_STEPS, currentStepIndex, type CaseBidStage } from "@/lib/bid/case-bid-stage";
import { termClass } from "@/components/ui/definition";

/** Where the case stands in the BID process: the four steps, the current one described in words. */
export async function BidStage({ stage }: { stage: CaseBidStage }) {
  const [t, format] = await Promise.all([getTranslations("bid.referral"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, "date");
  const current = currentStepIndex(stage);
  // Once the decision is signed, implementation is where the case is: the earlier steps are done.
  const summary = (() => {
    switch (stage.stage) {
      case "notReferred":
        return t("stage.notReferred");
      case "waiting":
        return t("stage.waiting", { date: date(stage.referredAt) });
      case "onAgenda":
        return t("stage.onAgenda", { date: format.dateTime(stage.session.scheduledAt, "dateTime") });
      case "awaitingSignature":
        return stage.session ? t("stage.awaitingSignature", { date: date(stage.session.scheduledAt) }) : t("stage.reviewAwaitingSignature");
      case "implementation":
        return t("stage.implementation", { date: date(stage.signedAt) });
    }
  })();

  return (
    <Card title={t("title")} testId="bid-stage" className="space-y-4">
      <ol className="grid gap-2 sm:grid-cols-4" data-stage={stage.stage} data-testid="bid-steps">
        {BID_STEPS.map((step, index) => {
          const state = index < current ? "done" : index === current ? "current" : "todo";
          return (
            <li
              key={step}
              aria-current={state === "current" ? "step" : undefined}
              data-state={state}
              className={`flex items-center gap-2 rounded border px-3 py-2 text-sm ${
                state === "current"
                  ? "border-brand-700 bg-brand-50 font-semibold text-brand-800"
                  : state === "done"
                    ? "border-green-300 bg-green-50 text-green-900"
                    : "border-slate-200 text-slate-500"
              }`}
            >
              <span aria-hidden="true" className="inline-flex size-6 shrink-0 items-center justify-center rounded-full border border-current text-xs">
                {state === "done" ? "✓" : index + 1}
              </span>
              <span>
                {t(`steps.${step}`)}
                <span className="sr-only"> — {t(`stepState.${state}`)}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <p data-testid="bid-stage-summary">{summary}</p>
      {(stage.stage === "onAgenda" || stage.stage === "awaitingSignature") && stage.session?.venue && (
        <p className="text-sm text-slate-700">
          {t("stage.venue")} <span dir="auto">{stage.session.venue}</span>
        </p>
      )}
      {stage.stage === "implementation" && (stage.deadline || stage.reviewDate) && (
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {stage.deadline && (
            <div>
              <dt className={termClass}>{t("stage.deadline")}</dt>
              <dd>{date(stage.deadline)}</dd>
            </div>
          )}
          {stage.reviewDate && (
            <div>
              <dt className={termClass}>{t("stage.reviewDate")}</dt>
              <dd>{date(stage.reviewDate)}</dd>
            </div>
          )}
        </dl>
      )}
    </Card>
  );
}
