import { useTranslations } from "next-intl";
import type { Readiness } from "@/lib/bid/readiness";

/** The readiness checklist: every item, done or missing (same list for worker and coordinator). */
export function ReadinessList({ readiness, compact = false }: { readiness: Readiness; compact?: boolean }) {
  const t = useTranslations("bid.readiness");
  if (compact && readiness.ready) {
    return (
      <span className="inline-block rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900 ring-1 ring-green-300" data-testid="readiness-ready">
        {t("ready")}
      </span>
    );
  }
  const items = compact ? readiness.items.filter((i) => !i.done) : readiness.items;
  return (
    <div data-testid="readiness-checklist" data-ready={readiness.ready}>
      {compact ? (
        <p className="text-xs font-semibold text-amber-900">{t("missingTitle")}</p>
      ) : (
        <p className={`text-sm font-semibold ${readiness.ready ? "text-green-800" : "text-amber-900"}`}>{readiness.ready ? t("readyLong") : t("notReadyLong")}</p>
      )}
      <ul className={compact ? "text-xs" : "mt-1 space-y-1 text-sm"}>
        {items.map(({ item, done }) => (
          <li key={item} data-testid={`readiness-${item}`} data-done={done} className="flex items-start gap-2">
            <span aria-hidden="true" className={done ? "text-green-700" : "text-amber-700"}>
              {done ? "✓" : "✗"}
            </span>
            <span>
              {t(`items.${item}`)}
              <span className="sr-only"> — {done ? t("done") : t("missing")}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
