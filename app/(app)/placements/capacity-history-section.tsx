import { useTranslations } from "next-intl";
import { Card, EmptyState } from "@/components/ui/card";
import type { CapacityChange } from "@/lib/placements/capacity-history";

/** Every change of capacity of the board's centres, newest first: when, from → to, why, by whom. */
export function CapacityHistorySection({ changes, day }: { changes: CapacityChange[]; day: (date: Date) => string }) {
  const t = useTranslations("occupancy");
  return (
    <Card title={t("capacityHistoryTitle")} className="space-y-3" testId="capacity-history">
      <p className="text-sm text-slate-600">{t("capacityHistoryIntro")}</p>
      {changes.length === 0 ? (
        <EmptyState>{t("noCapacityChanges")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-1 text-start">{t("capacityChangeDate")}</th>
                <th scope="col" className="p-1 text-start">{t("capacityChangeCentre")}</th>
                <th scope="col" className="p-1 text-start">{t("capacityChangeFromTo")}</th>
                <th scope="col" className="p-1 text-start">{t("capacityChangeReason")}</th>
                <th scope="col" className="p-1 text-start">{t("capacityChangeBy")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.id} className="border-b border-slate-100" data-testid="capacity-change">
                  <td className="p-1 whitespace-nowrap">{day(change.at)}</td>
                  <td className="p-1">
                    <abbr title={change.centreName}>{change.centreCode}</abbr>
                  </td>
                  <td className="p-1 whitespace-nowrap">{t("capacityChangeValue", { from: change.fromCapacity, to: change.toCapacity })}</td>
                  <td className="p-1" dir="auto">{change.reason}</td>
                  <td className="p-1">{change.changedByName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
