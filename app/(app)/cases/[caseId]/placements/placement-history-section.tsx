import { useTranslations } from "next-intl";
import { cardClass, EmptyState } from "@/components/ui/card";
import type { PlacementHistoryItem } from "@/lib/placements/list-case-placements";

/** Every placement of the child, newest first: cards on a phone, a table from sm up. */
export function PlacementHistorySection({ history, day }: { history: PlacementHistoryItem[]; day: (date: Date) => string }) {
  const t = useTranslations("placements");
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-lg font-semibold">
        {t("history")}
      </h2>
      {history.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : <HistoryTable history={history} day={day} />}
    </section>
  );
}

function HistoryTable({
  history,
  day,
}: {
  history: PlacementHistoryItem[];
  day: (date: Date) => string;
}) {
  const t = useTranslations("placements");
  const dates = (p: PlacementHistoryItem) =>
    p.endDate ? t("fromTo", { start: day(p.startDate), end: day(p.endDate) }) : t("since", { start: day(p.startDate) });
  return (
    <>
      {/* Phones: one card per placement; from sm up: the table. */}
      <ul className="space-y-2 sm:hidden">
        {history.map((p) => (
          <li key={p.id} data-testid="placement-card" className={cardClass("p-3 text-sm")}>
            <p className="font-medium">
              {t(`types.${p.type}`)} · <span dir="auto">{p.location}</span>
            </p>
            <p className="text-slate-600">
              {dates(p)} · {t("days", { count: p.daysInCare })}
            </p>
            <p className="text-slate-600" dir="auto">
              {p.byBidDecision ? t("bidDecision") : p.decidedByName}
              {" · "}
              {p.endReason ? t(`endReasons.${p.endReason}`) : <span className="font-semibold text-green-800">{t("active")}</span>}
            </p>
            {p.transferredFrom && <p className="text-xs text-slate-600">{t("transferredFrom", { centre: p.transferredFrom })}</p>}
            {p.capacityOverrideReason && (
              <p className="text-xs text-amber-800" dir="auto">
                {t("overridden", { reason: p.capacityOverrideReason })}
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className={cardClass("hidden overflow-x-auto sm:block")}>
        <table className="min-w-full text-sm" data-testid="placement-history">
          <thead className="bg-slate-50 text-start text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.dates")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.type")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.location")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.decidedBy")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.endReason")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("columns.days")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {history.map((p) => (
              <tr key={p.id} data-testid="placement-row" className="align-top">
                <td className="whitespace-nowrap px-3 py-2">{dates(p)}</td>
                <td className="px-3 py-2">{t(`types.${p.type}`)}</td>
                <td className="px-3 py-2">
                  <span dir="auto">{p.location}</span>
                  {p.caregiverRelationship && (
                    <span className="block text-xs text-slate-600" dir="auto">
                      {p.caregiverRelationship}
                    </span>
                  )}
                  {p.address && (
                    <span className="block text-xs text-slate-600" dir="auto">
                      {p.address}
                      {p.contactPhone && <> · <span dir="ltr">{p.contactPhone}</span></>}
                    </span>
                  )}
                  {p.transferredFrom && <span className="block text-xs text-slate-600">{t("transferredFrom", { centre: p.transferredFrom })}</span>}
                  {p.capacityOverrideReason && (
                    <span className="block text-xs text-amber-800" dir="auto">
                      {t("overridden", { reason: p.capacityOverrideReason })}
                    </span>
                  )}
                  {p.reviewFlagged && !p.endDate && <span className="block text-xs font-semibold text-red-800">{t("reviewFlagged")}</span>}
                </td>
                <td className="px-3 py-2" dir="auto">
                  {p.byBidDecision ? t("bidDecision") : p.decidedByName}
                </td>
                <td className="px-3 py-2">
                  {p.endReason ? (
                    <>
                      {t(`endReasons.${p.endReason}`)}
                      {p.endNotes && (
                        <span className="block text-xs text-slate-600" dir="auto">
                          {p.endNotes}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="font-semibold text-green-800">{t("active")}</span>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{t("days", { count: p.daysInCare })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
