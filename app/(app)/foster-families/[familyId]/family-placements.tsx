import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { FosterFamilyDetail } from "@/lib/foster-families/foster-family.dto";
import { isolate } from "./isolate";

/** The children placed in the family now; a child outside the viewer's case scope is not named. */
export function FamilyPlacements({ placements }: { placements: FosterFamilyDetail["placements"] }) {
  const t = useTranslations("foster");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, "date");
  return (
    <Card title={t("placementsTitle")} labelledBy="family-placements-title">
      {placements.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noPlacements")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {placements.map((placement) => (
            <li key={placement.id} data-testid="family-placement" className="rounded border border-slate-200 p-2">
              {placement.child ? (
                <>
                  <Link href={`/cases/${placement.child.caseId}`} className="font-semibold text-brand-700 underline">
                    <span dir="ltr">{placement.child.caseNumber}</span>
                  </Link>{" "}
                  — <span dir="auto">{placement.child.name}</span>
                </>
              ) : (
                <span className="text-slate-700">{t("childHidden")}</span>
              )}{" "}
              <span className="text-slate-600">{t("since", { date: day(placement.startDate) })}</span>
              {placement.reviewFlaggedAt && <p className="mt-1 font-semibold text-red-800">{t("reviewFlagged", { reason: isolate(placement.reviewReason ?? "") })}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
