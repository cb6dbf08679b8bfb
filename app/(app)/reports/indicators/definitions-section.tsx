import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";

/** What each figure counts, in plain words, printed with the report. */
export function DefinitionsSection() {
  const t = useTranslations("indicators");
  return (
    <section aria-labelledby="definitions-heading" className={cardClass("p-4 text-sm text-slate-700")} data-testid="definitions">
      <h2 id="definitions-heading" className="mb-2 font-semibold">
        {t("definitionsTitle")}
      </h2>
      <ul className="list-disc space-y-1 ps-5">
        {(["consent", "registered", "accommodated", "breakdowns", "bidDecisions", "closures"] as const).map((key) => (
          <li key={key}>{t(`definitions.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}
