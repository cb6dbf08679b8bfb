import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { organisationName } from "@/lib/organisations/organisation-name";
import type { OccupancyBoard } from "@/lib/placements/occupancy-board";
import { VettingBadge } from "../foster-families/vetting-badge";

const VISIT_STYLE = {
  overdue: "font-semibold text-red-800",
  dueSoon: "font-semibold text-amber-900",
  planned: "text-slate-800",
  none: "text-slate-500",
} as const;

/** Foster families with their placed children and when their next follow-up visit is due. */
export function FamilyOccupancySection({ families, day }: { families: OccupancyBoard["families"]; day: (date: Date) => string }) {
  const t = useTranslations("occupancy");
  const locale = useLocale();
  return (
    <Card title={t("familiesTitle")} className="space-y-3">
      {families.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noFamilies")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-start">
                <th scope="col" className="p-2 text-start">{t("family")}</th>
                <th scope="col" className="p-2 text-start">{t("nextVisit")}</th>
                <th scope="col" className="p-2 text-end">{t("placed")}</th>
                <th scope="col" className="p-2 text-start">{t("status")}</th>
                <th scope="col" className="p-2 text-start">{t("organisation")}</th>
              </tr>
            </thead>
            <tbody>
              {families.map((family) => (
                <tr key={family.id} className="border-b border-slate-100" data-testid="family-occupancy" data-visit={family.visitDue}>
                  <td className="p-2">
                    <Link href={`/foster-families/${family.id}`} className="text-brand-700 underline" dir="auto">
                      {family.householdName}
                    </Link>
                  </td>
                  <td className={`p-2 ${VISIT_STYLE[family.visitDue]}`}>
                    {family.nextVisitDueAt ? `${day(family.nextVisitDueAt)} · ` : ""}
                    {t(`visitDue.${family.visitDue}`)}
                  </td>
                  <td className="p-2 text-end">
                    {family.activePlacements} / {family.capacity}
                  </td>
                  <td className="p-2">
                    <VettingBadge status={family.vettingStatus} />
                  </td>
                  <td className="p-2">{organisationName(family.organisation, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
